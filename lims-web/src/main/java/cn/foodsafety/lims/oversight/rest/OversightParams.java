package cn.foodsafety.lims.oversight.rest;

import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.platform.rest.QueryValues;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of an oversight call: the request's names, and page, size, measure and the
 * filters of the oversight lists (class, state, ...).
 */
final class OversightParams {

  private static final Set<String> OTHERS =
      Set.of(
          "page",
          "size",
          "measure",
          "class",
          "state",
          "by",
          "target",
          "teamId",
          "severity",
          "stratum");

  private OversightParams() {}

  static OversightRequest request(MultivaluedMap<String, String> query) {
    return request(query, null);
  }

  /** The request; without a kind of sampling it counts {@code defaultKind} (null: every kind). */
  static OversightRequest request(MultivaluedMap<String, String> query, String defaultKind) {
    Map<String, String> raw = QueryValues.named(query, OversightRequest.NAMES, OTHERS);
    return defaultKind == null
        ? OversightRequest.parse(raw)
        : OversightRequest.parse(raw, defaultKind);
  }
}
