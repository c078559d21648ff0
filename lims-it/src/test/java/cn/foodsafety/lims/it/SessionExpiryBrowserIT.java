package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A page left open until the session ran out: 查询 (an ajax request) leads to the sign-in page with
 * the message that the session has expired, and signing in leads back to the same page, on a phone
 * and on a desktop.
 */
class SessionExpiryBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(40);

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void findAfterTheSessionRanOutLeadsToSignInWithAMessageAndBack() {
    expireAndComeBack(1400, 900);
  }

  @Test
  void onAPhoneToo() {
    expireAndComeBack(390, 844);
  }

  private void expireAndComeBack(int width, int height) {
    browser = session.open(width, height);
    BrowserSupport.signIn(browser, WAIT, "planner", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/planning/plans.xhtml"));
    session.wait(ExpectedConditions.elementToBeClickable(By.id("list:find")));

    // the server no longer knows the session the browser still sends
    browser.manage().deleteCookieNamed("JSESSIONID");
    browser.manage().addCookie(new Cookie("JSESSIONID", "expired-session-0000", "/lims"));
    browser.findElement(By.id("list:find")).click();

    session.wait(ExpectedConditions.urlContains("login.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("login:expired")));
    assertThat(browser.findElement(By.id("login:expired")).getText()).contains("登录已超时");
    BrowserSupport.saveScreenshot(browser, "session-expired-" + width);

    BrowserSupport.fillSignIn(browser, WAIT, "planner", ApiTestSupport.DEMO_PASSWORD);
    session.wait(ExpectedConditions.urlContains("/planning/plans.xhtml"));
    session.wait(ExpectedConditions.elementToBeClickable(By.id("list:find")));
    assertThat(browser.findElements(By.id("login:expired"))).isEmpty();
  }
}
