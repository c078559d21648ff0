package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Query parameters that a resource reads by hand, because they form a group one annotation
 * documents (the period and group of the figures, {@code statistics.rest.FigureQuery}): the known
 * names taken into a map for the boundary's parser, any other name a field error, numbers with a
 * field error naming the parameter.
 */
public final class QueryValues {

  private QueryValues() {}

  /**
   * The first value of each of {@code names}; a parameter in neither {@code names} nor {@code
   * others} (read elsewhere, e.g. the paging) is refused at its name.
   */
  public static Map<String, String> named(
      MultivaluedMap<String, String> query, Set<String> names, Set<String> others) {
    Violations v = new Violations();
    Map<String, String> raw = new HashMap<>();
    query.forEach(
        (name, values) -> {
          if (names.contains(name)) {
            raw.put(name, values.isEmpty() ? null : values.get(0));
          } else if (!others.contains(name)) {
            v.add(name, "lims.list.filter.unknown", name);
          }
        });
    v.throwIfAny();
    return raw;
  }

  /** A whole number, or {@code fallback} without it; not a number: a field error. */
  public static int integer(MultivaluedMap<String, String> query, String name, int fallback) {
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

  /** An id, or null without it; not a number: a field error. */
  public static Long id(MultivaluedMap<String, String> query, String name) {
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
}
