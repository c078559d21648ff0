package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages of who follows a case up, with data made through the API: the producer's regulator
 * (中原区) finds the investigation task of a market's celery on its list and records its steps on a
 * phone in Chinese (a finding left empty is refused next to its field, nothing written), the page
 * never wider than the screen; the market's bureau (金水区) records the assistance request for a
 * producer outside the city on the case page in English on a desktop (an answer without its date is
 * refused in English, nothing written); the home page shows the alert counts, each linked to its
 * list, in both languages.
 */
class ResponsibilityPagesBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void theProducersRegulatorRecordsTheStepsOfItsTaskOnAPhone() {
    long sampleId = SampleFlows.approvedCelery("页面核查", "0.13", SampleFlows.ZHONGYUAN);
    long caseId = as("jinshui").get("/cases/of-sample/{id}", sampleId).jsonPath().getLong("id");
    JsonPath r = as("jinshui").get("/cases/{id}/responsibility", caseId).jsonPath();
    long taskId = r.getLong("investigationId");
    String taskNumber = r.getString("investigationNumber");
    String today = SampleFlows.today();

    browser = session.open(390, 844);
    signIn("zhongyuan");
    // the home page: the overdue investigations' count opens the list of overdue tasks
    browser.get(appUrl("/index.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("countInvestigation")));
    assertThat(browser.findElement(By.id("alerts")).getText()).contains("生产环节核查超期", "异议逾期未受理");
    WebElement countLink =
        browser.findElement(By.id("countInvestigation")).findElement(By.xpath(".."));
    assertThat(countLink.getAttribute("href"))
        .contains("/disposal/investigations.xhtml?overdue=true");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);

    browser.get(appUrl("/disposal/investigations.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:search")));
    // found by its number (other tests' tasks may fill the first page)
    WebElement before = browser.findElement(By.id("list:table"));
    session.retype("list:search", taskNumber);
    session.jsClick("list:find");
    session.wait(ExpectedConditions.stalenessOf(before));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), taskNumber));
    assertThat(session.pageTitle()).isEqualTo("生产环节核查任务");
    WebElement row = rowOf(browser.findElement(By.id("list:table")), taskNumber);
    assertThat(row.getText()).contains("页面核查", "中原区市场监督管理局", "待接收");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    saveScreenshot("investigations-list-zh-phone");
    session.jsClick(row.findElement(By.linkText(taskNumber)));

    // 接收 today
    session.wait(ExpectedConditions.textToBe(By.id("nextStep"), "接收"));
    assertThat(session.main()).contains(taskNumber, "页面核查", "中原区市场监督管理局");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    session.jsClick("step:record");
    session.wait(ExpectedConditions.textToBe(By.id("state"), "已接收"));
    assertThat(browser.findElement(By.id("steps")).getText()).contains(today);

    // 生产环节核查 without its finding: refused next to the field, nothing written
    session.wait(ExpectedConditions.textToBe(By.id("nextStep"), "生产环节核查"));
    session.jsClick("step:record");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("step"), "必填"));
    assertThat(browser.findElement(By.id("step:note")).findElement(By.xpath("..")).getText())
        .contains("必填");
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("已接收");
    assertThat(as("zhongyuan").get("/investigations/{id}", taskId).jsonPath().getString("state"))
        .isEqualTo("RECEIVED");
    saveScreenshot("investigation-finding-required-zh-phone");

    session.retype("step:note", "生产企业原料验收记录不全，出厂检验未覆盖毒死蜱");
    session.jsClick("step:record");
    session.wait(ExpectedConditions.textToBe(By.id("state"), "已核查"));
    assertThat(browser.findElement(By.id("steps")).getText()).contains("原料验收记录不全");
    assertThat(browser.findElement(By.id("nextStep")).getText()).isEqualTo("处置措施");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    saveScreenshot("investigation-investigated-zh-phone");
    JsonPath task = as("zhongyuan").get("/investigations/{id}", taskId).jsonPath();
    assertThat(task.getString("state")).isEqualTo("INVESTIGATED");
    assertThat(task.getString("investigatedOn")).isEqualTo(today);

    // the case's bureau reads the task's state on the case page, on the phone too
    session.quit();
    browser = session.open(390, 844);
    signIn("jinshui");
    browser.get(appUrl("/disposal/case.xhtml?id=" + caseId));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("investigation")));
    assertThat(browser.findElement(By.id("investigation")).getText())
        .contains(taskNumber, "中原区市场监督管理局", "已核查");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    saveScreenshot("case-responsibility-investigation-zh-phone");

    // in English: the case, the task's list and the task name bureaus and unit in English (the
    // choice is kept in the profile: Chinese is put back afterwards)
    session.jsClick("topbar:lang");
    try {
      session.wait(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "Follow-up case"));
      assertThat(browser.findElement(By.id("investigation")).getText())
          .contains(taskNumber, "Zhongyuan District Administration for Market Regulation")
          .doesNotContain("中原区");
      saveScreenshot("case-responsibility-investigation-en-phone");
    } finally {
      as("jinshui").body(Map.of("locale", "zh-CN")).put("/me/locale").then().statusCode(200);
    }
    session.quit();
    browser = session.open(1400, 1000);
    signIn("zhongyuan");
    session.jsClick("topbar:lang");
    try {
      session.wait(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Welcome"));
      browser.get(appUrl("/disposal/investigations.xhtml"));
      session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:search")));
      WebElement list = browser.findElement(By.id("list:table"));
      session.retype("list:search", taskNumber);
      session.jsClick("list:find");
      session.wait(ExpectedConditions.stalenessOf(list));
      session.wait(
          ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), taskNumber));
      assertThat(session.pageTitle()).isEqualTo("Producer investigations");
      assertThat(rowOf(browser.findElement(By.id("list:table")), taskNumber).getText())
          .contains(
              "Zhongyuan District",
              "Zhongyuan District Administration for Market Regulation",
              "Jinshui District Administration for Market Regulation")
          .doesNotContain("中原区", "金水区", "市场监督管理局");
      saveScreenshot("investigations-list-en");
      browser.get(appUrl("/disposal/investigation.xhtml?id=" + taskId));
      session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("regulator")));
      assertThat(browser.findElement(By.id("regulator")).getText())
          .contains("Zhongyuan District Administration for Market Regulation", "Zhongyuan District")
          .doesNotContain("中原区");
      assertThat(session.main())
          .contains("Jinshui District Administration for Market Regulation")
          .doesNotContain("市场监督管理局");
      saveScreenshot("investigation-en");
    } finally {
      as("zhongyuan").body(Map.of("locale", "zh-CN")).put("/me/locale").then().statusCode(200);
    }
  }

  @Test
  void theCasesBureauRecordsTheAssistanceRequestInEnglishOnADesktop() {
    long province =
        as("admin")
            .queryParam("kind", "PROVINCE")
            .get("/regions")
            .jsonPath()
            .getLong("items[0].id");
    long sampleId = SampleFlows.approvedCelery("页面协查", "0.13", province);
    long caseId = as("jinshui").get("/cases/of-sample/{id}", sampleId).jsonPath().getLong("id");
    String today = SampleFlows.today();

    browser = session.open(1400, 1000);
    signIn("jinshui");
    browser.findElement(By.id("topbar:lang")).click();
    try {
      session.wait(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Welcome"));
      // the home page in English: every alert count, each linked to its list
      WebElement alerts = browser.findElement(By.id("alerts"));
      assertThat(alerts.getText())
          .contains(
              "Serious hazards failed",
              "Results not delivered in time",
              "Producer investigations overdue",
              "Re-inspection applications not decided",
              "Re-inspection labs not designated",
              "Objections not decided");
      for (String[] c :
          List.of(
              new String[] {"countSeriousHazard", "cases.xhtml?alert=SERIOUS_HAZARD"},
              new String[] {"countDelivery", "cases.xhtml?alert=DELIVERY_OVERDUE"},
              new String[] {"countRequestDecision", "cases.xhtml?alert=REQUEST_DECISION_OVERDUE"},
              new String[] {"countDesignation", "cases.xhtml?alert=DESIGNATION_OVERDUE"},
              new String[] {
                "countObjectionDecision", "cases.xhtml?alert=OBJECTION_DECISION_OVERDUE"
              })) {
        WebElement count = browser.findElement(By.id(c[0]));
        assertThat(count.findElement(By.xpath("..")).getAttribute("href")).as(c[0]).contains(c[1]);
      }
      // a count opens its list, filtered by that alert
      String n = browser.findElement(By.id("countDelivery")).getText();
      session.jsClick(browser.findElement(By.id("countDelivery")).findElement(By.xpath("..")));
      session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:table")));
      assertThat(browser.findElement(By.id("list:alert_label")).getText())
          .isEqualTo("Result not delivered in time");
      if (!"0".equals(n)) {
        assertThat(session.main())
            .as("the list shows as many cases as counted")
            .contains(n + " records");
      }
      saveScreenshot("home-counts-to-list-en");

      browser.get(appUrl("/disposal/case.xhtml?id=" + caseId));
      session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("assistance:to")));
      assertThat(browser.findElement(By.id("responsibility")).getText())
          .contains(
              "Responsibility and delivery",
              "Assistance request (producer elsewhere)",
              "not yet sent");

      // an answer without its date: refused next to the field, in English, nothing written
      session.retype("assistance:to", "Henan Provincial Administration for Market Regulation");
      session.retype("assistance:answer", "The producer was inspected");
      session.jsClick("assistance:saveAssistance");
      session.wait(
          ExpectedConditions.textToBePresentInElementLocated(By.id("assistance"), "is required"));
      assertThat(
              browser
                  .findElement(By.id("assistance:answeredOn"))
                  .findElement(By.xpath(".."))
                  .getText())
          .contains("is required");
      assertThat(
              as("jinshui")
                  .get("/cases/{id}/responsibility", caseId)
                  .jsonPath()
                  .getString("assistanceSentOn"))
          .isNull();
      saveScreenshot("case-assistance-refused-en");

      // sent today, the answer still to come
      session.retype("assistance:answer", "");
      session.jsClick("assistance:saveAssistance");
      session.wait(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("assistanceState"), "Sent on " + today));
      assertThat(browser.findElement(By.id("assistanceState")).getText())
          .contains("Henan Provincial Administration for Market Regulation");
      JsonPath saved = as("jinshui").get("/cases/{id}/responsibility", caseId).jsonPath();
      assertThat(saved.getString("assistanceSentOn")).isEqualTo(today);
      assertThat(saved.getString("assistanceAnswer")).isNull();
      saveScreenshot("case-assistance-sent-en");
    } finally {
      browser.findElement(By.id("topbar:lang")).click();
      session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "责任与送达"));
    }
  }

  // --- helpers ---

  private WebElement rowOf(WebElement table, String text) {
    return table.findElements(By.cssSelector("tbody > tr")).stream()
        .filter(r -> r.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in " + table.getText()));
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
