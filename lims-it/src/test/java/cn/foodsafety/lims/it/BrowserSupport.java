package cn.foodsafety.lims.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test needs: Debian's headless Chromium of the given window size (flags per
 * STACK.md: no background networking on this closed network), the application's URLs, the sign-in
 * form, and a screenshot in target/screenshots when a test fails ({@link Session}).
 */
final class BrowserSupport {

  private BrowserSupport() {}

  /**
   * The Chinese names of the units, regions and organizations (bureaus, labs, sampling teams) that
   * have an English name: none of them may show on an English page (units made by other tests
   * without an English name are shown as entered).
   */
  static java.util.Set<String> chineseNamesWithEnglishOnes() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String list : java.util.List.of("/regions", "/organizations")) {
      io.restassured.path.json.JsonPath page =
          ApiTestSupport.as("admin")
              .queryParam("size", 500)
              .get(list)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      names.addAll(
          page.getList(
              "items.findAll { it.nameEn != null && it.nameEn != '' }.name", String.class));
    }
    return names;
  }

  /**
   * A test's browser and the moves every page test makes with it, written once: register it with
   * {@code @RegisterExtension final BrowserSupport.Session session = new
   * BrowserSupport.Session(WAIT);}, open the browser with {@link #open}, and the session saves a
   * screenshot in target/screenshots when the test fails (before any {@code @AfterEach} runs) and
   * closes the browser after the test. Waits read the page again when an ajax update replaced the
   * elements a condition was reading (a stale element is not a failure, only a reason to look
   * again); clicks and typing scroll the element to the middle of the screen first, below any
   * sticky header.
   */
  static final class Session implements AfterTestExecutionCallback, AfterEachCallback {

    private final Duration wait;
    private WebDriver browser;

    Session(Duration wait) {
      this.wait = wait;
    }

    /** A new browser of the given window size (the previous one, if any, is closed). */
    WebDriver open(int width, int height, String... switches) {
      quit();
      browser = BrowserSupport.open(width, height, switches);
      return browser;
    }

    /** The text of the page's main element (what a test reads of the page's content). */
    String main() {
      return browser().findElement(By.tagName("main")).getText();
    }

    /** The page's heading. */
    String pageTitle() {
      return browser().findElement(By.cssSelector("h1.page-title")).getText();
    }

    /** The open browser. */
    WebDriver browser() {
      if (browser == null) {
        throw new IllegalStateException("no browser open: call open(width, height) first");
      }
      return browser;
    }

    /** Closes the browser, if one is open. */
    void quit() {
      if (browser != null) {
        try {
          browser.quit();
        } finally {
          browser = null;
        }
      }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
      if (context.getExecutionException().isPresent() && browser != null) {
        saveScreenshot(
            browser,
            context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getRequiredTestMethod().getName());
      }
    }

    @Override
    public void afterEach(ExtensionContext context) {
      quit();
    }

    /**
     * Waits until the condition holds; an element an ajax update replaced meanwhile is read again
     * on the next poll.
     */
    <T> T wait(ExpectedCondition<T> condition) {
      return new WebDriverWait(browser(), wait)
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    }

    /** Waits until PrimeFaces has no ajax request queued. */
    void waitForAjax() {
      wait(
          d ->
              (Boolean)
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    Object js(String script, Object... args) {
      return ((JavascriptExecutor) browser()).executeScript(script, args);
    }

    void scrollTo(WebElement e) {
      js("arguments[0].scrollIntoView({block:'center'});", e);
    }

    void click(By by) {
      click(browser().findElement(by));
    }

    void click(String id) {
      click(By.id(id));
    }

    void click(WebElement e) {
      scrollTo(e);
      e.click();
    }

    /**
     * A click the browser delivers to the element itself, whatever covers it (a sticky bar, an
     * overlay that is fading out).
     */
    void jsClick(WebElement e) {
      js("arguments[0].click();", e);
    }

    void jsClick(String id) {
      jsClick(browser().findElement(By.id(id)));
    }

    void type(String id, String text) {
      WebElement e = browser().findElement(By.id(id));
      scrollTo(e);
      e.clear();
      e.sendKeys(text);
    }

    /**
     * Replaces a field's text as a user would: select all and delete (so the page's key handlers
     * see the change, which {@code clear()} does not fire), then type, unless the text is empty.
     */
    void retype(String id, String text) {
      WebElement e = browser().findElement(By.id(id));
      scrollTo(e);
      e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      if (!text.isEmpty()) {
        e.sendKeys(text);
      }
    }

    /** PrimeFaces keeps the real select hidden; its value is what the form submits. */
    void select(String id, String value) {
      js("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** How many pixels the page is wider than the window (0 or less: it fits). */
    Long horizontalOverflow() {
      return (Long)
          js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    void signIn(String username, String password) {
      BrowserSupport.signIn(browser(), wait, username, password);
    }
  }

  static WebDriver open(int width, int height) {
    return open(width, height, new String[0]);
  }

  /** A browser with extra Chromium switches (e.g. one that reaches no host but this one). */
  static WebDriver open(int width, int height, String... switches) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--window-size=" + width + "," + height);
    options.addArguments(switches);
    // the console, to see whether the Content-Security-Policy blocked anything
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(width, height));
    return browser;
  }

  static String appUrl(String path) {
    return ApiTestSupport.baseUri() + "/lims" + path;
  }

  /** Fills and submits the sign-in form that is on the screen. */
  static void fillSignIn(WebDriver browser, Duration wait, String username, String password) {
    WebElement user =
        new WebDriverWait(browser, wait)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    user.clear();
    user.sendKeys(username);
    WebElement secret = browser.findElement(By.id("login:password"));
    secret.clear();
    secret.sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
  }

  /** Opens the sign-in page, signs in and waits until the application has let the user in. */
  static void signIn(WebDriver browser, Duration wait, String username, String password) {
    browser.get(appUrl("/login.xhtml"));
    fillSignIn(browser, wait, username, password);
    new WebDriverWait(browser, wait)
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
  }

  /**
   * Signs in with the pages in English for this browser only: the language cookie the language
   * switch sets (read before the profile), without the switch's change of the shared user's
   * profile.
   */
  static void signInInEnglish(WebDriver browser, Duration wait, String username, String password) {
    browser.get(appUrl("/login.xhtml"));
    browser.manage().addCookie(new org.openqa.selenium.Cookie("lims-lang", "en", "/lims"));
    signIn(browser, wait, username, password);
    new WebDriverWait(browser, wait)
        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
  }

  static void saveScreenshot(WebDriver browser, String name) {
    try {
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Path target = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      System.err.println("no screenshot of " + name + ": " + e);
    }
  }
}
