package cn.foodsafety.lims.it;

import static io.restassured.RestAssured.given;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import io.restassured.config.DecoderConfig;
import io.restassured.config.EncoderConfig;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.mapper.ObjectMapper;
import io.restassured.mapper.ObjectMapperDeserializationContext;
import io.restassured.mapper.ObjectMapperSerializationContext;
import io.restassured.specification.RequestSpecification;
import java.util.Locale;

/**
 * What every API test needs: where the deployed application is (system property {@code
 * lims.baseUri}, set by Failsafe) and requests signed in as one of the demo users.
 */
final class ApiTestSupport {

  /** The password of every demo user (AccountBootstrap.DEMO_PASSWORD). */
  static final String DEMO_PASSWORD = "demo1234";

  static final String PROBLEM_JSON = "application/problem+json";

  private static final String JSON = "application/json; charset=UTF-8";

  /**
   * Request bodies (maps and lists) as JSON through Groovy's JSON support, which REST Assured
   * brings along: the module has no Jackson, Gson or Yasson for REST Assured to find.
   */
  private static final ObjectMapper GROOVY_JSON =
      new ObjectMapper() {
        @Override
        public Object serialize(ObjectMapperSerializationContext context) {
          return JsonOutput.toJson(context.getObjectToSerialize());
        }

        @Override
        public Object deserialize(ObjectMapperDeserializationContext context) {
          return new JsonSlurper().parseText(context.getDataToDeserialize().asString());
        }
      };

  /** Answers carry Chinese text; success answers name no charset, so say what JSON is. */
  private static final RestAssuredConfig CONFIG =
      RestAssuredConfig.config()
          .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"))
          .decoderConfig(DecoderConfig.decoderConfig().defaultContentCharset("UTF-8"))
          .objectMapperConfig(
              ObjectMapperConfig.objectMapperConfig().defaultObjectMapper(GROOVY_JSON));

  private ApiTestSupport() {}

  /** The server root, e.g. http://localhost:20080 (MicroProfile /health and /openapi live here). */
  static String baseUri() {
    return System.getProperty("lims.baseUri", "http://localhost:20080");
  }

  /** A request to the server root, without credentials. */
  static RequestSpecification server() {
    return given().config(CONFIG).baseUri(baseUri());
  }

  /** A request to /lims/api without credentials. */
  static RequestSpecification anonymous() {
    return server()
        .basePath("/lims/api")
        .contentType(JSON)
        .accept("application/json, application/problem+json");
  }

  /** A request to /lims/api signed in as a demo user. */
  static RequestSpecification as(String user) {
    return signedIn(user, DEMO_PASSWORD);
  }

  /** A request to /lims/api signed in as a demo user, asking for answers in a language. */
  static RequestSpecification as(String user, String language) {
    return as(user).header("Accept-Language", language);
  }

  /** A request to /lims/api with the given credentials (for users a test created itself). */
  static RequestSpecification signedIn(String user, String password) {
    return anonymous().auth().preemptive().basic(user, password);
  }

  /**
   * A code no other test uses, at most 12 characters (the longest region code). It starts with 9 so
   * it sorts after the seeded codes (41...), leaving the first page of lists as seeded.
   */
  static String uniqueCode() {
    return "9"
        + String.format(Locale.ROOT, "%011d", Math.floorMod(System.nanoTime(), 100_000_000_000L));
  }

  /** A user name no other test uses. */
  static String uniqueUsername(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }
}
