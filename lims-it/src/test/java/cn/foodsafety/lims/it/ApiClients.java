package cn.foodsafety.lims.it;

import cn.foodsafety.lims.client.ApiClient;
import cn.foodsafety.lims.client.ApiException;
import cn.foodsafety.lims.client.model.Problem;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The generated Java client (lims-client, from config/openapi/lims-openapi.yaml) pointed at the
 * deployed application. It reads strictly: a field the application sends that the document does not
 * describe fails the call, so the document cannot fall behind the API.
 */
final class ApiClients {

  private ApiClients() {}

  /** A client signed in as a demo user (HTTP Basic). */
  static ApiClient as(String user) {
    return signedIn(user, ApiTestSupport.DEMO_PASSWORD);
  }

  static ApiClient signedIn(String user, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return anonymous().setRequestInterceptor(b -> b.header("Authorization", "Basic " + basic));
  }

  /** A client without credentials (the public feed). */
  static ApiClient anonymous() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(ApiTestSupport.baseUri() + "/lims");
    client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return client;
  }

  /** The problem detail of a refused call, read with the document's Problem schema. */
  static Problem problem(ApiClient client, ApiException e) {
    try {
      return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    } catch (java.io.IOException notAProblem) {
      throw new AssertionError("not a problem detail: " + e.getResponseBody(), notAProblem);
    }
  }
}
