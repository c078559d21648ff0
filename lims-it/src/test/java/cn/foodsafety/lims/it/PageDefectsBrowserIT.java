package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Smaller defects a new user met on the pages: the import page names its columns and offers a
 * template; an icon-only date-picker button has a name for screen readers (its aria-label, which
 * takes precedence over PrimeFaces' placeholder text), in the page's language.
 */
class PageDefectsBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(40);

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void theImportPageNamesItsColumnsAndOffersATemplate() {
    browser = session.open(390, 844);
    BrowserSupport.signIn(browser, WAIT, "labtech", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/lab/import.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("format")));
    assertThat(browser.findElement(By.id("format")).getText())
        .contains("样品编号", "检验项目", "检验结果", "单位", "检出限", "未检出");
    String template = browser.findElement(By.id("template")).getAttribute("href");
    String csv =
        new String(
            io.restassured.RestAssured.given()
                .get(template)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv.replace("\uFEFF", "")).startsWith("样品编号,检验项目,检验结果,单位");
  }

  /**
   * An English page names regions and food categories by their English names where the record has
   * one: the parent region of a district and the category choices of the proposals page. (The
   * language is kept in the profile: put back afterwards.)
   */
  @Test
  void englishPagesUseTheEnglishNamesOfTheMasterData() {
    browser = session.open(1280, 900);
    BrowserSupport.signIn(browser, WAIT, "admin", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/masterdata/region.xhtml?id=" + SampleFlows.ZHONGYUAN));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("topbar:lang")));
    browser.findElement(By.id("topbar:lang")).click();
    try {
      session.wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
      String parents = options("[id$='parentId_input'] option");
      assertThat(parents).contains("Zhengzhou").doesNotContain("郑州市");
    } finally {
      browser.findElement(By.id("topbar:lang")).click();
      session.wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
    }
    assertThat(options("[id$='parentId_input'] option")).contains("郑州市");
  }

  private String options(String selector) {
    @SuppressWarnings("unchecked")
    List<String> texts =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".map(function (o) { return o.textContent; });",
                    selector);
    return String.join("|", texts);
  }

  @Test
  void theDatePickerButtonIsNamedForScreenReaders() {
    browser = session.open(1400, 900);
    BrowserSupport.signIn(browser, WAIT, "supervisor", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/statistics/dashboard.xhtml"));
    session.wait(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-datepicker-trigger")));
    @SuppressWarnings("unchecked")
    List<String> names =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Array.from(document.querySelectorAll('.ui-datepicker-trigger'))"
                        + ".map(function (b) { return (b.getAttribute('aria-label') || '') + '|'"
                        + " + b.textContent.trim(); });");
    assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("选择日期|"));
  }
}
