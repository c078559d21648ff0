package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.anonymous;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "你点我检" end to end through the API: a resident proposes (script in the text kept as text) and
 * others vote, each answering a challenge; a wrong or reused answer, a second vote from the same
 * address and a flood of proposals are refused; the planner turns the proposal into a special
 * campaign of a plan, gives its task, the team samples it, the laboratory tests it, the supervisor
 * publishes it, and the proposal shows its published result. Behind a trusted proxy (loopback by
 * default) the forwarded client's address counts. One method: the daily limit counts every proposal
 * from the test's address.
 */
class ProposalsIT {

  private static final long SAMPLING_TEAM = 29;
  private static final long VEGETABLES = 113;

  static Map<String, Object> challenge() {
    JsonPath c =
        anonymous().get("/public/proposals/challenge").then().statusCode(200).extract().jsonPath();
    String[] parts = c.getString("question").replace("= ?", "").split("\\+");
    int answer = Integer.parseInt(parts[0].strip()) + Integer.parseInt(parts[1].strip());
    Map<String, Object> m = new HashMap<>();
    m.put("challengeToken", c.getString("token"));
    m.put("challengeAnswer", String.valueOf(answer));
    return m;
  }

  private static Response propose(String subject) {
    Map<String, Object> body = challenge();
    body.put("kind", "FOOD");
    body.put("subject", subject);
    body.put("place", "金水区丰产路");
    body.put("reason", "担心铝含量超标");
    return anonymous().body(body).post("/public/proposals");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> publicOne(long id) {
    return anonymous().get("/public/proposals").jsonPath().getList("", Map.class).stream()
        .filter(p -> ((Number) p.get("id")).longValue() == id)
        .map(p -> (Map<String, Object>) p)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aProposalIsVotedAcceptedIntoACampaignSampledAndAnsweredWithItsPublishedResult() {
    // the figures count every proposal: this test's own move them by exactly what it does
    JsonPath before = ApiTestSupport.as("planner").get("/proposals/figures").jsonPath();
    String script = "<script>alert('x')</script>油条";
    Response created = propose(script);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    long id = created.jsonPath().getLong("id");
    assertThat(created.jsonPath().getString("subject")).isEqualTo(script);
    assertThat(created.jsonPath().getString("state")).isEqualTo("OPEN");

    // a vote answers its own challenge; the same address cannot vote twice
    Response vote = anonymous().body(challenge()).post("/public/proposals/{id}/votes", id);
    assertThat(vote.statusCode()).as(vote.asString()).isEqualTo(200);
    assertThat(vote.jsonPath().getInt("votes")).isEqualTo(1);
    Response again = anonymous().body(challenge()).post("/public/proposals/{id}/votes", id);
    assertThat(again.statusCode()).isBetween(400, 499);
    assertThat(again.jsonPath().getString("detail")).contains("投过票");
    // behind the balancer (a trusted proxy: loopback by default) the forwarded client counts: a
    // resident at another address may vote
    String resident = "203.0.113." + (1 + new java.util.Random().nextInt(250));
    Response forwarded =
        anonymous()
            .header("X-Forwarded-For", resident)
            .body(challenge())
            .post("/public/proposals/{id}/votes", id);
    assertThat(forwarded.statusCode()).as(forwarded.asString()).isEqualTo(200);
    assertThat(forwarded.jsonPath().getInt("votes")).isEqualTo(2);
    Response forwardedAgain =
        anonymous()
            .header("X-Forwarded-For", "9.9.9.9, " + resident)
            .body(challenge())
            .post("/public/proposals/{id}/votes", id);
    assertThat(forwardedAgain.statusCode()).isBetween(400, 499);

    // a wrong answer, and a used challenge, are refused
    Map<String, Object> wrong = challenge();
    wrong.put("challengeAnswer", "999");
    Response refused = anonymous().body(wrong).post("/public/proposals/{id}/votes", id);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.jsonPath().getList("errors.field")).contains("challengeAnswer");
    Response reused = anonymous().body(wrong).post("/public/proposals/{id}/votes", id);
    assertThat(reused.statusCode()).isEqualTo(400);

    // the public list shows it (as text: JSON, the page escapes it)
    List<String> subjects =
        anonymous().get("/public/proposals").jsonPath().getList("subject", String.class);
    assertThat(subjects).contains(script);

    // the planner of a city of its own: a plan, the proposal into a special campaign
    PlanningIT.City city = PlanningIT.newCity();
    long plan = PlanningIT.createSmallPlan(city);
    PlanningIT.approve(city, plan);
    int year = PlanningIT.year();
    Map<String, Object> item =
        Map.of("proposalId", id, "regionId", city.unitA(), "categoryId", VEGETABLES, "batches", 2);
    Response accepted =
        city.asPlanner()
            .body(
                Map.of(
                    "planId", plan,
                    "name", year + "年你点我检专项",
                    "startDate", year + "-03-01",
                    "endDate", year + "-06-30",
                    "items", List.of(item)))
            .post("/proposals/campaign");
    assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
    assertThat(accepted.jsonPath().getString("[0].state")).isEqualTo("ACCEPTED");
    long campaign = accepted.jsonPath().getLong("[0].campaignId");
    // accepted once only
    Response twice =
        city.asPlanner()
            .body(
                Map.of(
                    "planId",
                    plan,
                    "name",
                    "再来一次",
                    "startDate",
                    year + "-03-01",
                    "endDate",
                    year + "-06-30",
                    "items",
                    List.of(item)))
            .post("/proposals/campaign");
    assertThat(twice.statusCode()).isEqualTo(400);

    // the campaign's task for the sampling team, sampled through the normal form
    Map<String, Object> task = PlanningIT.task(plan, city.unitA(), VEGETABLES, SAMPLING_TEAM, 2);
    task.put("campaignId", campaign);
    Response t = city.asPlanner().body(task).post("/tasks");
    assertThat(t.statusCode()).as(t.asString()).isEqualTo(201);
    // a sample of celery (a category below the task's vegetables), whose items the flow knows
    Map<String, Object> form = SampleFlows.celery("油条-你点我检");
    form.remove("level");
    form.remove("regionId");
    form.put("taskId", t.jsonPath().getLong("id"));
    Response sample = as("sampler").body(form).post("/samples");
    assertThat(sample.statusCode()).as(sample.asString()).isEqualTo(201);

    Map<String, Object> mine =
        city.asPlanner().get("/proposals").jsonPath().getList("", Map.class).stream()
            .filter(p -> ((Number) p.get("id")).longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(mine.get("sampled")).isEqualTo(1);
    assertThat(mine.get("votes")).isEqualTo(2);
    JsonPath figures = city.asPlanner().get("/proposals/figures").jsonPath();
    assertThat(figures.getLong("sampled")).isEqualTo(before.getLong("sampled") + 1);
    assertThat(figures.getLong("samples")).isEqualTo(before.getLong("samples") + 1);
    assertThat(figures.getLong("votes")).isEqualTo(before.getLong("votes") + 2);

    // the sample goes the normal way (laboratory receipt, results, review, approval) and the
    // city's supervisor publishes it: the proposal shows its published result, to the public too
    long sampleId = sample.jsonPath().getLong("id");
    SampleFlows.assignedAndShipped(sampleId, city.asPlanner());
    SampleFlows.received(sampleId);
    SampleFlows.approved(sampleId, "0.01");
    assertThat((List<?>) publicOne(id).get("results")).isEmpty();
    Response published =
        city.asSupervisor().body(Map.of("sampleIds", List.of(sampleId))).post("/publications");
    assertThat(published.statusCode()).as(published.asString()).isEqualTo(200);
    Map<String, Object> answered = publicOne(id);
    assertThat(answered.get("state")).isEqualTo("ACCEPTED");
    assertThat(answered.get("sampled")).isEqualTo(1);
    List<Map<String, Object>> results = (List<Map<String, Object>>) answered.get("results");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("product")).isEqualTo(sample.jsonPath().getString("foodName"));
    assertThat(results.get(0).get("verdict")).isEqualTo("CONFORMING");
    String publicId = (String) results.get(0).get("publicId");
    JsonPath feed =
        ApiTestSupport.server()
            .accept("application/json, application/problem+json")
            .queryParam("q", sample.jsonPath().getString("foodName"))
            .get("/lims/public/results.json")
            .jsonPath();
    assertThat(feed.getList("items.publicId")).containsExactly(publicId);
    assertThat(city.asPlanner().get("/proposals/figures").jsonPath().getLong("results"))
        .isEqualTo(before.getLong("results") + 1);

    // a flood from one address (all the tests' proposals come from this one): refused by the
    // daily limit (one method, so that no other test's proposals are refused by it)
    int more = 0;
    Response last = null;
    for (int i = 0; i < 6; i++) {
      last = propose("洪水" + i);
      if (last.statusCode() != 201) {
        break;
      }
      more++;
    }
    assertThat(more).isLessThanOrEqualTo(2);
    assertThat(last.statusCode()).isBetween(400, 499);
    assertThat(last.jsonPath().getString("detail")).contains("每天最多");
  }
}
