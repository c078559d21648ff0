package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A planner signs in and reads the regions page in headless Chromium: the Zhengzhou units with
 * their residents, in Chinese first and in English after the language switch. Each test has a
 * browser (and so a session and language cookie) of its own.
 */
class RegionsPageBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private static final long ZHENGZHOU_AMR = 2; // ZZ-SAMR, a regulator (V2__reference_data.sql)
  private static final String PLANNER_PASSWORD = "Planner2024";

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void plannerSeesZhengzhouUnitsWithResidentsInChineseThenInEnglish() {
    // the switch is remembered in the user's profile: a planner of its own keeps "planner" Chinese
    String planner = createPlanner();
    open(1280, 900);
    signIn(planner, PLANNER_PASSWORD);

    browser.get(appUrl("/masterdata/regions.xhtml"));
    WebElement table = waitForTableText("金水区");

    assertThat(pageTitle()).isEqualTo("区域与常住人口");
    assertThat(browser.getTitle()).contains("区域与常住人口");
    assertThat(table.getText()).contains("金水区", "1,333,000", "上街区", "163,000", "郑州市");
    // the 16 county-level units of the reference data (codes 4101xx); other test classes add
    // counties of their own under Zhengzhou (codes 9...), which this count leaves out
    assertThat(seededUnitsUnder(table, "郑州市")).isEqualTo(16);
    assertThat(browser.findElement(By.id("topbar:lang")).getText()).isEqualTo("English");

    browser.findElement(By.id("topbar:lang")).click();
    session.wait(
        ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "Regions and residents"));

    assertThat(browser.getTitle()).contains("Regions and residents");
    assertThat(browser.findElement(By.id("topbar:lang")).getText()).isEqualTo("中文");
    assertThat(browser.findElement(By.id("list:table")).getText())
        .contains("Jinshui District", "1,333,000");
  }

  @Test
  void signInPageSwitchesToEnglishBeforeSigningIn() {
    open(1280, 900);
    browser.get(appUrl("/login.xhtml"));
    WebElement switchLink =
        session.wait(ExpectedConditions.elementToBeClickable(By.id("lang:switch")));
    assertThat(switchLink.getText()).isEqualTo("English");

    switchLink.click();

    session.wait(ExpectedConditions.textToBe(By.id("lang:switch"), "中文"));
    assertThat(browser.findElement(By.id("login:submit")).getText()).contains("Sign in");
  }

  @Test
  void wrongPasswordKeepsThePlannerOnTheSignInPage() {
    open(1280, 900);

    browser.get(appUrl("/login.xhtml"));
    fillSignIn("planner", "not-the-password-1");

    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("login"), "用户名或密码不正确"));
    assertThat(browser.getCurrentUrl()).contains("login.xhtml");
  }

  @Test
  void plannerReadsTheRegionsPageOnAPhone() {
    open(390, 844);
    signIn("planner", ApiTestSupport.DEMO_PASSWORD);

    browser.get(appUrl("/masterdata/regions.xhtml"));
    waitForTableText("金水区");

    WebElement jinshui =
        session.wait(ExpectedConditions.visibilityOfElementLocated(By.linkText("金水区")));
    assertThat(jinshui.isDisplayed()).isTrue();
    assertThat(pageTitle()).isEqualTo("区域与常住人口");
    assertThat(browser.findElement(By.id("list:table")).getText()).contains("1,333,000");
  }

  @Test
  void regionsPageFitsAPhoneScreenWithoutSideScrolling() {
    open(390, 844);
    signIn("planner", ApiTestSupport.DEMO_PASSWORD);

    browser.get(appUrl("/masterdata/regions.xhtml"));
    waitForTableText("金水区");

    // the table reflows into stacked rows on a phone instead of running off the screen
    Long overflow =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).isLessThanOrEqualTo(0L);
  }

  // --- helpers ---

  /** A planner of the test's own, through the API, so its language choice touches nobody else. */
  private static String createPlanner() {
    String username = ApiTestSupport.uniqueUsername("planner");
    ApiTestSupport.as("admin")
        .body(
            Map.of(
                "username",
                username,
                "displayName",
                "测试计划员",
                "password",
                PLANNER_PASSWORD,
                "organizationId",
                ZHENGZHOU_AMR,
                "roles",
                List.of("PLANNER"),
                "locale",
                "zh-CN"))
        .post("/users")
        .then()
        .statusCode(201);
    return username;
  }

  private void open(int width, int height) {
    browser = session.open(width, height);
  }

  private static String appUrl(String path) {
    return BrowserSupport.appUrl(path);
  }

  private void signIn(String username, String password) {
    BrowserSupport.signIn(browser, WAIT, username, password);
  }

  private void fillSignIn(String username, String password) {
    BrowserSupport.fillSignIn(browser, WAIT, username, password);
  }

  private WebElement waitForTableText(String text) {
    By table = By.id("list:table");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(table, text));
    return browser.findElement(table);
  }

  private String pageTitle() {
    return browser.findElement(By.cssSelector("h1.page-title")).getText();
  }

  /** The rows whose parent column (the fourth) names the given region. */
  private static long seededUnitsUnder(WebElement table, String parentName) {
    return table.findElements(By.cssSelector("tbody[id='list:table_data'] > tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .filter(cells -> cells.size() > 3 && cells.get(3).getText().contains(parentName))
        .filter(cells -> cells.get(0).getText().trim().matches("4101\\d\\d"))
        .count();
  }

  private void saveScreenshot(String name) {
    BrowserSupport.saveScreenshot(browser, name);
  }
}
