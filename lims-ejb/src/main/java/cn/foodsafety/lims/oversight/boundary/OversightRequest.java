package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an oversight figure is asked for: the statistics' period and group ({@link StatsRequest}:
 * year, quarter, month or from-to, asOf, level, regionId, department, categoryId, labId) and the
 * kind of sampling ({@code kind}, as the facts record it, e.g. SUPERVISORY).
 */
public record OversightRequest(StatsRequest stats, String kind) {

  public static final Set<String> NAMES;

  static {
    java.util.Set<String> names = new java.util.HashSet<>(StatsRequest.NAMES);
    names.add("kind");
    NAMES = Set.copyOf(names);
  }

  private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,29}");

  /**
   * The request, counting {@code defaultKind} when it names no kind of sampling ({@code ALL} still
   * counts every kind): for the figures that count like the statistics (balance: supervisory).
   */
  public static OversightRequest parse(Map<String, String> raw, String defaultKind) {
    String kind = raw.get("kind");
    if (kind != null && !kind.isBlank()) {
      return parse(raw);
    }
    Map<String, String> m = new HashMap<>(raw);
    m.put("kind", defaultKind);
    return parse(m);
  }

  public static OversightRequest parse(Map<String, String> raw) {
    Map<String, String> stats = new HashMap<>(raw);
    String kind = stats.remove("kind");
    Violations v = new Violations();
    String k = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT);
    if (StatsRequest.ALL_KINDS.equals(k)) {
      k = null;
    }
    v.addIf(k != null && !KIND.matcher(k).matches(), "kind", "lims.stats.unknown", kind);
    // the statistics' scope counts supervisory sampling unless told: oversight figures count every
    // kind unless one is asked for, and then the scope asks for the same one
    if (k == null || KIND.matcher(k).matches()) {
      stats.put("kind", k == null ? StatsRequest.ALL_KINDS : k);
    }
    StatsRequest s = null;
    try {
      s = StatsRequest.parse(stats);
    } catch (cn.foodsafety.lims.platform.control.InvalidInputException e) {
      e.errors().forEach(err -> v.add(err.field(), err.key(), err.args().toArray()));
    }
    v.throwIfAny();
    return new OversightRequest(s, k);
  }

  /** The current year, everything the caller may see. */
  public static OversightRequest whole() {
    return parse(Map.of());
  }

  /** The request with a drill-down row's filters on top. */
  public OversightRequest with(Map<String, String> drill) {
    Map<String, String> m = new HashMap<>(asMap());
    m.putAll(drill);
    if (drill.containsKey("month")) {
      m.remove("quarter");
    }
    return parse(m);
  }

  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>(stats.asMap());
    m.remove("kind");
    if (kind != null) {
      m.put("kind", kind);
    }
    return m;
  }
}
