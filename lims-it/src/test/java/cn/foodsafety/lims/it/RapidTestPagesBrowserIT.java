package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The rapid-test pages on a phone (390 x 844): a tester records a positive on 快检录入 (Chinese) and
 * the confirmation task is created and given to the market's sampling team; the market's public
 * page (no sign-in, in English) shows the day's results, the held batch and no names of people.
 */
class RapidTestPagesBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final long TEAM_HNFDI_1 = 29;

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  /** A market of the test's own, in a city of its own with this year's approved plan. */
  private static Map<String, Object> market() throws Exception {
    PlanningIT.City city = PlanningIT.newCity();
    ItDatabase.plan(city.id(), LocalDate.now(SampleFlows.CHINA).getYear(), false);
    String code = "MB" + ApiTestSupport.uniqueCode();
    Response r =
        as("supervisor")
            .body(
                Map.of(
                    "code",
                    code,
                    "name",
                    "页面测试农贸市场" + code,
                    "address",
                    "经三路8号",
                    "regionId",
                    city.unitA(),
                    "samplingUnitId",
                    TEAM_HNFDI_1,
                    "points",
                    List.of(Map.of("name", "快检亭"))))
            .post("/markets");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return r.jsonPath().getMap("");
  }

  @Test
  void aPositiveEnteredOnThePhoneCreatesItsConfirmationTask() throws Exception {
    Map<String, Object> market = market();
    long marketId = ((Number) market.get("id")).longValue();
    String food = "页面芹菜" + ApiTestSupport.uniqueCode();

    browser = session.open(390, 844);
    BrowserSupport.signIn(browser, WAIT, "sampler", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/rapidtest/tests.xhtml"));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("form:stall")));
    // the market through its menu (its change reloads the points and the day's list)
    session.js(
        "PrimeFaces.widgets[Object.keys(PrimeFaces.widgets).find(k => PrimeFaces.widgets[k].id"
            + " === 'form:marketId')].selectValue(arguments[0]);",
        String.valueOf(marketId));
    session.waitForAjax();
    assertThat(session.js("return document.getElementById('form:marketId_input').value"))
        .isEqualTo(String.valueOf(marketId));
    session.type("form:stall", "C区7号");
    session.type("form:operatorName", "赵经营");
    session.type("form:foodName", food);
    session.js(
        "document.getElementById('form:categoryId_input').value = arguments[0];",
        String.valueOf(SampleFlows.CELERY));
    session.js("document.getElementById('form:kitCode_input').value = 'KJ-OP';");
    session.js(
        "document.querySelector(\"input[name='form:result'][value='POSITIVE']\").checked = true;");
    session.type("form:tester", "钱检测");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    WebElement save = browser.findElement(By.id("form:save"));
    session.scrollTo(save);
    save.click();
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "确证抽样任务"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("已保存阳性结果", food);
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("today"), food));
    String row = browser.findElement(By.id("today")).getText();
    assertThat(row).contains("阳性", "暂停销售");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);

    // written once, positive, with its confirmation task for the market's sampling team
    List<Map<String, Object>> tests =
        as("supervisor").get("/rapid-tests?market=" + marketId).jsonPath().getList("");
    assertThat(tests).hasSize(1);
    assertThat(tests.get(0)).containsEntry("result", "POSITIVE").containsEntry("foodName", food);
    long task = ((Number) tests.get(0).get("confirmationTaskId")).longValue();
    assertThat(browser.findElement(By.id("messages")).getText().replace(",", ""))
        .contains(String.valueOf(task));
    assertThat(as("sampler").get("/samples/my-tasks").jsonPath().getList("id", Long.class))
        .contains(task);
  }

  @Test
  void theMarketsPublicPageShowsTheDayInEnglishWithoutNames() throws Exception {
    Map<String, Object> market = market();
    long marketId = ((Number) market.get("id")).longValue();
    String code = (String) market.get("code");
    for (String result : List.of("NEGATIVE", "POSITIVE")) {
      Map<String, Object> t = new HashMap<>();
      t.put("marketId", marketId);
      t.put("stall", "D区" + result.length() + "号");
      t.put("operatorName", "孙经营");
      t.put("foodName", "公开韭菜");
      t.put("categoryId", SampleFlows.CELERY);
      t.put("kitCode", "KJ-OP");
      t.put("result", result);
      t.put("tester", "周检测");
      t.put("testedAt", SampleFlows.minutesAgoToday(30));
      Response r = as("sampler").body(t).post("/rapid-tests");
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    }

    browser = session.open(390, 844);
    browser.get(BrowserSupport.appUrl("/public/market.xhtml?m=" + code));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
    assertThat(browser.findElement(By.id("summary")).getText()).contains("2", "1");
    // in English, the same market (the switch keeps the query)
    browser.findElement(By.id("lang:switch")).click();
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "rapid tests"));
    assertThat(browser.getCurrentUrl()).contains("m=" + code);
    assertThat(browser.findElement(By.id("summary")).getText())
        .isEqualTo("2 rapid tests this day, 1 positive");
    String positive = browser.findElement(By.cssSelector("#results tr.positive")).getText();
    assertThat(positive).contains("公开韭菜", "batch held until the laboratory confirms");
    assertThat(browser.findElements(By.cssSelector("#results tr.negative"))).hasSize(1);
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains("页面测试农贸市场" + code).doesNotContain("孙经营", "周检测");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
  }

  @Test
  void theMarketsPageNamesTheUnitAndTheSamplingTeamInEnglish() throws Exception {
    Map<String, Object> market = market();
    String code = (String) market.get("code");

    browser = session.open(1280, 900);
    BrowserSupport.signInInEnglish(browser, WAIT, "supervisor", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/rapidtest/markets.xhtml"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("markets"), code));
    String row = BrowserSupport.rowText(browser, "markets", code);
    assertThat(row)
        .contains("Unit ", "Henan Institute of Food Inspection, sampling team 1")
        .doesNotContain("甲区", "抽样一组");
    BrowserSupport.saveScreenshot(browser, "rapid-markets-en");
  }

  // --- helpers ---

}
