package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The supervisors' dashboard: with a non-conforming and a conforming celery sample approved in 金水区,
 * the city supervisor sees the overall pass rate with its 98% target, the charts and the units
 * ranked by % of quota; the judged count opens the list of exactly that many samples; an as-of date
 * after today is refused next to the field in Chinese; the switch shows English labels; on a phone
 * the cards stack and nothing is wider than the screen.
 */
class DashboardBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(40);

  /** A Chinese character: on an English page no unit, lab or bureau should show one. */
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @AfterEach
  void closeBrowserAndKeepSupervisorChinese() {
    // the language switch is remembered in the user's profile: give "supervisor" Chinese back
    ApiTestSupport.as("supervisor")
        .body(Map.of("locale", "zh-CN"))
        .put("/me/locale")
        .then()
        .statusCode(200);
  }

  @Test
  void supervisorSeesFiguresWithTargetsOpensTheListBehindOneAndSwitchesToEnglish()
      throws IOException, SQLException {
    // the dashboard shows the supervisor's whole city: its judged count moves by this test's two
    long judgedBefore = judgedByApi();
    long failing = SampleFlows.approvedCelery("芹菜-看板", "0.13", null);
    // its case past its deadline, so that the list of overdue cases has at least one row
    long caseId =
        ApiTestSupport.as("jinshui").get("/cases/of-sample/{id}", failing).jsonPath().getLong("id");
    setDeadline(caseId, LocalDate.now(SampleFlows.CHINA).minusDays(1));
    SampleFlows.approvedCelery("芹菜-看板", "0.01", null);
    long judgedByApi = judgedByApi();
    assertThat(judgedByApi).isEqualTo(judgedBefore + 2);

    // phone first, in Chinese: cards stack, charts and tables fit the screen
    open(390, 844);
    signIn();
    openDashboard();
    List<WebElement> cards = browser.findElements(By.cssSelector("#passCards .kpi"));
    // overall, then the three key groups with targets (routine edible agricultural, dairy, meat)
    assertThat(cards).hasSize(4);
    assertThat(cards.get(1).getLocation().getX()).isEqualTo(cards.get(0).getLocation().getX());
    assertThat(cards.get(1).getLocation().getY()).isGreaterThan(cards.get(0).getLocation().getY());
    assertThat(horizontalOverflow()).isLessThanOrEqualTo(0L);
    for (WebElement canvas : browser.findElements(By.cssSelector("#dash canvas"))) {
      assertThat(canvas.getSize().getWidth()).isLessThanOrEqualTo(390);
    }
    assertThat(chartProblems()).isEmpty();
    fullPageScreenshot("dashboard-zh-phone");
    session.quit();

    open(1400, 1000);
    signIn();
    openDashboard();
    WebElement overall = browser.findElement(By.cssSelector("#passCards .kpi-total"));
    assertThat(overall.getText()).contains("年度抽检总体合格率", "目标 ≥ 98%");
    assertThat(overall.getText()).containsAnyOf("✓ 达标", "✗ 未达标");
    assertThat(overall.findElement(By.cssSelector(".kpi-value")).getText()).endsWith("%");
    assertThat(browser.findElement(By.id("passCards")).getText()).contains("合格率 = 合格批次");
    assertThat(browser.findElement(By.id("followCards")).getText())
        .contains("核查处置率", "处置完成率", "按时完成率", "国家级", "目标 ≥ 90%", "目标 ≥ 85%");
    assertThat(browser.findElements(By.cssSelector("[id='dash:trend'] canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("[id='dash:rankingChart'] canvas")))
        .isNotEmpty();
    assertThat(browser.findElement(By.id("dash:rankingTable")).getText()).contains("金水区");
    assertThat(cells("dash:overdue", 3)).isNotEmpty().allMatch(t -> HAN.matcher(t).find());
    assertThat(cells("dash:overdue", 7)).isNotEmpty().allMatch(t -> HAN.matcher(t).find());
    assertThat(chartProblems()).isEmpty();
    fullPageScreenshot("dashboard-zh-desktop");

    // the judged count of the overall pass rate opens the samples behind it: as many as the figure
    WebElement judged = overall.findElement(By.cssSelector("a.judged"));
    long judgedOnPage = number(judged.getText());
    assertThat(judgedOnPage).isEqualTo(judgedByApi);
    session.jsClick(judged);
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("total")));
    assertThat(browser.findElement(By.id("figure")).getText()).contains("合格率的分母");
    assertThat(number(browser.findElement(By.id("total")).getText())).isEqualTo(judgedOnPage);
    assertThat(browser.findElement(By.id("list:samples")).getText())
        .contains(
            "芹菜", "金水区"); // the list is in number order: this test's samples may be on a later page
    assertThat(browser.findElement(By.cssSelector("[id='list:samples'] a")).getAttribute("href"))
        .contains("/sampling/sample.xhtml?id=");
    fullPageScreenshot("dashboard-list-zh");
    String listAddress = browser.getCurrentUrl();

    // the list in English keeps its figure and filters
    session.jsClick(browser.findElement(By.id("topbar:lang")));
    session.wait(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "Behind the figure"));
    assertThat(browser.findElement(By.id("figure")).getText())
        .contains("Batches with a conclusion");
    assertThat(number(browser.findElement(By.id("total")).getText())).isEqualTo(judgedOnPage);
    assertThat(browser.findElement(By.id("list:samples")).getText()).contains("Conforming");
    // units and laboratories by their English names (the food names are as sampled)
    Set<String> chinese = BrowserSupport.chineseNamesWithEnglishOnes();
    assertThat(chinese).contains("金水区", "金水区市场监督管理局");
    assertThat(cells("list:samples", 4)).isNotEmpty().doesNotContainAnyElementsOf(chinese);
    assertThat(cells("list:samples", 9)).isNotEmpty().doesNotContainAnyElementsOf(chinese);
    fullPageScreenshot("dashboard-list-en");
    browser.get(listAddress);
    session.jsClick(browser.findElement(By.id("topbar:lang")));
    session.wait(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "统计明细"));

    // an as-of date after today: the field error, in Chinese, next to the field
    openDashboard();
    WebElement asOf = browser.findElement(By.id("filters:asOf_input"));
    asOf.clear();
    asOf.sendKeys(LocalDate.now(SampleFlows.CHINA).plusDays(3).toString());
    session.jsClick(browser.findElement(By.id("filters:apply")));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.id("filters"), "统计截止日期不能晚于今天"));
    assertThat(browser.findElements(By.cssSelector("#passCards"))).isEmpty();
    fullPageScreenshot("dashboard-zh-bad-asof");

    // English with the switch
    openDashboard();
    session.jsClick(browser.findElement(By.id("topbar:lang")));
    session.wait(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "Statistics"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("passCards")));
    assertThat(browser.findElement(By.id("passCards")).getText())
        .contains("Overall pass rate", "Target ≥ 98%");
    assertThat(browser.findElement(By.id("followCards")).getText())
        .contains("On-time completion", "National");
    assertThat(browser.findElement(By.id("ranking")).getText())
        .contains("Units by % of quota", "Residents");
    // units in English: the ranking's table and chart, the filter, the overdue cases' units and
    // responsible bureaus
    assertThat(browser.findElement(By.id("dash:rankingTable")).getText())
        .contains("Jinshui District")
        .doesNotContain("金水区");
    assertThat(chartLabels("dash:rankingChart"))
        .contains("Jinshui District")
        .doesNotContainAnyElementsOf(chinese);
    assertThat(options("filters:regionId_input"))
        .contains("Jinshui District")
        .doesNotContainAnyElementsOf(chinese);
    assertThat(cells("dash:overdue", 3)).isNotEmpty().doesNotContainAnyElementsOf(chinese);
    assertThat(cells("dash:overdue", 7)).isNotEmpty().doesNotContainAnyElementsOf(chinese);
    fullPageScreenshot("dashboard-en-desktop");
    browser.manage().window().setSize(new Dimension(390, 844));
    openDashboard();
    assertThat(horizontalOverflow()).isLessThanOrEqualTo(0L);
    fullPageScreenshot("dashboard-en-phone");
  }

  private void openDashboard() {
    browser.get(BrowserSupport.appUrl("/statistics/dashboard.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("filters:apply")));
    if (!browser.findElements(By.id("passCards")).isEmpty()) {
      session.wait(canvasDrawn());
    }
  }

  /** Chart.js has drawn every chart (a canvas with a size inside each p:chart). */
  private static ExpectedCondition<Boolean> canvasDrawn() {
    return b ->
        (Boolean)
            ((JavascriptExecutor) b)
                .executeScript(
                    "var c = document.querySelectorAll('.ui-chart');"
                        + " if (c.length === 0) return false;"
                        + " for (var i = 0; i < c.length; i++) {"
                        + "   var k = c[i].querySelector('canvas');"
                        + "   if (!k || k.width === 0) return false; }"
                        + " return true;");
  }

  /**
   * What is wrong with the drawn charts, read from Chart.js itself: a category label left out
   * (every other unit), months squeezed into a corner (the bars do not spread over the plot), a bar
   * with a value but no size (a blank chart), a plot too thin to read, or labels drawn in a font
   * without Chinese.
   */
  @SuppressWarnings("unchecked")
  private List<String> chartProblems() {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "var out = [];"
                    + " document.querySelectorAll('.ui-chart canvas').forEach(function (cv) {"
                    + "  var c = Chart.getChart(cv); var id = cv.id;"
                    + "  if (!c) { out.push(id + ': not drawn'); return; }"
                    + "  var horizontal = c.options.indexAxis === 'y';"
                    + "  var axis = c.scales[horizontal ? 'y' : 'x'];"
                    + "  var n = c.data.labels.length;"
                    + "  if (axis.ticks.length !== n) out.push(id + ': ' + axis.ticks.length + ' of ' + n + ' labels');"
                    + "  var a = c.chartArea;"
                    + "  var along = horizontal ? a.bottom - a.top : a.right - a.left;"
                    + "  if (along < n * 12) out.push(id + ': ' + Math.round(along) + ' px for ' + n + ' labels');"
                    + "  c.data.datasets.forEach(function (d, i) {"
                    + "   var m = c.getDatasetMeta(i); if (m.type !== 'bar' || m.hidden) return;"
                    + "   var pos = [];"
                    + "   m.data.forEach(function (e, j) {"
                    + "    var v = d.data[j]; if (v === null || v === undefined) return;"
                    + "    var p = horizontal ? e.y : e.x; pos.push(p);"
                    + "    var size = horizontal ? Math.abs(e.x - e.base) : Math.abs(e.y - e.base);"
                    + "    var thick = horizontal ? e.height : e.width;"
                    + "    if (v > 0 && (size < 1 || thick < 2)) out.push(id + ': bar ' + j + ' not visible');"
                    + "   });"
                    + "   if (n > 2) {"
                    + "    var lo = horizontal ? a.top : a.left;"
                    // where the axis puts its first and last category (bars of empty categories are
                    // legitimately missing: a level without cases has no rates)
                    + "    var first = axis.getPixelForTick(0) - lo, last = axis.getPixelForTick(n - 1) - lo;"
                    + "    if (first > along * 0.25 || last < along * 0.75)"
                    + "     out.push(id + ': bars squeezed between ' + Math.round(first) + ' and ' + Math.round(last) + ' of ' + Math.round(along));"
                    + "   }"
                    + "  });"
                    + "  if (Chart.defaults.font.family.indexOf('Noto Sans SC') < 0) out.push('chart font without Chinese: ' + Chart.defaults.font.family);"
                    + " });"
                    + " return out;");
  }

  /** The visible texts of one column (1-based) of a table's rows. */
  private List<String> cells(String tableId, int column) {
    return browser
        .findElements(
            By.cssSelector(
                "[id='"
                    + tableId
                    + "'] tbody > tr:not(.ui-datatable-empty-message) > td:nth-child("
                    + column
                    + ")"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> options(String selectId) {
    return browser.findElement(By.id(selectId)).findElements(By.tagName("option")).stream()
        .map(o -> o.getAttribute("textContent").strip())
        .toList();
  }

  /** The category labels of a drawn chart, as Chart.js has them. */
  @SuppressWarnings("unchecked")
  private List<String> chartLabels(String chartId) {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "var cv = document.querySelector(\"[id='\" + arguments[0] + \"'] canvas\");"
                    + " return Chart.getChart(cv).data.labels.map(function (l) { return '' + l; });",
                chartId);
  }

  private static void setDeadline(long caseId, LocalDate deadline)
      throws IOException, SQLException {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("UPDATE disposal_case SET deadline = ? WHERE id = ?")) {
      s.setObject(1, deadline);
      s.setLong(2, caseId);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static long number(String text) {
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }

  private Long horizontalOverflow() {
    Long overflow =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
    if (overflow > 0) {
      System.err.println("wider than the screen: " + widestElements());
    }
    return overflow;
  }

  /** The innermost elements that reach past the right edge, for the failure's message. */
  private Object widestElements() {
    return ((JavascriptExecutor) browser)
        .executeScript(
            "var w = document.documentElement.clientWidth, out = [];"
                + " document.querySelectorAll('main *').forEach(function (e) {"
                + "   var r = e.getBoundingClientRect();"
                + "   if (r.right > w + 1 && e.children.length === 0)"
                + "     out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); });"
                + " return out.slice(0, 15).join(' | ');");
  }

  /** A screenshot of the whole page: the window is made as tall as the page for a moment. */
  private void fullPageScreenshot(String name) {
    Dimension size = browser.manage().window().getSize();
    Long height =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
    browser
        .manage()
        .window()
        .setSize(new Dimension(size.getWidth(), (int) Math.min(height + 150, 6000)));
    BrowserSupport.saveScreenshot(browser, name);
    browser.manage().window().setSize(size);
  }

  private void open(int width, int height) {
    browser = session.open(width, height);
  }

  private static long judgedByApi() {
    return ApiTestSupport.as("supervisor")
        .get("/stats/figures")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("passRates.overall.judged");
  }

  private void signIn() {
    BrowserSupport.signIn(browser, WAIT, "supervisor", ApiTestSupport.DEMO_PASSWORD);
  }
}
