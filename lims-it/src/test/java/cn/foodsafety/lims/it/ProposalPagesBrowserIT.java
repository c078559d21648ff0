package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "你点我检" in the browser: a resident on a phone (Chinese) proposes a food with script in its text,
 * answering the page's sum, sees it listed as text (the script never runs) and votes for it; a
 * planner (in English) ticks the proposal on the review page with unit, category and batches and
 * turns it into a special campaign of the city's plan.
 */
class ProposalPagesBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final long VEGETABLES = 113;

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  @Test
  void aResidentProposesWithTheChallengeSeesTheScriptAsTextAndVotes() {
    String subject = "<script>window.__proposalXss = 1</script>臭豆腐" + ApiTestSupport.uniqueCode();
    // the page's requests come from a resident of their own behind the trusted (loopback)
    // balancer, so that the daily limit of the tests' own address does not refuse them
    browser = session.open(390, 844);
    org.openqa.selenium.chrome.ChromeDriver chrome =
        (org.openqa.selenium.chrome.ChromeDriver) browser;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        Map.of(
            "headers",
            Map.of("X-Forwarded-For", "192.0.2." + (1 + new java.util.Random().nextInt(250)))));
    browser.get(BrowserSupport.appUrl("/public/proposals.xhtml"));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("propose:subject")));
    session.type("propose:subject", subject);
    session.type("propose:place", "二七区夜市");
    session.type("propose:reason", "气味可疑");
    answerChallenge();
    session.click(By.id("propose:send"));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "谢谢"));

    WebElement row = row(subject);
    assertThat(row.findElement(By.cssSelector(".subject")).getText()).isEqualTo(subject);
    assertThat(session.js("return typeof window.__proposalXss")).isEqualTo("undefined");
    assertThat(browser.getPageSource()).doesNotContain("<script>window.__proposalXss");
    assertThat(row.findElement(By.cssSelector(".votes")).getText()).isEqualTo("0");

    // a wrong answer is refused and counts nothing
    session.type("propose:challengeAnswer", "999");
    session.click(row.findElement(By.cssSelector("input.vote")));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .error")));
    assertThat(row(subject).findElement(By.cssSelector(".votes")).getText()).isEqualTo("0");

    answerChallenge();
    session.click(row(subject).findElement(By.cssSelector("input.vote")));
    session.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "投票"));
    assertThat(row(subject).findElement(By.cssSelector(".votes")).getText()).isEqualTo("1");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0L);
  }

  @Test
  void aPlannerTurnsAProposalIntoACampaignOnTheReviewPage() {
    String subject = "Stinky tofu 臭豆腐" + ApiTestSupport.uniqueCode();
    Map<String, Object> body = ProposalsIT.challenge();
    body.put("kind", "FOOD");
    body.put("subject", subject);
    body.put("place", "二七区");
    body.put("reason", "请检测");
    Response created =
        anonymous()
            .header("X-Forwarded-For", "198.51.100." + (1 + new java.util.Random().nextInt(250)))
            .body(body)
            .post("/public/proposals");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    long id = created.jsonPath().getLong("id");
    PlanningIT.City city = PlanningIT.newCity();
    long plan = PlanningIT.createSmallPlan(city);
    PlanningIT.approve(city, plan);
    int year = PlanningIT.year();

    browser = session.open(1280, 900);
    BrowserSupport.signIn(browser, WAIT, city.planner(), "Planning2024");
    browser.get(BrowserSupport.appUrl("/proposal/review.xhtml"));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("review:accept")));
    session.click(By.id("topbar:lang"));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "Turn the ticked proposals into a special campaign"));

    WebElement row = reviewRow(subject);
    session.js(
        "var r = arguments[0];"
            + " r.querySelector('.choose input[type=checkbox]').checked = true;"
            + " r.querySelector('.region select').value = arguments[1];"
            + " r.querySelector('.category select').value = arguments[2];"
            + " r.querySelectorAll('.batches input').forEach(i => i.value = '2');",
        row,
        String.valueOf(city.unitA()),
        String.valueOf(VEGETABLES));
    session.js(
        "document.getElementById('review:planId_input').value = arguments[0];"
            + " document.getElementById('review:planId_hinput').value = arguments[0];",
        String.valueOf(plan));
    session.type("review:name", year + " You pick, we test");
    session.js(
        "document.getElementById('review:startDate_input').value = arguments[0];"
            + " document.getElementById('review:endDate_input').value = arguments[1];",
        year + "-03-01",
        year + "-06-30");
    session.click(By.id("review:accept"));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "proposals in a special campaign"));
    assertThat(browser.findElement(By.id("messages")).getText()).startsWith("1 proposals");

    Map<String, Object> accepted =
        city.asPlanner().get("/proposals").jsonPath().getList("", Map.class).stream()
            .filter(p -> ((Number) p.get("id")).longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(accepted.get("state")).isEqualTo("ACCEPTED");
    assertThat(accepted.get("campaignId")).isNotNull();
    assertThat(accepted.get("campaignName")).isEqualTo(year + " You pick, we test");
    // the campaign's unit and category by their English names on the English page
    assertThat(reviewRow(subject).getText())
        .contains(year + " You pick, we test", " · Unit ", " · Vegetables")
        .doesNotContain("甲区", "蔬菜");
    assertThat(accepted.get("regionNameEn")).asString().startsWith("Unit ");
    assertThat(accepted.get("categoryNameEn")).isEqualTo("Vegetables");
    List<Map<String, Object>> campaigns =
        city.asPlanner().get("/plans/{id}/campaigns", plan).jsonPath().getList("");
    assertThat(campaigns)
        .anySatisfy(
            c -> {
              assertThat(c.get("name")).isEqualTo(year + " You pick, we test");
              assertThat(c.get("reason")).isEqualTo("PUBLIC_PARTICIPATION");
            });
  }

  // --- helpers ---

  /** Reads the page's sum ("3 + 4 = ?") and types its answer. */
  private void answerChallenge() {
    String question = browser.findElement(By.cssSelector("#challengeQuestion strong")).getText();
    String[] parts = question.replace("= ?", "").replace("=?", "").split("\\+");
    int answer = Integer.parseInt(parts[0].strip()) + Integer.parseInt(parts[1].strip());
    session.type("propose:challengeAnswer", String.valueOf(answer));
  }

  private WebElement row(String subject) {
    return session.wait(
        d ->
            d.findElements(By.cssSelector("#proposals tr.proposal")).stream()
                .filter(r -> r.findElement(By.cssSelector(".subject")).getText().equals(subject))
                .findFirst()
                .orElse(null));
  }

  private WebElement reviewRow(String subject) {
    return session.wait(
        d ->
            d.findElements(By.cssSelector("[id='review:rows'] tbody tr")).stream()
                .filter(r -> r.getText().contains(subject))
                .findFirst()
                .orElse(null));
  }
}
