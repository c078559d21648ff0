package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Anyone opens the public results page without signing in, in Chinese and in English, on a desk and
 * on a phone (390 x 844), and finds a published non-conforming product with its failing item
 * against the limit.
 */
class PublicResultsBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void thePublicFindsAPublishedProductAndItsFailingItemWithoutSigningIn() {
    String food = publishedCelery();

    browser = session.open(1280, 900);
    browser.get(BrowserSupport.appUrl("/public/results.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
    assertThat(browser.getCurrentUrl()).doesNotContain("login");
    assertThat(browser.findElement(By.cssSelector("h1.public-title")).getText())
        .isEqualTo("食品安全抽检结果公告");
    WebElement search = browser.findElement(By.id("q"));
    search.sendKeys(food);
    browser.findElement(By.id("find")).click();
    WebElement card = resultCard(food);
    assertThat(card.getText()).contains(food, "不合格", "毒死蜱", "0.13 mg/kg", "≤ 0.05 mg/kg", "市级");
    assertThat(card.getText()).doesNotContain("张三", "13800000000");
    // batch number and production date each in their own place (the date was left out when a
    // batch number was given)
    assertThat(card.getText()).contains("批号", "生产日期");
    assertThat(card.findElements(By.cssSelector(".batch-number"))).hasSize(1);
    assertThat(card.findElements(By.cssSelector(".production-date"))).hasSize(1);
    BrowserSupport.saveScreenshot(browser, "public-results-zh");

    // the switch to English keeps the search
    browser.findElement(By.id("lang:switch")).click();
    session.wait(
        ExpectedConditions.textToBe(
            By.cssSelector("h1.public-title"), "Food-safety sampling results"));
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(food);
    card = resultCard(food);
    assertThat(card.getText())
        .contains("Non-conforming", "毒死蜱", "0.13 mg/kg", "≤ 0.05 mg/kg", "Municipal");
    // the food category by its English name (the product's own name stays as it was labelled)
    assertThat(fact(card, "Food category")).isEqualTo("Celery");
    BrowserSupport.saveScreenshot(browser, "public-results-en");

    // the address one gives out, /lims/public/, leads to the same page in the language chosen
    browser.get(BrowserSupport.appUrl("/public/"));
    session.wait(
        ExpectedConditions.textToBe(
            By.cssSelector("h1.public-title"), "Food-safety sampling results"));
  }

  @Test
  void onAPhoneTheCardsReflowWithoutSidewaysScrolling() {
    String food = publishedCelery();

    browser = session.open(390, 844);
    browser.get(
        BrowserSupport.appUrl(
            "/public/results.xhtml?verdict=NON_CONFORMING&q="
                + URLEncoder.encode(food, StandardCharsets.UTF_8)));
    WebElement card = resultCard(food);
    assertThat(browser.findElement(By.cssSelector("h1.public-title")).getText())
        .isEqualTo("食品安全抽检结果公告");
    assertThat(card.getText()).contains("毒死蜱", "0.13 mg/kg", "≤ 0.05 mg/kg");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", card);
    BrowserSupport.saveScreenshot(browser, "public-results-phone");

    // a range that ends before it starts is explained, not a broken page
    browser.get(BrowserSupport.appUrl("/public/results.xhtml?from=2026-03-02&to=2026-03-01"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "不能早于"));
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    BrowserSupport.saveScreenshot(browser, "public-results-phone-bad-range");
  }

  @Test
  void aSupervisorPicksAnApprovedResultAndPublishesItFromHisPage() {
    long id = SampleFlows.approvedCelery("页面公开", "0.13", null);
    String food =
        ApiTestSupport.as("jinshui").get("/samples/{id}", id).jsonPath().getString("foodName");

    browser = session.open(1280, 900);
    BrowserSupport.signIn(browser, WAIT, "jinshui", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/disclosure/publish.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:search")));
    assertThat(browser.findElement(By.cssSelector("nav.sidebar")).getText()).contains("结果公开");
    browser.findElement(By.id("list:search")).sendKeys(food);
    browser.findElement(By.id("list:find")).click();
    // the search has run when the table holds only this sample
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "共 1 条"));
    assertThat(browser.findElement(By.id("list:table")).getText()).contains(food, "未公开", "不合格");
    browser.findElement(By.cssSelector("tbody .ui-chkbox-box")).click();
    browser.findElement(By.id("list:publish")).click();
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已公开 1 个结果"));
    session.wait(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':withdraw']")));
    BrowserSupport.saveScreenshot(browser, "supervisor-publish");
    assertThat(
            ApiTestSupport.server()
                .queryParam("q", food)
                .get("/lims/public/results.json")
                .jsonPath()
                .getInt("total"))
        .isEqualTo(1);

    // in English the list names the food category and the unit by their English names
    browser = session.open(1280, 900);
    BrowserSupport.signInInEnglish(browser, WAIT, "jinshui", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/disclosure/publish.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:search")));
    browser.findElement(By.id("list:search")).sendKeys(food);
    browser.findElement(By.id("list:find")).click();
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "Published"));
    String row = browser.findElement(By.cssSelector("[id='list:table'] tbody tr")).getText();
    assertThat(row)
        .contains(food, "Celery", "Municipal", "Jinshui District")
        .doesNotContain("金水区", "市级");
    assertThat(row.replace(food, "")).doesNotContain("芹菜");
    BrowserSupport.saveScreenshot(browser, "supervisor-publish-en");
  }

  /** The text of a fact of a result card, by its title. */
  private String fact(WebElement card, String title) {
    return String.valueOf(
        ((JavascriptExecutor) browser)
            .executeScript(
                "var title = arguments[1];"
                    + "var dt = Array.from(arguments[0].querySelectorAll('dt'))"
                    + ".find(function (d) { return d.textContent.trim() === title; });"
                    + "return dt ? dt.nextElementSibling.textContent.trim() : null;",
                card,
                title));
  }

  private static String publishedCelery() {
    long id = SampleFlows.approvedCelery("公告芹菜", "0.13", null);
    ApiTestSupport.as("jinshui")
        .body(Map.of("sampleIds", List.of(id)))
        .post("/publications")
        .then()
        .statusCode(200);
    return ApiTestSupport.as("jinshui").get("/samples/{id}", id).jsonPath().getString("foodName");
  }

  private WebElement resultCard(String food) {
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), food));
    return browser.findElements(By.cssSelector("#results article.result")).stream()
        .filter(e -> e.getText().contains(food))
        .findFirst()
        .orElseThrow();
  }
}
