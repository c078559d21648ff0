package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator reads the master-data pages in headless Chromium: the test items with their
 * limits (in Chinese, then in English after the language switch) and the working-day calculator of
 * the calendar page. Each test has a browser (and so a session and language cookie) of its own.
 */
class MasterDataPagesBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private static final long ZHENGZHOU_AMR = 2; // ZZ-SAMR (V2__reference_data.sql)
  private static final String ADMIN_PASSWORD = "Admin2024x";

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void administratorSeesChlorpyrifosWithItsLimitInChineseThenInEnglish() {
    // the switch is remembered in the user's profile: an administrator of its own keeps "admin" in
    // Chinese for everybody else
    String admin = createAdministrator();
    open(1280, 900);
    signIn(admin, ADMIN_PASSWORD);

    browser.get(appUrl("/masterdata/test-items.xhtml"));
    WebElement table = waitForTableText("毒死蜱");

    assertThat(pageTitle()).isEqualTo("检验项目与限量");
    assertThat(browser.getTitle()).contains("检验项目与限量");
    assertThat(rowOf(table, "毒死蜱").getText()).contains("TI-001", "≤ 0.05 mg/kg", "芹菜");

    browser.findElement(By.id("topbar:lang")).click();
    session.wait(
        ExpectedConditions.textToBe(By.cssSelector("h1.page-title"), "Test items and limits"));

    assertThat(browser.getTitle()).contains("Test items and limits");
    assertThat(browser.findElement(By.id("topbar:lang")).getText()).isEqualTo("中文");
    WebElement english = waitForTableText("Chlorpyrifos");
    assertThat(rowOf(english, "Chlorpyrifos").getText()).contains("≤ 0.05 mg/kg");

    // the organizations list names the unit and the parent organization in English too
    browser.get(appUrl("/masterdata/organizations.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("list:search")));
    browser.findElement(By.id("list:search")).sendKeys("LAB-ZZAQ");
    browser.findElement(By.id("list:find")).click();
    WebElement organizations = waitForTableText("Zhengzhou Agricultural Product Testing Center");
    assertThat(rowOf(organizations, "LAB-ZZAQ").getText())
        .contains(
            "Zhengzhou Agricultural Product Testing Center laboratory",
            "Laboratory",
            "Zhengzhou",
            "Zhengzhou Agricultural Product Quality Testing Center")
        .doesNotContain("郑州");
  }

  @Test
  void administratorComputesTheDueDateTwoWorkingDaysAfterTheEveOfNationalDay() {
    open(1280, 900);
    signIn("admin", ApiTestSupport.DEMO_PASSWORD);
    browser.get(appUrl("/masterdata/calendar.xhtml"));

    typeInto(By.id("calculator:from_input"), "2025-09-30");
    typeInto(By.id("calculator:workingDays_input"), "2");
    browser.findElement(By.id("calculator:compute")).click();

    // 1-8 October 2025 are holidays: the 9th and the 10th are the two working days
    session.wait(ExpectedConditions.textToBe(By.id("dueDate"), "2025-10-10"));
  }

  @Test
  void administratorCountsTheWorkingDaysBetweenTwoDatesAcrossTheSpringFestival() {
    open(1280, 900);
    signIn("admin", ApiTestSupport.DEMO_PASSWORD);
    browser.get(appUrl("/masterdata/calendar.xhtml"));

    typeInto(By.id("calculator:from_input"), "2025-01-24");
    typeInto(By.id("calculator:to_input"), "2025-02-07");
    browser.findElement(By.id("calculator:compute")).click();

    // Sunday 26 January is a make-up working day, 28 January to 4 February are holidays
    session.wait(ExpectedConditions.textToBe(By.id("between"), "5"));
  }

  // --- helpers ---

  /** An administrator of the test's own, so its language choice touches nobody else. */
  private static String createAdministrator() {
    String username = ApiTestSupport.uniqueUsername("admin");
    ApiTestSupport.as("admin")
        .body(
            Map.of(
                "username",
                username,
                "displayName",
                "测试管理员",
                "password",
                ADMIN_PASSWORD,
                "organizationId",
                ZHENGZHOU_AMR,
                "roles",
                List.of("ADMIN"),
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

  /** Replaces what a field holds (the calculator starts from today) with the given text. */
  private void typeInto(By field, String text) {
    WebElement input = session.wait(ExpectedConditions.elementToBeClickable(field));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  private WebElement waitForTableText(String text) {
    By table = By.id("list:table");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(table, text));
    return browser.findElement(table);
  }

  private String pageTitle() {
    return browser.findElement(By.cssSelector("h1.page-title")).getText();
  }

  /** The table row that mentions the given text. */
  private static WebElement rowOf(WebElement table, String text) {
    return table.findElements(By.cssSelector("tbody[id='list:table_data'] > tr")).stream()
        .filter(row -> row.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row mentions " + text));
  }

  private void saveScreenshot(String name) {
    BrowserSupport.saveScreenshot(browser, name);
  }
}
