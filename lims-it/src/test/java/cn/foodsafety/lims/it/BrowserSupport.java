package cn.foodsafety.lims.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test needs: Debian's headless Chromium of the given window size (flags per
 * STACK.md: no background networking on this closed network), the application's URLs, the sign-in
 * form, and a screenshot in target/screenshots when a test fails.
 */
final class BrowserSupport {

  private BrowserSupport() {}

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
