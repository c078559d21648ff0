package cn.foodsafety.lims.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A sampler on a phone (390 x 844) opens the offline form with a connection, loses it (the
 * browser's offline mode), reloads the page (served by the service worker), fills a form with a
 * photo, the phone's location and a drawn signature, and sees it waiting; when the connection
 * returns the form is sent by itself and the sample is created once, with its number, photo,
 * signature and location accuracy. A sample outside the plan (计划外抽样) goes the same way.
 */
class OfflineFormBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final long TEAM_HNFDI_1 = 29;
  private static final long JINSHUI = 6;
  private static final long VEGETABLES = 113;

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void aFormFilledWithoutSignalIsSentWhenTheConnectionReturnsAndCreatedOnce() throws Exception {
    long city = SampleFlows.newCity("离线页面测试市");
    long plan = ItDatabase.plan(city, LocalDate.now().getYear(), false);
    long task =
        ItDatabase.task(plan, JINSHUI, "COUNTY", VEGETABLES, "SMALL_FARMER", TEAM_HNFDI_1, 3);
    long sampler2 = ApiTestSupport.as("sampler2").get("/me").jsonPath().getLong("id");
    Path photo = Files.createTempFile("sample-photo", ".jpg");
    BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 1600; x += 4) {
      for (int y = 0; y < 1200; y += 4) {
        image.setRGB(x, y, (x * 31 + y * 17) & 0xffffff);
      }
    }
    ImageIO.write(image, "jpg", photo.toFile());

    browser = session.open(390, 844);
    ChromeDriver chrome = (ChromeDriver) browser;
    BrowserSupport.signIn(browser, WAIT, "sampler", "demo1234");
    browser.get(BrowserSupport.appUrl("/m/"));
    By startTask = By.cssSelector("button[data-start='" + task + "']");
    session.wait(ExpectedConditions.presenceOfElementLocated(startTask));
    // the service worker has taken the page over and kept its files
    session.wait(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript("return !!navigator.serviceWorker.controller"));

    // the signal is gone: the page still opens, with the kept task list
    chrome.executeCdpCommand("Network.enable", Map.of());
    offline(chrome, true);
    browser.navigate().refresh();
    session.wait(ExpectedConditions.presenceOfElementLocated(startTask));
    assertThat(browser.findElement(By.id("net")).getAttribute("data-online")).isEqualTo("false");

    WebElement start = browser.findElement(startTask);
    session.scrollTo(start);
    start.click();
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.name("foodName")));
    String code = browser.findElement(By.id("provisional")).getText();
    assertThat(code).matches("P\\d{6}-[0-9A-Z]{5}");
    type("foodName", "离线芹菜");
    type("quantity", "2.5");
    type("backupQuantity", "1.0");
    new Select(browser.findElement(By.name("storageCondition"))).selectByValue("CHILLED");
    type("partyName", "王记蔬菜摊");
    type("partyAddress", "郑州市金水区丰产路12号");
    type("placeAddress", "金水区丰产路农贸市场");
    session.wait(d -> new Select(d.findElement(By.name("sampler2Id"))).getOptions().size() > 1);
    new Select(browser.findElement(By.name("sampler2Id"))).selectByValue(String.valueOf(sampler2));
    assertThat(
            ((JavascriptExecutor) browser)
                .executeScript("return document.getElementById('sampler2Id').value"))
        .isEqualTo(String.valueOf(sampler2));
    session.click(By.name("samplersConfirmed"));
    session.click(By.name("partyConfirmed"));
    type("partySignatory", "王建国");
    type("sealNumber", "FT-OFF-" + ApiTestSupport.uniqueCode());

    // the phone's location, with its accuracy
    chrome.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("origin", ApiTestSupport.baseUri(), "permissions", List.of("geolocation")));
    chrome.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        Map.of("latitude", 34.7872, "longitude", 113.6901, "accuracy", 14.0));
    session.click(By.id("locate"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("location"), "±14.0"));

    // the sampled party signs on the screen
    WebElement pad = browser.findElement(By.id("signature"));
    session.scrollTo(pad);
    new Actions(browser)
        .moveToElement(pad, -100, 0)
        .clickAndHold()
        .moveByOffset(40, 20)
        .moveByOffset(40, -30)
        .moveByOffset(60, 10)
        .release()
        .perform();

    // a photo of the sample, shrunk on the phone
    WebElement file = browser.findElement(By.cssSelector("input[data-kind='SAMPLE']"));
    file.sendKeys(photo.toAbsolutePath().toString());
    session.wait(
        d ->
            d.findElement(By.cssSelector("input[data-kind='SAMPLE'] + img"))
                .getAttribute("src")
                .startsWith("data:image/jpeg"));

    session.click(By.id("save"));
    By item = By.cssSelector(".form-item .code");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(item, code));
    assertThat(browser.findElement(By.cssSelector(".form-item")).getAttribute("data-state"))
        .isEqualTo("waiting");
    Thread.sleep(1500);
    assertThat(samplesOf(task)).isZero();

    // the connection returns: the form goes by itself, once
    offline(chrome, false);
    String settled =
        session.wait(
            d ->
                (String)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var c = document.querySelector('.form-item');"
                                + " if (!c || c.dataset.state === 'waiting') return null;"
                                + " return c.dataset.state + ' | ' + c.innerText + ' | '"
                                + " + (c.dataset.errors || '');"));
    assertThat(settled).startsWith("sent");
    String number = browser.findElement(By.cssSelector(".form-item .number")).getText();
    assertThat(number).containsPattern("410105-\\d{4}-C-\\d{6}");
    session.click(By.id("sync"));
    Thread.sleep(1500);
    browser.navigate().refresh();
    session.wait(ExpectedConditions.presenceOfElementLocated(startTask));
    assertThat(samplesOf(task)).isEqualTo(1);

    long sampleId = sampleOf(task);
    var record = ApiTestSupport.as("sampler").get("/samples/{id}/field-record", sampleId);
    assertThat(record.jsonPath().getString("provisionalCode")).isEqualTo(code);
    assertThat(record.jsonPath().getString("locationAccuracy")).isEqualTo("14.0");
    assertThat(record.jsonPath().getList("pictures.kind")).contains("SIGNATURE", "SAMPLE");
    assertThat(record.jsonPath().getInt("pictures.find { it.kind == 'SAMPLE' }.width"))
        .isLessThanOrEqualTo(1280);

    // the sample's page shows the pictures
    browser.get(BrowserSupport.appUrl("/sampling/sample.xhtml?id=" + sampleId));
    session.wait(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-record img")));
    assertThat(browser.findElement(By.cssSelector(".provisional-code")).getText()).isEqualTo(code);
    session.wait(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return Array.from(document.querySelectorAll('.field-record img'))"
                            + ".every(i => i.complete && i.naturalWidth > 0)"));

    List<LogEntry> csp =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getMessage().contains("Content Security Policy"))
            .toList();
    assertThat(csp).isEmpty();
  }

  /**
   * On a phone without a Chinese font of its own (this machine: {@code fc-list :lang=zh} is empty)
   * the form names the bundled Noto Sans SC before Arial for every kind of text, and the service
   * worker keeps the font: after the signal is gone and the page is reloaded, the face still loads
   * (from the worker's cache) for the form's Chinese.
   */
  @Test
  void theFormsChineseIsDrawnWithTheBundledFontOfflineToo() {
    browser = session.open(390, 844);
    ChromeDriver chrome = (ChromeDriver) browser;
    BrowserSupport.signIn(browser, WAIT, "sampler", "demo1234");
    browser.get(BrowserSupport.appUrl("/m/"));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.tabs button")));
    // every element of each kind (a button without a class of its own took the browser's font)
    for (String where :
        List.of("body", "header strong", "h2", "label", "button", "input", "select")) {
      @SuppressWarnings("unchecked")
      List<Object> families =
          (List<Object>)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return Array.from(document.querySelectorAll(arguments[0]))"
                          + ".map(function (e) { return getComputedStyle(e).fontFamily; });",
                      where);
      assertThat(families).as("elements %s", where).isNotEmpty();
      for (Object f : families) {
        String family = String.valueOf(f);
        assertThat(family).as("font of %s", where).contains("LimsNotoSansSC");
        assertThat(family.indexOf("LimsNotoSansSC"))
            .as("font of %s: the Chinese font before Arial", where)
            .isLessThan(family.indexOf("Arial"));
      }
    }
    // the worker has taken the page over and keeps the font the page downloaded
    session.wait(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript("return !!navigator.serviceWorker.controller"));
    String font = BrowserSupport.appUrl("/resources/fonts/noto-sans-sc-regular.ttf");
    session.wait(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                            + "caches.match(arguments[0]).then(function (r) { done(!!r); },"
                            + " function () { done(false); });",
                        font));

    chrome.executeCdpCommand("Network.enable", Map.of());
    // nothing from the browser's own HTTP cache: offline the font can come only from the worker
    chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    offline(chrome, true);
    try {
      browser.navigate().refresh();
      session.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.tabs button")));
      Object loaded =
          ((JavascriptExecutor) browser)
              .executeAsyncScript(
                  "var done = arguments[arguments.length - 1];"
                      + "document.fonts.load('16px LimsNotoSansSC', '任务抽样单').then(function (faces) {"
                      + " done(faces.filter(function (f) { return f.status === 'loaded'; }).length);"
                      + "}, function (e) { done('failed: ' + e); });");
      assertThat(loaded).as("the bundled face loaded offline").isEqualTo(1L);
    } finally {
      offline(chrome, false);
    }
  }

  @Test
  void aSampleOutsideThePlanIsFilledOfflineAndCreatedOnceOutsideThePlan() throws Exception {
    long sampler2 = ApiTestSupport.as("sampler2").get("/me").jsonPath().getLong("id");
    String food = "计划外离线菠菜" + ApiTestSupport.uniqueCode();

    browser = session.open(390, 844);
    ChromeDriver chrome = (ChromeDriver) browser;
    BrowserSupport.signIn(browser, WAIT, "sampler", "demo1234");
    browser.get(BrowserSupport.appUrl("/m/"));
    // the task list (and with it the units and categories) is kept on the phone
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("tasksAge"), "任务清单更新于"));
    // in Chinese whatever language the sampler's profile remembers (other tests switch it)
    ((JavascriptExecutor) browser)
        .executeScript("localStorage.setItem('lims-field-lang', 'zh-CN');");
    session.wait(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript("return !!navigator.serviceWorker.controller"));

    chrome.executeCdpCommand("Network.enable", Map.of());
    offline(chrome, true);
    browser.navigate().refresh();
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("outsidePlan")));
    session.click(By.id("outsidePlan"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.name("regionId")));
    assertThat(browser.findElement(By.id("formContext")).getText()).contains("计划外抽样");
    new Select(browser.findElement(By.name("level"))).selectByValue("COUNTY");
    session.wait(d -> new Select(d.findElement(By.name("regionId"))).getOptions().size() > 1);
    new Select(browser.findElement(By.name("regionId"))).selectByValue(String.valueOf(JINSHUI));
    session.wait(d -> new Select(d.findElement(By.name("categoryId"))).getOptions().size() > 1);
    new Select(browser.findElement(By.name("categoryId")))
        .selectByValue(String.valueOf(VEGETABLES));
    type("foodName", food);
    type("quantity", "2");
    type("backupQuantity", "1");
    new Select(browser.findElement(By.name("storageCondition"))).selectByValue("AMBIENT");
    type("partyName", "金水区某超市");
    new Select(browser.findElement(By.name("partyKind"))).selectByValue("SUPERMARKET");
    type("partyAddress", "郑州市金水区经三路1号");
    type("partyLicence", "JY14101050099999");
    type("placeAddress", "金水区经三路超市货架");
    session.wait(d -> new Select(d.findElement(By.name("sampler2Id"))).getOptions().size() > 1);
    new Select(browser.findElement(By.name("sampler2Id"))).selectByValue(String.valueOf(sampler2));
    session.click(By.name("samplersConfirmed"));
    session.click(By.name("partyConfirmed"));
    type("partySignatory", "钱店长");
    type("sealNumber", "FT-OUT-" + ApiTestSupport.uniqueCode());
    session.click(By.id("save"));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".form-item .code"), "计划外抽样"));
    assertThat(samplesNamed(food)).isZero();

    offline(chrome, false);
    String settled =
        session.wait(
            d ->
                (String)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var c = Array.from(document.querySelectorAll('.form-item'))"
                                + ".find(x => x.innerText.indexOf(arguments[0]) >= 0);"
                                + " if (!c || c.dataset.state === 'waiting') return null;"
                                + " return c.dataset.state + ' | ' + c.innerText + ' | '"
                                + " + (c.dataset.errors || '');",
                            food));
    assertThat(settled).startsWith("sent").containsPattern("410105-\\d{4}-C-\\d{6}");
    session.click(By.id("sync"));
    Thread.sleep(1500);
    assertThat(samplesNamed(food)).isEqualTo(1);
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT task_id, sampling_level FROM sample WHERE food_name = ?")) {
      s.setString(1, food);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getObject(1)).as("outside the plan: no task").isNull();
        assertThat(r.getString(2)).isEqualTo("COUNTY");
      }
    }
  }

  private long samplesNamed(String food) throws Exception {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM sample WHERE food_name = ?")) {
      s.setString(1, food);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static void offline(ChromeDriver chrome, boolean offline) {
    chrome.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  private long samplesOf(long task) throws Exception {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM sample WHERE task_id = ?")) {
      s.setLong(1, task);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private long sampleOf(long task) throws Exception {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s = c.prepareStatement("SELECT id FROM sample WHERE task_id = ?")) {
      s.setLong(1, task);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void type(String name, String text) {
    WebElement input = browser.findElement(By.name(name));
    session.scrollTo(input);
    input.clear();
    input.sendKeys(text);
  }
}
