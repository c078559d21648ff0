package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The oversight pages in a browser: the dashboard's data quality score opens the checks page with
 * the unit's open findings, where one is accepted with a reason (Chinese); a warning class opens
 * the risk page with its charts; the admin's rules page shows a malformed condition next to the
 * field (English); an audit drawn, scored and its roll-up line opening its records on a phone.
 */
class OversightPagesBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(40);

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @AfterEach
  void closeBrowserAndKeepUsersChinese() {
    for (String user : List.of("supervisor", "admin")) {
      ApiTestSupport.as(user)
          .body(Map.of("locale", "zh-CN"))
          .put("/me/locale")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void theDashboardsScoreOpensTheFindingsWhereOneIsAcceptedAndAWarningClassOpensTheRiskPage() {
    long sample = SampleFlows.receivedCelery("芹菜-监督页");
    String number =
        ApiTestSupport.as("supervisor")
            .get("/samples/{id}", sample)
            .jsonPath()
            .getString("sampleNumber");
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("code", "IT-PAGE-" + ApiTestSupport.uniqueCode());
    rule.put("messageZh", "浏览器测试规则");
    rule.put("messageEn", "Browser test rule");
    rule.put("severity", "WARNING");
    rule.put("condition", "sample_number = '" + number + "'");
    long ruleId =
        ApiTestSupport.as("admin")
            .body(rule)
            .post("/record-checks/rules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    // approved non-conforming: the checks run as it is saved
    SampleFlows.approved(sample, "0.13");

    browser = session.open(1400, 1000);
    BrowserSupport.signIn(browser, WAIT, "supervisor", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/statistics/dashboard.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("dataQuality")));
    for (String section : List.of("publication", "balance", "riskWarnings", "dataQuality")) {
      assertThat(browser.findElements(By.id(section))).as(section).isNotEmpty();
    }
    assertThat(browser.findElement(By.id("dataQuality")).getText()).contains("数据质量得分", "金水区");
    WebElement score =
        browser.findElements(By.cssSelector("#dataQuality tr")).stream()
            .filter(tr -> tr.getText().contains("金水区"))
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector("a.quality-score"));
    assertThat(score.getAttribute("href"))
        .contains("regionId=" + SampleFlows.JINSHUI, "state=OPEN");
    // the balance's counts open the statistics list of the same kind of sampling
    String batches =
        browser.findElement(By.cssSelector("[id$='balanceUnits'] a")).getAttribute("href");
    assertThat(batches).contains("list=samples", "measure=BATCHES", "kind=SUPERVISORY");
    // the sample's warning class (by how many times over the limit) counts on the dashboard
    io.restassured.path.json.JsonPath warnings =
        ApiTestSupport.as("supervisor")
            .queryParam("size", 500)
            .get("/oversight/warnings")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String warningClass =
        warnings.getString("items.find { it.sampleId == " + sample + " }.warningClass");
    assertThat(warningClass).isNotNull();
    // the dashboard shows the city's count of the class, the same number the API gives
    WebElement classLink = browser.findElement(By.cssSelector("a.warning-" + warningClass));
    assertThat(number(classLink.getText())).isEqualTo(warnings.getLong("byClass." + warningClass));
    String warningHref = classLink.getAttribute("href");
    assertThat(warningHref).contains("class=" + warningClass);

    // the score opens the checks page with the unit's open findings
    session.jsClick(score);
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("findings:findingTable")));
    assertThat(browser.findElement(By.id("findings")).getText()).contains("仅显示");
    WebElement row = findingRow(number, "浏览器测试规则");
    assertThat(row.getText()).contains("未关闭", "样品");
    WebElement reason = row.findElement(By.cssSelector("input[id$=':reason']"));
    reason.sendKeys("样品编号为测试编号，已核实");
    session.jsClick(row.findElement(By.cssSelector("button[id$=':accept']")));
    session.wait(
        b ->
            browser.findElement(By.id("findings")).getText().contains("样品编号为测试编号，已核实")
                || !browser.findElement(By.id("findings")).getText().contains(number));
    // the list shows open findings only: the accepted one is gone from it; all states show it
    assertThat(
            ApiTestSupport.as("supervisor")
                .queryParam("regionId", SampleFlows.JINSHUI)
                .queryParam("state", "ACCEPTED")
                .queryParam("size", 500)
                .get("/record-checks/findings")
                .jsonPath()
                .getList("items.reason", String.class))
        .contains("样品编号为测试编号，已核实");

    // a warning class opens the risk page with that class and the trend charts
    browser.get(warningHref);
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("risk:warnings")));
    assertThat(browser.findElement(By.id("risk:warnings")).getText()).contains(number);
    session.wait(canvas("risk:categoryChart"));
    session.wait(canvas("risk:analyteChart"));
    assertThat(browser.findElement(By.id("trends")).getText()).contains("毒死蜱");
    deactivate(ruleId, rule);
  }

  @Test
  void aMalformedConditionIsAFieldErrorOnTheRulesPageInEnglish() {
    ApiTestSupport.as("admin")
        .body(Map.of("locale", "en"))
        .put("/me/locale")
        .then()
        .statusCode(200);
    browser = session.open(1280, 900);
    BrowserSupport.signIn(browser, WAIT, "admin", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/admin/check-rules.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("rule:code")));
    assertThat(browser.findElement(By.id("list:rules")).getText())
        .contains("ITEM-1000X-LIMIT", "CASE-STEP-AFTER-DEADLINE", "Result", "Follow-up case");
    String code = "IT-BROWSER-" + ApiTestSupport.uniqueCode();
    browser.findElement(By.id("rule:code")).sendKeys(code);
    browser.findElement(By.id("rule:messageZh")).sendKeys("颜色");
    browser.findElement(By.id("rule:messageEn")).sendKeys("Colour");
    browser.findElement(By.id("rule:condition")).sendKeys("colour = 'red'");
    session.jsClick(browser.findElement(By.id("rule:save")));
    WebElement error =
        session.wait(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='rule:condition'] ~ .ui-message-error, .ui-message-error")));
    assertThat(browser.findElement(By.id("rule")).getText())
        .contains("The condition names \"colour\"");
    assertThat(error.isDisplayed()).isTrue();
    assertThat(
            ApiTestSupport.as("admin")
                .get("/record-checks/rules")
                .jsonPath()
                .getList("code", String.class))
        .doesNotContain(code);
  }

  @Test
  void anAuditIsDrawnScoredAndItsRollUpOpensItsRecordsOnAPhone() {
    SampleFlows.receivedCelery("芹菜-手机抽查");
    browser = session.open(390, 844);
    BrowserSupport.signIn(browser, WAIT, "supervisor", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/oversight/audit.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("draw:title")));
    browser.findElement(By.id("draw:title")).sendKeys("手机抽查");
    WebElement size = browser.findElement(By.id("draw:size_input"));
    size.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "1");
    session.jsClick(browser.findElement(By.id("draw:drawButton")));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("records:rollUp")));
    List<WebElement> inputs =
        browser.findElements(By.cssSelector(".audit-record .ui-inputnumber input[type='text']"));
    assertThat(inputs).isNotEmpty();
    for (WebElement in : inputs) {
      in.clear();
      in.sendKeys("8");
    }
    session.jsClick(browser.findElement(By.cssSelector(".audit-record button")));
    session.wait(
        b ->
            browser.findElement(By.id("records:rollUp")).getText().contains("80")
                && browser.findElement(By.cssSelector(".audit-record h3")).getText().contains("/"));
    session.jsClick(browser.findElement(By.cssSelector("a.rollup-open")));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("records:stratumShown")));
    assertThat(browser.findElement(By.id("records:stratumShown")).getText()).contains("1");
    assertThat(browser.findElements(By.cssSelector(".audit-record"))).hasSize(1);
    Long overflow =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
    assertThat(overflow).isLessThanOrEqualTo(0L);
  }

  private WebElement findingRow(String number, String message) {
    return session.wait(
        b ->
            browser.findElements(By.cssSelector("[id='findings:findingTable'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(number) && tr.getText().contains(message))
                .findFirst()
                .orElse(null));
  }

  private static ExpectedCondition<Boolean> canvas(String chartId) {
    return b ->
        (Boolean)
            ((JavascriptExecutor) b)
                .executeScript(
                    "var k = document.querySelector(\"[id='"
                        + chartId
                        + "'] canvas\");"
                        + " return !!k && k.width > 0;");
  }

  private static void deactivate(long ruleId, Map<String, Object> rule) {
    Map<String, Object> r = new LinkedHashMap<>(rule);
    r.put("active", false);
    r.put(
        "version",
        ApiTestSupport.as("admin")
            .get("/record-checks/rules")
            .jsonPath()
            .getLong("find { it.id == " + ruleId + " }.version"));
    ApiTestSupport.as("admin")
        .body(r)
        .put("/record-checks/rules/{id}", ruleId)
        .then()
        .statusCode(200);
  }

  private static long number(String text) {
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }
}
