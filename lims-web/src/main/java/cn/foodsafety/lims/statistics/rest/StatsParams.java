package cn.foodsafety.lims.statistics.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The query parameters of a statistics call: the request's names, and page, size, measure. */
final class StatsParams {

  private static final Set<String> PAGING = Set.of("page", "size", "measure");

  private StatsParams() {}

  static StatsRequest request(MultivaluedMap<String, String> query) {
    Violations v = new Violations();
    Map<String, String> raw = new HashMap<>();
    query.forEach(
        (name, values) -> {
          if (StatsRequest.NAMES.contains(name)) {
            raw.put(name, values.isEmpty() ? null : values.get(0));
          } else if (!PAGING.contains(name)) {
            v.add(name, "lims.list.filter.unknown", name);
          }
        });
    v.throwIfAny();
    return StatsRequest.parse(raw);
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
