package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The follow-up pages: a non-conforming celery sample's case, its deadline moved near and swept,
 * shows on jinshui's home page; jinshui finds it in the case list, is refused a step dated tomorrow
 * (the message next to the date, nothing recorded), records 受理 today and asks for more time;
 * jinshui2 approves and sees the new deadline, then reads the case in English; on a phone the case
 * and the list fit the screen.
 */
class CasePagesBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void regulatorHandlesACaseFromTheAlertAndAnotherSupervisorApprovesTheExtension()
      throws IOException, SQLException {
    long sampleId = SampleFlows.approvedCelery("页面处置", "0.13", SampleFlows.ZHONGYUAN);
    JsonPath opened =
        as("jinshui")
            .get("/cases/of-sample/{id}", sampleId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long caseId = opened.getLong("id");
    String caseNumber = opened.getString("caseNumber");
    LocalDate today = LocalDate.parse(SampleFlows.today());
    LocalDate near = today.plusDays(5);
    setDeadline(caseId, near);
    as("admin").post("/sweeps").then().statusCode(200);

    // the home page lists the case among the alerts, with a link to it
    browser = session.open(1400, 1000);
    signIn("jinshui");
    browser.get(appUrl("/index.xhtml"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts"), caseNumber));
    WebElement alerts = browser.findElement(By.id("alerts"));
    assertThat(alerts.getText()).contains("案件临期", "到期检查最近运行于");
    assertThat(rowOf(alerts, caseNumber).getText()).contains("案件临期", near.toString());
    assertThat(alerts.findElement(By.linkText(caseNumber)).getAttribute("href"))
        .contains("/disposal/case.xhtml?id=" + caseId);
    saveScreenshot("cases-home-alerts-zh");
    // in English the alert names the bureau in English (the choice is put back at once)
    session.jsClick("topbar:lang");
    try {
      session.wait(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Welcome"));
      assertThat(rowOf(browser.findElement(By.id("alerts")), caseNumber).getText())
          .contains("Case due soon", "Jinshui District Administration for Market Regulation")
          .doesNotContain("市场监督管理局");
    } finally {
      session.jsClick("topbar:lang");
      session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts"), "案件临期"));
    }

    // the case list: found by its number, due soon (amber), with a link to the case
    browser.get(appUrl("/disposal/cases.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:search")));
    assertThat(session.pageTitle()).isEqualTo("核查处置案件");
    assertThat(browser.findElement(By.id("list:mine_input")).isSelected()).isTrue();
    search(caseNumber);
    WebElement row = rowOf(browser.findElement(By.id("list:table")), caseNumber);
    assertThat(row.getText())
        .contains("页面处置", "芹菜", "市级", "金水区", "金水区市场监督管理局", "待受理", near.toString(), "5", "临期");
    assertThat(row.getAttribute("class")).contains("soon-row");
    saveScreenshot("cases-list-zh");
    row.findElement(By.linkText(caseNumber)).click();

    // the case: a step dated tomorrow is refused next to the date, nothing is recorded
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("step:kind")));
    assertThat(session.pageTitle()).isEqualTo("核查处置案件");
    assertThat(session.main()).contains(caseNumber, "毒死蜱", "超标1.6倍", "待受理", "尚未登记办理环节");
    assertThat(options("step:kind_input")).containsExactly("受理");
    typeDate("step:date_input", today.plusDays(1));
    session.jsClick("step:record");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("step"), "日期不能晚于今天"));
    WebElement dateField = browser.findElement(By.id("step:date")).findElement(By.xpath(".."));
    assertThat(dateField.getText()).contains("日期不能晚于今天");
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("待受理");
    assertThat(as("jinshui").get("/cases/{id}", caseId).jsonPath().getList("steps")).isEmpty();
    saveScreenshot("case-future-date-refused-zh");

    // 受理 today
    typeDate("step:date_input", today);
    session.jsClick("step:record");
    session.wait(ExpectedConditions.textToBe(By.id("state"), "已受理"));
    assertThat(browser.findElement(By.id("steps")).getText())
        .contains(today.toString(), "受理", "jinshui");
    List<String> next = options("step:kind_input");
    assertThat(next).contains("送达检验结论", "风险控制", "调查原因").doesNotContain("受理", "核查处置完成");

    // an extension without a reason is refused next to its field; with one it waits for approval
    LocalDate extended = near.plusDays(30);
    typeDate("extension:newDeadline_input", extended);
    session.jsClick("extension:request");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("extension"), "必填"));
    assertThat(browser.findElement(By.id("extensions")).getText()).contains("没有延期申请");
    session.retype("extension:reason", "等待当事人提供进货记录");
    session.jsClick("extension:request");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("extensions"), "待审批"));
    assertThat(browser.findElement(By.id("extensions")).getText())
        .contains("jinshui", "等待当事人提供进货记录", near + " → " + extended);
    // the requester may not decide it
    assertThat(browser.findElements(By.id("decision:approve"))).isEmpty();
    saveScreenshot("case-accepted-extension-requested-zh");
    session.quit();

    // another supervisor of the bureau approves; the deadline that counts moves
    browser = session.open(1400, 1000);
    signIn("jinshui2");
    browser.get(appUrl("/disposal/case.xhtml?id=" + caseId));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("decision:approve")));
    assertThat(browser.findElement(By.id("decision")).getText())
        .contains("jinshui", extended.toString());
    session.jsClick("decision:approve");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("extensions"), "已批准"));
    assertThat(browser.findElement(By.id("deadline")).getText()).isEqualTo(extended.toString());
    assertThat(browser.findElement(By.id("deadlines")).getText()).contains("已延期");
    assertThat(browser.findElements(By.id("decision:approve"))).isEmpty();
    assertThat(browser.findElement(By.id("history")).getText()).contains("jinshui2", "办结期限");
    saveScreenshot("case-extension-approved-zh");

    // the same case in English (the choice is put back afterwards: it is kept in the profile)
    browser.findElement(By.id("topbar:lang")).click();
    try {
      session.wait(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "Follow-up case"));
      assertThat(session.main()).contains("Deadline", "Approved", "Accepted", extended.toString());
      // unit, category and responsible bureau by their English names, not the Chinese ones
      assertThat(browser.findElement(By.id("unit")).getText()).isEqualTo("Jinshui District");
      assertThat(browser.findElement(By.id("food")).getText())
          .contains("页面处置 (Celery)")
          .doesNotContain("芹菜");
      assertThat(browser.findElement(By.id("responsible")).getText())
          .isEqualTo("Jinshui District Administration for Market Regulation");
      saveScreenshot("case-en");
      // the case list in English names them so too
      browser.get(appUrl("/disposal/cases.xhtml"));
      session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:search")));
      search(caseNumber);
      WebElement englishRow = rowOf(browser.findElement(By.id("list:table")), caseNumber);
      assertThat(englishRow.getText())
          .contains(
              "Celery",
              "Municipal",
              "Jinshui District",
              "Jinshui District Administration for Market Regulation")
          .doesNotContain("芹菜", "金水区", "市场监督管理局");
      saveScreenshot("cases-list-en");
      browser.get(appUrl("/disposal/case.xhtml?id=" + caseId));
      browser.manage().window().setSize(new Dimension(390, 844));
      browser.navigate().refresh();
      session.wait(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "Follow-up case"));
      assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
      saveScreenshot("case-en-phone");
    } finally {
      browser.findElement(By.id("topbar:lang")).click();
      session.wait(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "核查处置案件"));
    }
    session.quit();

    // on a phone: the case list and the case fit the screen
    browser = session.open(390, 844);
    signIn("jinshui");
    browser.get(appUrl("/disposal/cases.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:search")));
    search(caseNumber);
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    saveScreenshot("cases-list-zh-phone");
    browser.get(appUrl("/disposal/case.xhtml?id=" + caseId));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("step:kind")));
    assertThat(session.main()).contains(extended.toString(), "已批准");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    saveScreenshot("case-zh-phone");
  }

  @Test
  void administratorRunsTheSweepFromTheCaseListAndIsToldWhyASettingIsRefused() {
    browser = session.open(1400, 1000);
    signIn("admin");
    browser.get(appUrl("/disposal/cases.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("sweep:run")));
    assertThat(browser.findElement(By.id("list:mine_input")).isSelected()).isFalse();
    session.jsClick("sweep:run");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("sweep"), "本次运行：新增提醒"));
    assertThat(rowOf(browser.findElement(By.id("sweep:runs")), "admin").getText())
        .contains(SampleFlows.today());
    saveScreenshot("cases-admin-sweep-zh");

    browser.get(appUrl("/masterdata/settings.xhtml"));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "临期预警提前天数"));
    WebElement row =
        browser.findElements(By.cssSelector("form.setting-row")).stream()
            .filter(f -> f.getText().contains("case.dueSoonDays"))
            .findFirst()
            .orElseThrow();
    String form = row.getAttribute("id");
    String before = browser.findElement(By.id(form + ":value")).getAttribute("value");
    session.retype(form + ":value", "十五");
    session.jsClick(form + ":save");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id(form), "不是整数"));
    assertThat(
            as("admin")
                .get("/settings")
                .jsonPath()
                .getString("find { it.name == 'case.dueSoonDays' }.value"))
        .isEqualTo(before);
    saveScreenshot("settings-refused-zh");
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

  // --- helpers ---

  private WebElement rowOf(WebElement table, String text) {
    return table.findElements(By.cssSelector("tbody > tr")).stream()
        .filter(r -> r.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in " + table.getText()));
  }

  /** Searches the case list and waits for the table that the search brought. */
  private void search(String text) {
    WebElement before = browser.findElement(By.id("list:table"));
    session.retype("list:search", text);
    session.jsClick("list:find");
    session.wait(ExpectedConditions.stalenessOf(before));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), text));
  }

  private List<String> options(String selectId) {
    return browser.findElement(By.id(selectId)).findElements(By.tagName("option")).stream()
        .map(o -> o.getAttribute("textContent").strip())
        .toList();
  }

  private void typeDate(String id, LocalDate date) {
    session.retype(id, date.toString());
  }

  private static String appUrl(String path) {
    return BrowserSupport.appUrl(path);
  }

  private void signIn(String username) {
    BrowserSupport.signIn(browser, WAIT, username, ApiTestSupport.DEMO_PASSWORD);
  }

  private void saveScreenshot(String name) {
    BrowserSupport.saveScreenshot(browser, name);
  }
}
