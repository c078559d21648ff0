package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.signedIn;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueUsername;
import static cn.foodsafety.lims.it.BrowserSupport.appUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages under the Content-Security-Policy and the other security headers: they load, their
 * PrimeFaces scripts and AJAX updates run (nothing in the console about the policy), and an
 * administrator unlocks a locked account from the users page.
 */
class SecurityPagesBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long SAMPLING_TEAM = 29;
  private static final String PASSWORD = "Sampling2024";

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void pagesWorkUnderTheContentSecurityPolicy() {
    browser = session.open(1280, 900);
    BrowserSupport.signIn(browser, WAIT, "admin", ApiTestSupport.DEMO_PASSWORD);
    for (String page :
        List.of(
            "/index.xhtml",
            "/admin/users.xhtml",
            "/masterdata/regions.xhtml",
            "/masterdata/settings.xhtml",
            "/statistics/dashboard.xhtml")) {
      browser.get(appUrl(page));
      session.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.page-title")));
      // PrimeFaces ran: its global object exists and its widgets were built
      assertThat(
              (Boolean)
                  ((org.openqa.selenium.JavascriptExecutor) browser)
                      .executeScript(
                          "return typeof PrimeFaces !== 'undefined' && !!PrimeFaces.widgets"))
          .as(page)
          .isTrue();
    }
    List<String> violations =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    assertThat(violations).isEmpty();
  }

  /**
   * The policy has neither 'unsafe-inline' nor 'unsafe-eval' for scripts, and the pages where
   * people work still run: the sampling form (an AJAX update and a refused submit), a lab's results
   * page, the dashboard with its charts, a case page, the public page with its language switch and
   * the offline form on the phone. The browser reports no refusal of the policy on any of them.
   */
  @Test
  void theWorkPagesRunUnderAPolicyWithoutInlineScriptsOrEval() throws Exception {
    long received = SampleFlows.receivedCelery("策略-结果页");
    long failed = SampleFlows.approvedCelery("策略-处置", "0.13", SampleFlows.ZHONGYUAN);
    long caseId = as("jinshui").get("/cases/of-sample/{id}", failed).jsonPath().getLong("id");

    String policy =
        ApiTestSupport.server()
            .auth()
            .preemptive()
            .basic("sampler", ApiTestSupport.DEMO_PASSWORD)
            .get("/lims/sampling/sample.xhtml")
            .header("Content-Security-Policy");
    assertThat(policy)
        .contains("script-src 'self' 'nonce-")
        .doesNotContain("unsafe-inline' 'unsafe-eval", "script-src 'self' 'unsafe-inline")
        .doesNotContain("'unsafe-eval'");
    assertThat(policy.replace("style-src 'self' 'unsafe-inline'", "")).doesNotContain("unsafe");

    List<String> violations = new java.util.ArrayList<>();

    // the sampler's form outside the plan: an AJAX update (kind of sampling) and an empty submit
    browser = session.open(390, 844);
    BrowserSupport.signIn(browser, WAIT, "sampler", ApiTestSupport.DEMO_PASSWORD);
    primeFacesPage("/sampling/sample.xhtml");
    assertThat(browser.findElements(By.id("form:backupQuantity"))).hasSize(1);
    chooseRiskMonitoring();
    WebElement submit = browser.findElement(By.id("form:submit"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView(true);", submit);
    submit.click();
    session.wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id='form:foodName'].ui-state-error")));
    violations.addAll(violations("sampling form"));
    session.quit();

    // the lab's results page and the import page
    browser = session.open(1280, 900);
    BrowserSupport.signIn(browser, WAIT, "labtech", ApiTestSupport.DEMO_PASSWORD);
    primeFacesPage("/lab/results.xhtml?id=" + received);
    primeFacesPage("/lab/worklist.xhtml");
    primeFacesPage("/lab/import.xhtml");
    violations.addAll(violations("lab pages"));
    session.quit();

    // the dashboard's charts are drawn, and the case page
    browser = session.open(1280, 900);
    BrowserSupport.signIn(browser, WAIT, "jinshui", ApiTestSupport.DEMO_PASSWORD);
    primeFacesPage("/statistics/dashboard.xhtml");
    session.wait(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "var c = document.querySelectorAll('canvas');"
                            + " return c.length > 0 && Array.prototype.some.call(c,"
                            + " function (x) { return x.width > 0 && x.height > 0; });"));
    primeFacesPage("/disposal/case.xhtml?id=" + caseId);
    violations.addAll(violations("dashboard and case page"));
    session.quit();

    // the public page (no PrimeFaces on it) and its language switch; the offline form
    browser = session.open(390, 844);
    browser.get(appUrl("/public/results.xhtml"));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.public-title")));
    browser.findElement(By.id("lang:switch")).click();
    session.wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    browser.get(appUrl("/m/"));
    session.wait(
        d ->
            "complete"
                .equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    violations.addAll(violations("public page and offline form"));

    assertThat(violations).isEmpty();
  }

  /** Opens a page of the application and waits until PrimeFaces has built its widgets. */
  private void primeFacesPage(String page) {
    browser.get(appUrl(page));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.page-title")));
    session.wait(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return typeof PrimeFaces !== 'undefined' && !!PrimeFaces.widgets"
                            + " && Object.keys(PrimeFaces.widgets).length > 0"));
  }

  /** What the browser said about the policy since the last call, each line named by where. */
  private List<String> violations(String where) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(
            m ->
                m.contains("Content Security Policy")
                    || m.contains("Content-Security-Policy")
                    || m.contains("Refused to")
                    || m.contains("EvalError"))
        .map(m -> where + ": " + m)
        .toList();
  }

  @Test
  void anAdministratorUnlocksALockedAccountOnTheUsersPage() {
    String name = uniqueUsername("locked");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", name);
    body.put("displayName", "锁定 " + name);
    body.put("password", PASSWORD);
    body.put("organizationId", SAMPLING_TEAM);
    body.put("roles", List.of("SAMPLER"));
    body.put("locale", "zh-CN");
    as("admin").body(body).post("/users").then().statusCode(201);
    for (int i = 1; i <= 5; i++) {
      signedIn(name, "Wrong" + i + "pass").get("/me");
    }
    signedIn(name, PASSWORD).get("/me").then().statusCode(429);

    browser = session.open(1280, 900);
    BrowserSupport.signIn(browser, WAIT, "admin", ApiTestSupport.DEMO_PASSWORD);
    browser.get(appUrl("/admin/users.xhtml"));
    browser.findElement(By.id("list:search")).sendKeys(name);
    browser.findElement(By.id("list:find")).click();
    session.wait(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("tbody[id='list:table_data'] > tr"), 1));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), name));
    By unlock = By.cssSelector("[id$=':unlock']");
    session.wait(ExpectedConditions.elementToBeClickable(unlock)).click();
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已解锁"));
    assertThat(browser.findElements(unlock)).isEmpty();
    signedIn(name, PASSWORD).get("/me").then().statusCode(200);

    // in English the list names the user's organization by its English name
    browser = session.open(1280, 900);
    BrowserSupport.signInInEnglish(browser, WAIT, "admin", ApiTestSupport.DEMO_PASSWORD);
    browser.get(appUrl("/admin/users.xhtml"));
    browser.findElement(By.id("list:search")).sendKeys(name);
    browser.findElement(By.id("list:find")).click();
    session.wait(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("tbody[id='list:table_data'] > tr"), 1));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), name));
    assertThat(browser.findElement(By.cssSelector("tbody[id='list:table_data'] > tr")).getText())
        .contains("Henan Institute of Food Inspection, sampling team 1", "Sampler")
        .doesNotContain("抽样一组");
  }

  /**
   * Picks 风险监测 in the kind menu as a user would and waits for the AJAX update that takes the backup
   * field away (risk monitoring keeps no backup sample). A click that lands while the menu panel is
   * still opening selects nothing, so the user's second try is made once more.
   */
  private void chooseRiskMonitoring() {
    for (int attempt = 1; ; attempt++) {
      WebElement menu = browser.findElement(By.id("form:samplingKind"));
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
      menu.click();
      session
          .wait(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("[id='form:samplingKind_items'] li[data-label='风险监测']")))
          .click();
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
            .until(ExpectedConditions.numberOfElementsToBe(By.id("form:backupQuantity"), 0));
        return;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
  }
}
