package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.signedIn;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * User administration through /api/users and one's own account through /api/me. Every test signs in
 * with users it created itself, so a changed password or a deactivation stays its own.
 */
class UsersIT {

  // seeded organizations (V2__reference_data.sql)
  private static final long ZHENGZHOU_AMR = 2; // ZZ-SAMR, a REGULATOR
  private static final long SAMPLING_TEAM = 29; // TEAM-HNFDI-1, a SAMPLING_UNIT
  private static final long LABORATORY = 38; // LAB-ZZAQ, a LABORATORY

  private static final String PASSWORD = "Sampling2024";

  @Test
  void administratorCreatesASamplerWhoCanThenSignIn() {
    String username = uniqueUsername("sampler");

    ExtractableResponse<Response> created =
        as("admin")
            .body(user(username, PASSWORD, SAMPLING_TEAM, "SAMPLER"))
            .post("/users")
            .then()
            .statusCode(201)
            .extract();

    long id = created.jsonPath().getLong("id");
    assertThat(created.header("Location")).endsWith("/lims/api/users/" + id);
    assertThat(created.jsonPath().getString("password")).isNull();
    assertThat(created.jsonPath().getBoolean("active")).isTrue();

    JsonPath me =
        signedIn(username, PASSWORD).get("/me").then().statusCode(200).extract().jsonPath();
    assertThat(me.getLong("id")).isEqualTo(id);
    assertThat(me.getString("username")).isEqualTo(username);
    assertThat(me.getList("roles", String.class)).containsExactly("SAMPLER");
    assertThat(me.getLong("organizationId")).isEqualTo(SAMPLING_TEAM);
    assertThat(me.getString("organizationName")).isEqualTo("河南省食品检验研究院抽样一组");
  }

  @Test
  void createdUserCanBeReadBackByTheAdministrator() {
    long id = createUser(uniqueUsername("tech"), LABORATORY, "LAB_TECH").getLong("id");

    JsonPath read = as("admin").get("/users/{id}", id).then().statusCode(200).extract().jsonPath();

    assertThat(read.getList("roles", String.class)).containsExactly("LAB_TECH");
    assertThat(read.getLong("organizationId")).isEqualTo(LABORATORY);
    assertThat(read.getString("password")).isNull();
  }

  @ParameterizedTest(name = "{0} in organization {1}")
  @CsvSource({
    "SAMPLER, " + ZHENGZHOU_AMR,
    "LAB_TECH, " + SAMPLING_TEAM,
    "LAB_REVIEWER, " + ZHENGZHOU_AMR,
    "PLANNER, " + LABORATORY,
    "SUPERVISOR, " + SAMPLING_TEAM
  })
  void roleThatDoesNotFitTheOrganizationIsRejected(String role, long organizationId) {
    String username = uniqueUsername("misfit");

    JsonPath problem =
        as("admin")
            .body(user(username, PASSWORD, organizationId, role))
            .post("/users")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("roles");
    signedIn(username, PASSWORD).get("/me").then().statusCode(401);
  }

  @Test
  void userWithoutRolesIsRejected() {
    Map<String, Object> body = user(uniqueUsername("noroles"), PASSWORD, SAMPLING_TEAM, "SAMPLER");
    body.put("roles", List.of());

    JsonPath problem =
        as("admin").body(body).post("/users").then().statusCode(400).extract().jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("roles");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc123", "onlyletters", "1234567890", ""})
  void weakPasswordIsRejected(String password) {
    JsonPath problem =
        as("admin")
            .body(user(uniqueUsername("weak"), password, SAMPLING_TEAM, "SAMPLER"))
            .post("/users")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("password");
  }

  @Test
  void weakPasswordMessageIsInEnglishWhenAsked() {
    JsonPath problem =
        as("admin", "en")
            .body(user(uniqueUsername("weak"), "short1", SAMPLING_TEAM, "SAMPLER"))
            .post("/users")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getString("errors.find { it.field == 'password' }.message"))
        .contains("at least 8 characters");
  }

  @Test
  void duplicateUsernameIsRejected() {
    String username = uniqueUsername("twin");
    createUser(username, SAMPLING_TEAM, "SAMPLER");

    JsonPath problem =
        as("admin")
            .body(user(username, "Another2024", LABORATORY, "LAB_TECH"))
            .post("/users")
            .then()
            .statusCode(400)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("username");
    // the first account keeps its password
    signedIn(username, PASSWORD).get("/me").then().statusCode(200);
  }

  @Test
  void plannerMayNotListUsers() {
    JsonPath problem =
        as("planner")
            .get("/users")
            .then()
            .statusCode(403)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getInt("status")).isEqualTo(403);
  }

  @Test
  void plannerMayNotCreateUsers() {
    String username = uniqueUsername("byplanner");

    as("planner")
        .body(user(username, PASSWORD, SAMPLING_TEAM, "SAMPLER"))
        .post("/users")
        .then()
        .statusCode(403);

    signedIn(username, PASSWORD).get("/me").then().statusCode(401);
  }

  @Test
  void administratorListsUsersPagedAndSorted() {
    // four users of the test's own, found by their common prefix: exactly these four
    String prefix = uniqueUsername("list");
    List<String> names = List.of(prefix + "-d", prefix + "-b", prefix + "-a", prefix + "-c");
    names.forEach(n -> createUser(n, SAMPLING_TEAM, "SAMPLER"));

    JsonPath page = users(prefix, 0);
    assertThat(page.getInt("total")).isEqualTo(4);
    assertThat(page.getList("items.username", String.class))
        .containsExactly(prefix + "-a", prefix + "-b", prefix + "-c");
    assertThat(page.getList("items.password")).containsOnlyNulls();
    assertThat(users(prefix, 1).getList("items.username", String.class))
        .containsExactly(prefix + "-d");

    // the whole list is sorted the same way
    JsonPath all =
        as("admin")
            .queryParam("sort", "username")
            .queryParam("size", 3)
            .get("/users")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(all.getList("items")).hasSize(3);
    assertThat(all.getList("items.username", String.class)).isSorted();
  }

  private static JsonPath users(String q, int page) {
    return as("admin")
        .queryParam("q", q)
        .queryParam("sort", "username")
        .queryParam("size", 3)
        .queryParam("page", page)
        .get("/users")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void deactivatedUserCanNoLongerSignIn() {
    String username = uniqueUsername("leaver");
    long id = createUser(username, SAMPLING_TEAM, "SAMPLER").getLong("id");
    signedIn(username, PASSWORD).get("/me").then().statusCode(200);

    as("admin").post("/users/{id}/deactivate", id).then().statusCode(200).body("active", is(false));

    signedIn(username, PASSWORD)
        .get("/me")
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM_JSON));
  }

  @Test
  void reactivatedUserCanSignInAgain() {
    String username = uniqueUsername("returner");
    long id = createUser(username, SAMPLING_TEAM, "SAMPLER").getLong("id");
    as("admin").post("/users/{id}/deactivate", id).then().statusCode(200);
    signedIn(username, PASSWORD).get("/me").then().statusCode(401);

    as("admin").post("/users/{id}/activate", id).then().statusCode(200);

    signedIn(username, PASSWORD).get("/me").then().statusCode(200);
  }

  @Test
  void changedPasswordReplacesTheOldOne() {
    String username = uniqueUsername("changer");
    createUser(username, SAMPLING_TEAM, "SAMPLER");
    signedIn(username, PASSWORD).get("/me").then().statusCode(200);

    signedIn(username, PASSWORD)
        .body(Map.of("currentPassword", PASSWORD, "password", "Renewed2025"))
        .put("/me/password")
        .then()
        .statusCode(204);

    signedIn(username, PASSWORD).get("/me").then().statusCode(401);
    signedIn(username, "Renewed2025")
        .get("/me")
        .then()
        .statusCode(200)
        .body("username", equalTo(username));
  }

  @Test
  void passwordChangeNeedsTheCurrentPassword() {
    String username = uniqueUsername("guesser");
    createUser(username, SAMPLING_TEAM, "SAMPLER");

    JsonPath problem =
        signedIn(username, PASSWORD)
            .body(Map.of("currentPassword", "NotMine2024", "password", "Renewed2025"))
            .put("/me/password")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("currentPassword");
    signedIn(username, PASSWORD).get("/me").then().statusCode(200);
    signedIn(username, "Renewed2025").get("/me").then().statusCode(401);
  }

  @Test
  void newPasswordMustBeStrongEnough() {
    String username = uniqueUsername("lazy");
    createUser(username, SAMPLING_TEAM, "SAMPLER");

    JsonPath problem =
        signedIn(username, PASSWORD)
            .body(Map.of("currentPassword", PASSWORD, "password", "short"))
            .put("/me/password")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(problem.getList("errors.field", String.class)).contains("password");
    signedIn(username, PASSWORD).get("/me").then().statusCode(200);
  }

  @Test
  void userChoosesEnglish() {
    String username = uniqueUsername("polyglot");
    createUser(username, SAMPLING_TEAM, "SAMPLER");

    signedIn(username, PASSWORD)
        .body(Map.of("locale", "en"))
        .put("/me/locale")
        .then()
        .statusCode(200)
        .body("locale", equalTo("en"));

    assertThat(signedIn(username, PASSWORD).get("/me").jsonPath().getString("locale"))
        .isEqualTo("en");
  }

  // --- helpers ---

  private static Map<String, Object> user(
      String username, String password, long organizationId, String role) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("displayName", "测试 " + username);
    body.put("password", password);
    body.put("organizationId", organizationId);
    body.put("roles", List.of(role));
    body.put("locale", "zh-CN");
    return body;
  }

  private static JsonPath createUser(String username, long organizationId, String role) {
    return as("admin")
        .body(user(username, PASSWORD, organizationId, role))
        .post("/users")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }
}
