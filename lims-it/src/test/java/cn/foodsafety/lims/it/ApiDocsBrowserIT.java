package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The API documentation page (Swagger UI shipped with the application) in headless Chromium that
 * can resolve no host but localhost: it renders the application's OpenAPI document with every
 * component's operations, reached from the side bar of the pages, and everything it loads comes
 * from this server.
 */
class ApiDocsBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Every host name but localhost fails to resolve: no CDN, no validator service, no fonts. */
  private static final String OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost";

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void theSideBarLeadsToTheDocumentationWhichRendersOffline() {
    browser = session.open(1280, 900, OFFLINE);
    BrowserSupport.signIn(browser, WAIT, "planner", ApiTestSupport.DEMO_PASSWORD);
    WebElement link = session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("apiDocs")));
    assertThat(link.getText()).isEqualTo("API 文档");
    link.click();

    assertRendered();
    BrowserSupport.saveScreenshot(browser, "api-docs-desktop");
  }

  @Test
  void theDocumentationRendersOnAPhoneWithoutSignIn() {
    browser = session.open(390, 844, OFFLINE);
    browser.get(BrowserSupport.appUrl("/api-docs/index.html"));
    assertRendered();
    BrowserSupport.saveScreenshot(browser, "api-docs-phone");
  }

  private void assertRendered() {
    WebElement title =
        session.wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
    assertThat(title.getText()).startsWith("食品安全抽检 LIMS API");
    List<String> tags =
        browser.findElements(By.cssSelector(".opblock-tag")).stream()
            .map(e -> e.getAttribute("data-tag"))
            .toList();
    assertThat(tags)
        .contains(
            "masterdata",
            "security",
            "planning",
            "sampling",
            "results",
            "disposal",
            "statistics",
            "disclosure",
            "platform");
    // open the sampling operations: createSample is among them, with its Chinese summary
    browser.findElement(By.cssSelector(".opblock-tag[data-tag='sampling']")).click();
    WebElement create =
        session.wait(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-sampling-createSample")));
    assertThat(create.getText()).contains("/api/samples").contains("抽样单");
    // its request body example is made of the schema's Chinese examples
    create.findElement(By.cssSelector(".opblock-summary")).click();
    WebElement example =
        session.wait(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-sampling-createSample .body-param__example")));
    assertThat(example.getText()).contains("\"foodName\": \"芹菜\"");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", create);
    @SuppressWarnings("unchecked")
    List<String> loaded =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
    assertThat(loaded).isNotEmpty().allMatch(url -> url.startsWith(ApiTestSupport.baseUri()));
  }
}
