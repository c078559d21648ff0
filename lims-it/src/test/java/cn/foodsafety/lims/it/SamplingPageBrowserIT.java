package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
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
 * A sampler on a phone (390 x 844) opens one of his unit's tasks and submits the sampling form: the
 * submitted form shows its number and the links to the printed papers.
 */
class SamplingPageBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long TEAM_HNFDI_1 = 29;
  private static final long JINSHUI = 6;
  private static final long VEGETABLES = 113;
  private static final String OWN_VEGETABLE_EN = "Test vegetable";
  private static final long OWN_VEGETABLE = SamplingIT.ownVegetable(OWN_VEGETABLE_EN);
  private static final String HNFDI_LAB_EN = "Henan Institute of Food Inspection laboratory";
  private static final String ZZAQ_LAB_EN =
      "Zhengzhou Agricultural Product Testing Center laboratory";

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void samplerOnAPhoneOpensATaskAndSubmitsTheSamplingForm() throws IOException, SQLException {
    long city = SampleFlows.newCity("页面测试市");
    long plan = ItDatabase.plan(city, LocalDate.now().getYear(), false);
    long task =
        ItDatabase.task(plan, JINSHUI, "COUNTY", VEGETABLES, "SMALL_FARMER", TEAM_HNFDI_1, 3);
    long sampler2 = ApiTestSupport.as("sampler2").get("/me").jsonPath().getLong("id");

    open(390, 844);
    signIn("sampler");
    browser.get(appUrl("/sampling/my-tasks.xhtml"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "蔬菜"));
    assertThat(pageTitle()).isEqualTo("我的抽样任务");
    assertThat(taskCard(task).getText()).contains("蔬菜", "县级", "金水区");

    // in English the card names the category and the unit in English (the choice is kept in the
    // profile: Chinese is put back at once)
    session.jsClick("topbar:lang");
    try {
      session.wait(
          ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "My collection tasks"));
      assertThat(taskCard(task).getText())
          .contains("Vegetables", "County", "Jinshui District")
          .doesNotContain("蔬菜", "金水区");
    } finally {
      session.jsClick("topbar:lang");
      session.wait(ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "我的抽样任务"));
    }

    // the task's card opens the form prefilled with the task
    WebElement start =
        browser.findElements(By.cssSelector("a[href*='task=" + task + "']")).stream()
            .findFirst()
            .orElseThrow();
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", start);
    start.click();
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("form:foodName")));
    assertThat(browser.findElement(By.cssSelector(".form-context")).getText())
        .contains("蔬菜", "金水区");

    // sent empty: the fields in error are drawn so, the messages come in the form's order and the
    // first field in error is scrolled into sight on the phone
    WebElement empty = browser.findElement(By.id("form:submit"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", empty);
    empty.click();
    session.wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id='form:foodName'].ui-state-error")));
    assertThat(browser.findElements(By.cssSelector("#form .ui-state-error")).size())
        .isGreaterThan(1);
    List<WebElement> messages =
        browser.findElements(By.cssSelector("#messages .ui-messages-error-summary"));
    assertThat(messages).isNotEmpty();
    assertThat(messages.get(0).getText()).startsWith("样品名称");
    session.wait(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var r = document.getElementById('form:foodName').getBoundingClientRect();"
                            + " return r.top >= 0 && r.bottom <= window.innerHeight;"));
    // required fields are marked (the boundary's list), optional ones not; each message stands
    // right under its own field
    for (String field :
        List.of(
            "foodName",
            "quantity",
            "quantityUnit",
            "backupQuantity",
            "partyName",
            "partyAddress",
            "placeAddress",
            "sampledAt",
            "sampler2Id",
            "sealNumber",
            "samplersConfirmed",
            "partyConfirmed")) {
      assertThat(
              browser.findElements(
                  By.cssSelector(
                      "label.required[for='form:"
                          + field
                          + "'], label.required[for^='form:"
                          + field
                          + "_']")))
          .as("required marker of " + field)
          .hasSize(1);
    }
    for (String field : List.of("brand", "specification", "batchNumber", "partyContact")) {
      assertThat(
              browser.findElements(
                  By.cssSelector(
                      "label.required[for='form:"
                          + field
                          + "'], label.required[for^='form:"
                          + field
                          + "_']")))
          .as("optional " + field)
          .isEmpty();
    }
    assertThat(browser.findElement(By.cssSelector("label.required[for='form:foodName']")).getText())
        .endsWith("样品名称");
    for (String field : List.of("foodName", "partyName", "placeAddress", "sealNumber")) {
      WebElement message = browser.findElement(By.id("form:" + field + "_message"));
      assertThat(message.getText()).as("message at " + field).isNotBlank();
      long gap =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "var i = document.getElementById(arguments[0]).getBoundingClientRect();"
                          + " var m = document.getElementById(arguments[1]).getBoundingClientRect();"
                          + " return Math.round(m.top - i.bottom);",
                      "form:" + field,
                      "form:" + field + "_message");
      assertThat(gap).as("message right under " + field).isBetween(-8L, 16L);
    }
    assertThat(browser.findElement(By.id("form:brand_message")).getText()).isEmpty();
    saveScreenshot("sampler-empty-form-errors");

    session.type("form:foodName", "页面芹菜");
    session.select("form:categoryId_input", String.valueOf(OWN_VEGETABLE));
    session.type("form:quantity", "2.5");
    session.type("form:backupQuantity", "1");
    session.type("form:partyName", "小农户王五");
    session.type("form:partyAddress", "中牟县某村");
    session.type("form:placeAddress", "中牟县某村田头");
    session.select("form:sampler2Id_input", String.valueOf(sampler2));
    session.type("form:sealNumber", "F-PAGE-" + ApiTestSupport.uniqueCode());
    session.type("form:partySignatory", "王五");
    check("form:samplersConfirmed_input");
    check("form:partyConfirmed_input");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);

    WebElement submit = browser.findElement(By.id("form:submit"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", submit);
    submit.click();

    WebElement number =
        session.wait(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sample-number")));
    assertThat(number.getText()).matches("410105-\\d{4}-C-\\d{6}");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("页面芹菜", "小农户王五", "已抽样");
    // quantities as written, without the zeros of the column's scale (2.500, 1.000)
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("2.5 千克")
        .doesNotContain("2.500", "1.000");
    assertThat(browser.findElement(By.id("printForm")).getAttribute("href")).endsWith("/form.pdf");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    saveScreenshot("sampler-submitted-form");
  }

  @Test
  void plannerSeesTheProposalsOfASamplingUnitsDayAndAssignsThemAll() {
    String food = "页面分配" + ApiTestSupport.uniqueCode();
    long id = createSampleOutsideThePlan(food);

    String sampledOn =
        ApiTestSupport.as("planner").get("/samples/{id}", id).jsonPath().getString("sampledOn");

    // in English: the category and the laboratories (proposed and left out) by their English names
    browser = session.open(1280, 900);
    BrowserSupport.signInInEnglish(browser, WAIT, "planner", ApiTestSupport.DEMO_PASSWORD);
    showDay(sampledOn, food);
    String row = rowOf("day:rows", food);
    assertThat(row)
        .contains(
            OWN_VEGETABLE_EN, "LAB-HNFDI " + HNFDI_LAB_EN, "separation of sampling and testing")
        .doesNotContain("集成测试蔬菜", "河南省食品检验研究院检验中心", "抽检分离");
    saveScreenshot("planner-assignment-proposals-en");
    session.quit();

    open(1280, 900);
    signIn("planner");
    showDay(sampledOn, food);
    String proposals = browser.findElement(By.id("day:rows")).getText();
    assertThat(proposals).contains("抽检分离");
    saveScreenshot("planner-assignment-proposals");

    browser.findElement(By.id("day:assignAll")).click();
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "本次分配"));
    assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain("本次分配 0 个");
    saveScreenshot("planner-assignment-done");
    // a second time nothing is new: the message says 0, not the day's total
    browser.findElement(By.id("day:assignAll")).click();
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "本次分配 0 个样品"));
    Object lab = ApiTestSupport.as("planner").get("/samples/{id}", id).jsonPath().get("labId");
    assertThat(lab).isNotNull().isNotEqualTo(36);
  }

  @Test
  void samplesListAndReceiptPagesShowInChinese() {
    String food = "页面接收" + ApiTestSupport.uniqueCode();
    long id = createSampleOutsideThePlan(food);
    ApiTestSupport.as("planner")
        .body(Map.of("labId", 38, "reason", "页面测试"))
        .post("/samples/{id}/assignment", id)
        .then()
        .statusCode(200);
    ApiTestSupport.as("sampler")
        .body(
            Map.of(
                "shippedAt",
                java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .minusMinutes(30)
                    .withNano(0)
                    .toString(),
                "method",
                "快递",
                "temperature",
                "4"))
        .post("/samples/{id}/shipment", id)
        .then()
        .statusCode(200);

    open(390, 844);
    signIn("sampler");
    browser.get(appUrl("/sampling/samples.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:table")));
    // the table the search brought (the unfiltered one may already show the state and be
    // replaced while it is read)
    session.search(food);
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "已寄送"));
    assertThat(rowOf("list:table", food)).contains("金水区", "郑州市农产品质量安全检测中心实验室");
    saveScreenshot("sampler-samples-list");
    session.quit();

    // in English: the list and the sample page name unit, category, sampling unit and laboratory
    // by their English names
    browser = session.open(1280, 900);
    BrowserSupport.signInInEnglish(browser, WAIT, "sampler", ApiTestSupport.DEMO_PASSWORD);
    browser.get(appUrl("/sampling/samples.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:table")));
    session.search(food);
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "Shipped"));
    assertThat(rowOf("list:table", food))
        .contains("Jinshui District", OWN_VEGETABLE_EN, ZZAQ_LAB_EN)
        .doesNotContain("金水区", "集成测试蔬菜", "郑州市农产品质量安全检测中心实验室");
    browser.get(appUrl("/sampling/sample.xhtml?id=" + id));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), food));
    assertThat(session.main())
        .contains(
            "Jinshui District",
            "Henan Institute of Food Inspection, sampling team 1",
            OWN_VEGETABLE_EN,
            ZZAQ_LAB_EN,
            "2 kg / ")
        .doesNotContain("金水区", "抽样一组", "集成测试蔬菜", "郑州市农产品质量安全检测中心实验室", "千克");
    saveScreenshot("sampler-sample-en");
    session.quit();

    open(1280, 900);
    signIn("labtech");
    browser.get(appUrl("/sampling/receipt.xhtml"));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.id("receipt:incoming"), food));
    saveScreenshot("labtech-receipt");
    session.select("receipt:sampleId_input", String.valueOf(id));
    browser.findElement(By.id("receipt:record")).click();
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已接收"));
    assertThat(ApiTestSupport.as("labtech").get("/samples/{id}", id).jsonPath().getString("state"))
        .isEqualTo("RECEIVED");
  }

  private static long createSampleOutsideThePlan(String food) {
    Map<String, Object> form = new java.util.LinkedHashMap<>();
    form.put("level", "MUNICIPAL");
    form.put("regionId", JINSHUI);
    form.put("foodName", food);
    form.put("categoryId", OWN_VEGETABLE);
    form.put("quantity", "2");
    form.put("quantityUnit", "千克");
    form.put("backupQuantity", "1");
    form.put("storageCondition", "CHILLED");
    form.put("partyName", food + "摊位");
    form.put("partyKind", "SMALL_FARMER");
    form.put("partyAddress", "中牟县");
    form.put("placeAddress", "中牟县");
    form.put(
        "sampledAt",
        java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
            .minusHours(1)
            .withNano(0)
            .toString());
    form.put("sampler2Id", ApiTestSupport.as("sampler2").get("/me").jsonPath().getLong("id"));
    form.put("samplersConfirmed", true);
    form.put("partyConfirmed", true);
    form.put("sealNumber", "F-" + ApiTestSupport.uniqueCode());
    return ApiTestSupport.as("sampler")
        .body(form)
        .post("/samples")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  // --- helpers ---

  /** The assignment page with the proposals of sampling team 1's day, once they show the food. */
  private void showDay(String sampledOn, String food) {
    browser.get(appUrl("/sampling/assignment.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("day:show")));
    session.select("day:date", sampledOn);
    session.select("day:samplingUnit_input", String.valueOf(TEAM_HNFDI_1));
    browser.findElement(By.id("day:show")).click();
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("day:rows"), food));
  }

  /** The text of the table's row that names the food. */
  private String rowOf(String table, String food) {
    return BrowserSupport.rowText(browser, table, food);
  }

  private void check(String id) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).checked = true;", id);
  }

  private void open(int width, int height) {
    browser = session.open(width, height);
  }

  /** The card of a task on the sampler's task list. */
  private WebElement taskCard(long task) {
    return browser.findElement(
        By.xpath(
            "//a[contains(@href, 'task="
                + task
                + "')]/ancestor::div[contains(@class, 'task-card')]"));
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
