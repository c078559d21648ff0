package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.PROBLEM_JSON;
import static cn.foodsafety.lims.it.ApiTestSupport.anonymous;
import static cn.foodsafety.lims.it.ApiTestSupport.server;
import static cn.foodsafety.lims.it.ApiTestSupport.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** What operations relies on: health answers, the API description and sign-in checks. */
class PlatformIT {

  @Test
  void applicationHealthIsUpWithoutSignInAndNamesTheSchemaVersion() {
    JsonPath health = anonymous().get("/health").then().statusCode(200).extract().jsonPath();

    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getString("schemaVersion")).isNotBlank();
  }

  @Test
  void serverHealthIsUpIncludingTheDatabase() {
    JsonPath health = server().get("/health").then().statusCode(200).extract().jsonPath();

    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getString("checks.find { it.name == 'database' }.status")).isEqualTo("UP");
    assertThat(health.getString("checks.find { it.name == 'database' }.data.product"))
        .containsIgnoringCase("PostgreSQL");
  }

  @Test
  void openApiDocumentDescribesTheRegionsApi() {
    String document = server().get("/openapi").then().statusCode(200).extract().asString();

    assertThat(document).contains("/api/regions").contains("/api/users").contains("/api/me");
  }

  @Test
  void wrongPasswordIsUnauthorizedWithAProblem() {
    JsonPath problem =
        signedIn("planner", "wrong-password-1")
            .get("/me")
            .then()
            .statusCode(401)
            .contentType(startsWith(PROBLEM_JSON))
            .extract()
            .jsonPath();

    assertThat(problem.getInt("status")).isEqualTo(401);
    assertThat(problem.getString("title")).isNotBlank();
  }

  @Test
  void unknownUserIsUnauthorized() {
    signedIn("nobody-" + System.nanoTime(), "demo1234").get("/me").then().statusCode(401);
  }

  @Test
  void demoUserSeesItself() {
    JsonPath me =
        signedIn("planner", "demo1234").get("/me").then().statusCode(200).extract().jsonPath();

    assertThat(me.getString("username")).isEqualTo("planner");
    assertThat(me.getList("roles", String.class)).contains("PLANNER");
  }
}
