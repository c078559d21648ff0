package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.receivedCelery;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The lab's pages: labtech opens the worklist and a received celery sample's results, enters 0.13
 * mg/kg of 毒死蜱 (the other items not detected) and submits; reviewer reviews, signs with the
 * password and the issued report is listed.
 */
class LabPageBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void labtechEntersResultsAndTheReviewerApprovesOnThePages() {
    String food = "页面检验" + ApiTestSupport.uniqueCode();
    long id = receivedCelery(food);

    // in English the worklist's heading names the laboratory by its English name
    open(1400, 1000);
    BrowserSupport.signInInEnglish(browser, WAIT, "labtech", ApiTestSupport.DEMO_PASSWORD);
    browser.get(appUrl("/lab/worklist.xhtml"));
    session.wait(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("[id='worklist'] .form-context")));
    assertThat(browser.findElement(By.cssSelector("[id='worklist'] .form-context")).getText())
        .startsWith("Zhengzhou Agricultural Product Testing Center laboratory · Today")
        .doesNotContain("郑州市农产品质量安全检测中心实验室");
    session.quit();

    open(1400, 1000);
    signIn("labtech");
    browser.get(appUrl("/lab/worklist.xhtml"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "待出报告的样品"));
    // the worklist is paged by the database (most urgent first); a search finds the sample
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    session.type("worklist:search", number);
    session.jsClick("worklist:find");
    // the table may hold the sample before the search: wait until the search has narrowed it
    session.wait(
        d ->
            d.findElements(By.cssSelector("[id='worklist:samples_data'] > tr")).size() == 1
                && d.findElement(By.id("worklist:samples")).getText().contains(number));
    browser.get(appUrl("/lab/results.xhtml?id=" + id));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("results:items:0:value")));

    List<WebElement> rows = browser.findElements(By.cssSelector("[id='results:items_data'] > tr"));
    int chlorpyrifos = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains("毒死蜱")) {
        chlorpyrifos = i;
        session.type("results:items:" + i + ":value", "0.003");
      } else {
        check("results:items:" + i + ":notDetected_input");
      }
    }
    // below the LOD of 0.005: the lab is told, in words, and chooses; nothing is saved
    session.jsClick("results:save");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "低于检出限"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("毒死蜱", "0.003", "0.005", "未检出")
        .doesNotContain("results[0]");
    saveScreenshot("labtech-below-lod");
    browser.findElement(By.id("results:items:" + chlorpyrifos + ":value")).clear();
    session.type("results:items:" + chlorpyrifos + ":value", "0.13");
    session.jsClick("results:save");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "不合格"));
    session.jsClick("results:submit");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "待审核"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("超标1.6倍");
    session.quit();

    open(1400, 1000);
    signIn("reviewer");
    browser.get(appUrl("/lab/results.xhtml?id=" + id));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("results:review")));
    session.jsClick("results:review");
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("results:password")));
    session.type("results:password", ApiTestSupport.DEMO_PASSWORD);
    session.jsClick("results:approve");
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "LAB-ZZAQ-"));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("已批准", "v1", "不合格");
    // the signing time in Beijing time, not the raw instant (…Z)
    assertThat(browser.findElement(By.id("results:reports")).getText())
        .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
        .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    // the conclusion and its reporting deadline on lines of their own
    assertThat(browser.findElement(By.id("results:conclusionDue")).getLocation().getY())
        .isGreaterThan(browser.findElement(By.id("conclusion")).getLocation().getY());
    saveScreenshot("reviewer-approved-results");

    // the history in the page's language and in China's time
    browser.get(appUrl("/lab/history.xhtml?id=" + id));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "电子签名"));
    String history = browser.findElement(By.id("history:lines")).getText();
    assertThat(history).contains("检测值", "状态", "已批准", "检验项目");
    // which sample, and its items by name: no database ids ("检验项目 129")
    assertThat(browser.findElement(By.id("subject")).getText()).contains(number);
    assertThat(history).contains("检验项目 毒死蜱");
    assertThat(history).doesNotContainPattern("(检验项目|样品) [0-9]+\\b(?!-)");
    assertThat(history).doesNotContain("STATE_CHANGE", "IN_PROGRESS");
    String first = as("reviewer").get("/samples/{id}/history", id).jsonPath().getString("[0].at");
    assertThat(first).endsWith("+08:00");
    assertThat(history)
        .contains(
            OffsetDateTime.parse(first)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
  }

  @Test
  void labtechAddsAndDropsTestItemsWithAReasonOnThePage() {
    long id = receivedCelery("页面增减项目" + ApiTestSupport.uniqueCode());
    int before = as("labtech").get("/samples/{id}/results", id).jsonPath().getList("items").size();

    open(1400, 1000);
    signIn("labtech");
    browser.get(appUrl("/lab/results.xhtml?id=" + id));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("addItem:testItemId_input")));

    // nothing chosen, no reason: an error next to each field, nothing added
    session.jsClick("addItem:add");
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[id='addItem'] .ui-message-error"), "必填"));
    // the test item and the reason
    assertThat(browser.findElements(By.cssSelector("[id='addItem'] .ui-message-error"))).hasSize(2);
    assertThat(as("labtech").get("/samples/{id}/results", id).jsonPath().getList("items"))
        .hasSize(before);

    String added = choose("addItem:testItemId_input");
    session.type("addItem:reason", "委托方要求加测");
    session.jsClick("addItem:add");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "检验项目已增加"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("results:items"), added));
    assertThat(browser.findElement(By.id("results:items")).getText()).contains("实验室增加");

    // a drop needs a reason
    String dropped = choose("dropItem:itemId_input");
    session.jsClick("dropItem:drop");
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[id='dropItem'] .ui-message-error"), "必填"));
    session.type("dropItem:reason", "样品量不足");
    session.jsClick("dropItem:drop");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "检验项目已取消"));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("results:droppedItems"), dropped + "（样品量不足）"));

    List<Map<String, Object>> items =
        as("labtech").get("/samples/{id}/results", id).jsonPath().getList("items");
    assertThat(items).hasSize(before + 1);
    assertThat(items)
        .anySatisfy(
            i -> {
              assertThat(i.get("analyte")).isEqualTo(added);
              assertThat(i.get("addedByLab")).isEqualTo(true);
              assertThat(i.get("changeReason")).isEqualTo("委托方要求加测");
            });
    assertThat(items)
        .anySatisfy(
            i -> {
              assertThat(i.get("analyte")).isEqualTo(dropped);
              assertThat(i.get("dropped")).isEqualTo(true);
              assertThat(i.get("changeReason")).isEqualTo("样品量不足");
            });
  }

  /**
   * Chooses the first real option of a PrimeFaces select (its hidden native select) and answers the
   * analyte it names (the label up to the first space).
   */
  private String choose(String selectId) {
    WebElement select = browser.findElement(By.id(selectId));
    WebElement option =
        select.findElements(By.tagName("option")).stream()
            .filter(o -> !o.getAttribute("value").isEmpty())
            .findFirst()
            .orElseThrow();
    String label = option.getAttribute("textContent").strip();
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];",
            selectId,
            option.getAttribute("value"));
    return label.split(" ")[0];
  }

  // --- helpers ---

  private void check(String id) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).checked = true;", id);
  }

  private void open(int width, int height) {
    browser = session.open(width, height);
  }

  private static String appUrl(String path) {
    return BrowserSupport.appUrl(path);
  }

  private void signIn(String username) {
    BrowserSupport.signIn(browser, WAIT, username, ApiTestSupport.DEMO_PASSWORD);
  }

  private String pageTitle() {
    return browser.findElement(By.cssSelector("h1.page-title")).getText();
  }

  private void saveScreenshot(String name) {
    BrowserSupport.saveScreenshot(browser, name);
  }
}
