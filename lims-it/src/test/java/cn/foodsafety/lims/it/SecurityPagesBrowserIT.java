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
  }
}
