package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.LAB_HNFDI;
import static cn.foodsafety.lims.it.SampleFlows.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A lab technician on a phone (390 x 844) works the backup-sample store (sampling/backups.xhtml):
 * records a received sample's backup on a shelf, takes it out for the re-inspection the regulator
 * accepted (custody to the re-inspection lab), and disposes of another backup whose retention is
 * over before a witness. The page never scrolls sideways.
 */
class BackupStoreBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void aTechnicianOnAPhoneRecordsTakesOutAndDisposesOfBackups() {
    String code = ApiTestSupport.uniqueCode();
    String food = "页面留样" + code;
    long sampleId = SampleFlows.receivedCelery(food);

    browser = session.open(390, 844);
    BrowserSupport.signIn(browser, WAIT, "labtech", "demo1234");
    browser.get(BrowserSupport.appUrl("/sampling/backups.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("place:record")));

    // 1. at receipt: where the backup is kept, how much, in what condition
    session.select("place:sampleId_input", String.valueOf(sampleId));
    session.type("place:store", "留样室 1（冷藏）");
    session.type("place:shelf", "P-" + code);
    session.type("place:quantity", "1.5");
    session.type("place:quantityUnit", "千克");
    session.click("place:record");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "留样已登记"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("store:table"), food));
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    BrowserSupport.saveScreenshot(browser, "backup-store-recorded");
    long backupId = backupOf(sampleId).getLong("id");
    assertThat(backupOf(sampleId).getString("shelf")).isEqualTo("P-" + code);

    // the sample turns out non-conforming; the operator asks for a re-inspection, accepted
    SampleFlows.approved(sampleId, "0.13");
    long caseId =
        as("jinshui")
            .get("/cases/of-sample/{id}", sampleId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    step(caseId, "ACCEPTED", null);
    step(caseId, "DELIVERED", null);
    step(caseId, "REINSPECTION_REQUESTED", "REINSPECTION");
    step(caseId, "REQUEST_ACCEPTED", null);

    // 2. taken out for the re-inspection: custody to the re-inspection lab
    browser.get(BrowserSupport.appUrl("/sampling/backups.xhtml"));
    chooseRowOf(food);
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("act:takeOut")));
    session.select("act:labId_input", String.valueOf(LAB_HNFDI));
    session.type("act:receiver", "复检员李明");
    session.click("act:takeOut");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "出库"));
    JsonPath out = as("labtech").get("/backup-samples/{id}", backupId).jsonPath();
    assertThat(out.getString("state")).isEqualTo("TAKEN_OUT");
    assertThat(out.getString("custodyReceiver")).isEqualTo("复检员李明");
    showView("已出库复检");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("store:table"), food));
    assertThat(browser.findElement(By.id("store:table")).getText()).contains("复检员李明");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    BrowserSupport.saveScreenshot(browser, "backup-store-taken-out");

    // 3. another backup, conforming and kept past its retention: disposed of before a witness
    String food2 = "页面留样处置" + code;
    long second = SampleFlows.receivedCelery(food2);
    // kept past its retention: the food's shelf life ended yesterday, so the backup need be kept
    // only until then (Art. 25), not the 3 months after today's conforming report
    long secondBackup = place(second, LocalDate.parse(today()).minusDays(1));
    SampleFlows.approved(second, "0.01");
    assertThat(
            as("labtech")
                .get("/backup-samples/{id}", secondBackup)
                .jsonPath()
                .getString("retentionEnd"))
        .isEqualTo(LocalDate.parse(today()).minusDays(1).toString());
    browser.get(BrowserSupport.appUrl("/sampling/backups.xhtml"));
    showView("逾期未处置");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("store:table"), food2));
    chooseRowOf(food2);
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("act:dispose")));
    session.type("act:how", "高温灭活后按医疗废物处置");
    session.type("act:witness", "质量负责人王芳");
    session.click("act:dispose");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "留样已处置"));
    JsonPath disposed = as("labtech").get("/backup-samples/{id}", secondBackup).jsonPath();
    assertThat(disposed.getString("state")).isEqualTo("DISPOSED");
    assertThat(disposed.getString("witness")).isEqualTo("质量负责人王芳");
    assertThat(disposed.getString("disposedOn")).isEqualTo(today());
    showView("已处置");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("store:table"), food2));
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
    BrowserSupport.saveScreenshot(browser, "backup-store-disposed");

    // in English: the store's laboratory and the custody laboratory by their English names, the
    // quantity's unit by its symbol
    browser = session.open(390, 844);
    BrowserSupport.signInInEnglish(browser, WAIT, "labtech", "demo1234");
    browser.get(BrowserSupport.appUrl("/sampling/backups.xhtml"));
    showView("Taken out");
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("store:table"), food));
    String row =
        browser.findElements(By.cssSelector("[id='store:table'] tbody tr")).stream()
            .map(WebElement::getText)
            .filter(t -> t.contains(food))
            .findFirst()
            .orElseThrow();
    assertThat(row)
        .contains(
            "Zhengzhou Agricultural Product Testing Center laboratory",
            "→ Henan Institute of Food Inspection laboratory",
            "1.5 kg")
        .doesNotContain("郑州市农产品质量安全检测中心实验室", "河南省食品检验研究院检验中心", "千克");
    BrowserSupport.saveScreenshot(browser, "backup-store-en");
  }

  // ---------------------------------------------------------------- helpers

  /** The backup of a sample, found in the store's list of held backups. */
  private static JsonPath backupOf(long sampleId) {
    List<Map<String, Object>> held =
        as("labtech")
            .queryParam("view", "held")
            .get("/backup-samples")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    long id =
        held.stream()
            .filter(b -> ((Number) b.get("sampleId")).longValue() == sampleId)
            .map(b -> ((Number) b.get("id")).longValue())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no backup of sample " + sampleId));
    return as("labtech").get("/backup-samples/{id}", id).jsonPath();
  }

  /**
   * A backup recorded through the API whose food's shelf life ends on {@code shelfLifeEnd}: its
   * retention ends then if that is earlier than the 3 or 6 months after the conclusion (Art. 25).
   */
  private static long place(long sampleId, LocalDate shelfLifeEnd) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("shelfLifeEnd", shelfLifeEnd.toString());
    p.put("sampleId", sampleId);
    p.put("store", "留样室 1（冷藏）");
    p.put("shelf", "D-02");
    p.put("quantity", "1.0");
    p.put("quantityUnit", "千克");
    p.put("condition", "SEALED_INTACT");
    return as("labtech")
        .body(p)
        .post("/backup-samples")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static void step(long caseId, String kind, String requestKind) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", kind);
    s.put("date", today());
    if (requestKind != null) {
      s.put("requestKind", requestKind);
    }
    as("jinshui").body(s).post("/cases/{id}/steps", caseId).then().statusCode(200);
  }

  /** Presses the view button with the given label. */
  private void showView(String label) {
    WebElement button =
        browser.findElements(By.cssSelector("#store .toolbar button")).stream()
            .filter(b -> b.getText().contains(label))
            .findFirst()
            .orElseThrow();
    session.scrollTo(button);
    button.click();
    session.wait(
        d ->
            d.findElements(By.cssSelector("#store .toolbar button")).stream()
                .anyMatch(
                    b ->
                        b.getText().contains(label)
                            && !b.getAttribute("class").contains("ui-button-outlined")));
  }

  /** Presses the act button in the store's row of a food. */
  private void chooseRowOf(String food) {
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("store:table"), food));
    // found and pressed in one go, again when an ajax update replaced the row meanwhile
    session.wait(
        d -> {
          WebElement row =
              d.findElements(By.cssSelector("[id='store:table'] tbody tr")).stream()
                  .filter(r -> r.getText().contains(food))
                  .findFirst()
                  .orElse(null);
          if (row == null) {
            return false;
          }
          WebElement choose = row.findElement(By.cssSelector("button[id$=':choose']"));
          session.scrollTo(choose);
          choose.click();
          return true;
        });
  }
}
