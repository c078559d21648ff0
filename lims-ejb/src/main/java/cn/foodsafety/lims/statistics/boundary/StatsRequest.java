package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a figure or a list is asked for, as the caller typed it: the period ({@code year} with
 * {@code quarter} or {@code month}, or {@code from} and {@code to}; {@code asOf}) and the group
 * ({@code level}, {@code regionId}, {@code department}, {@code categoryId}, {@code labId}, {@code
 * kind} of sampling: supervisory unless asked, or {@code ALL}). Every value that does not parse is
 * a field error.
 */
public record StatsRequest(
    Integer year,
    Integer quarter,
    Integer month,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    SamplingLevel level,
    Long regionId,
    Department department,
    Long categoryId,
    Long labId,
    String kind) {

  /**
   * All kinds of sampling together; without a {@code kind} a figure counts supervisory sampling.
   */
  public static final String ALL_KINDS = "ALL";

  /**
   * The kind of sampling the figures count: the targets judge supervisory sampling (DOMAIN.md), so
   * that is the default; {@code ALL} counts every kind.
   */
  public StatsRequest {
    kind = kind == null ? SamplingKind.SUPERVISORY.name() : kind;
  }

  /** The kind as the figures' conditions take it: null for every kind. */
  public String kindCondition() {
    return ALL_KINDS.equals(kind) ? null : kind;
  }

  public static final Set<String> NAMES =
      Set.of(
          "year",
          "quarter",
          "month",
          "from",
          "to",
          "asOf",
          "level",
          "regionId",
          "department",
          "categoryId",
          "labId",
          "kind");

  public static StatsRequest parse(Map<String, String> raw) {
    Violations v = new Violations();
    StatsRequest r =
        new StatsRequest(
            integer(raw, "year", v),
            integer(raw, "quarter", v),
            integer(raw, "month", v),
            date(raw, "from", v),
            date(raw, "to", v),
            date(raw, "asOf", v),
            enumValue(raw, "level", SamplingLevel.class, v),
            id(raw, "regionId", v),
            enumValue(raw, "department", Department.class, v),
            id(raw, "categoryId", v),
            id(raw, "labId", v),
            kind(raw, v));
    v.throwIfAny();
    return r;
  }

  /** The request with the group of a drill-down row on top (a month replaces a quarter). */
  public StatsRequest with(Map<String, String> drill) {
    Map<String, String> m = new java.util.HashMap<>(asMap());
    m.putAll(drill);
    if (drill.containsKey("month")) {
      m.remove("quarter");
    }
    return parse(m);
  }

  public Map<String, String> asMap() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    put(m, "year", year);
    put(m, "quarter", quarter);
    put(m, "month", month);
    put(m, "from", from);
    put(m, "to", to);
    put(m, "asOf", asOf);
    put(m, "level", level);
    put(m, "regionId", regionId);
    put(m, "department", department);
    put(m, "categoryId", categoryId);
    put(m, "labId", labId);
    put(m, "kind", kind);
    return m;
  }

  private static void put(Map<String, String> m, String k, Object v) {
    if (v != null) {
      m.put(k, v instanceof Enum<?> e ? e.name() : v.toString());
    }
  }

  private static String text(Map<String, String> raw, String name) {
    String s = raw.get(name);
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String kind(Map<String, String> raw, Violations v) {
    String s = text(raw, "kind");
    if (s == null || ALL_KINDS.equalsIgnoreCase(s)) {
      return s == null ? null : ALL_KINDS;
    }
    SamplingKind k = enumValue(raw, "kind", SamplingKind.class, v);
    return k == null ? null : k.name();
  }

  private static Integer integer(Map<String, String> raw, String name, Violations v) {
    String s = text(raw, name);
    if (s == null) {
      return null;
    }
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      v.add(name, "lims.stats.notNumber", s);
      return null;
    }
  }

  private static Long id(Map<String, String> raw, String name, Violations v) {
    String s = text(raw, name);
    if (s == null) {
      return null;
    }
    try {
      return Long.valueOf(s);
    } catch (NumberFormatException e) {
      v.add(name, "lims.stats.notNumber", s);
      return null;
    }
  }

  private static LocalDate date(Map<String, String> raw, String name, Violations v) {
    String s = text(raw, name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      v.add(name, "lims.stats.notDate", s);
      return null;
    }
  }

  private static <E extends Enum<E>> E enumValue(
      Map<String, String> raw, String name, Class<E> type, Violations v) {
    String s = text(raw, name);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.add(name, "lims.stats.unknown", s);
      return null;
    }
  }
}
