package cn.foodsafety.lims.oversight.rest;

import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of an oversight call: the request's names, and page, size, measure, class.
 */
final class OversightParams {

  private static final Set<String> PAGING =
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
    Violations v = new Violations();
    Map<String, String> raw = new HashMap<>();
    query.forEach(
        (name, values) -> {
          if (OversightRequest.NAMES.contains(name)) {
            raw.put(name, values.isEmpty() ? null : values.get(0));
          } else if (!PAGING.contains(name)) {
            v.add(name, "lims.list.filter.unknown", name);
          }
        });
    v.throwIfAny();
    return defaultKind == null
        ? OversightRequest.parse(raw)
        : OversightRequest.parse(raw, defaultKind);
  }

  /** An id parameter, or null without it; not a number: a field error. */
  static Long id(MultivaluedMap<String, String> query, String name) {
    String s = query.getFirst(name);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, "lims.stats.notNumber", s);
    }
  }

  static int integer(MultivaluedMap<String, String> query, String name, int fallback) {
    String s = query.getFirst(name);
    if (s == null || s.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, "lims.stats.notNumber", s);
    }
  }
}
