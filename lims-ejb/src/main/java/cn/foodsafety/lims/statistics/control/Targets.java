package cn.foodsafety.lims.statistics.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The targets the figures are judged against (DOMAIN.md; settings {@code target.*} may change
 * them): overall pass rate 98%, routine monitoring of edible agricultural products 97%, dairy and
 * meat products 99%, 100% of the quota; follow-up rates by level: national 100/100/90, provincial
 * and municipal 100/95/85 (disposal / completion / on time).
 */
public record Targets(Map<String, BigDecimal> values) {

  public static final String PASS_OVERALL = "target.passRate.overall";
  public static final String PASS_ROUTINE_AGRI = "target.passRate.routineEdibleAgri";
  public static final String PASS_DAIRY = "target.passRate.dairy";
  public static final String PASS_MEAT = "target.passRate.meat";
  public static final String QUOTA = "target.quota.percent";

  /** The defaults of DOMAIN.md, in the order the settings list them. */
  public static Map<String, BigDecimal> defaults() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put(PASS_OVERALL, new BigDecimal("98"));
    m.put(PASS_ROUTINE_AGRI, new BigDecimal("97"));
    m.put(PASS_DAIRY, new BigDecimal("99"));
    m.put(PASS_MEAT, new BigDecimal("99"));
    m.put(QUOTA, new BigDecimal("100"));
    for (String level : new String[] {"NATIONAL", "PROVINCIAL", "MUNICIPAL"}) {
      boolean national = level.equals("NATIONAL");
      m.put(disposal(level), new BigDecimal("100"));
      m.put(completion(level), new BigDecimal(national ? "100" : "95"));
      m.put(onTime(level), new BigDecimal(national ? "90" : "85"));
    }
    return m;
  }

  public static String disposal(String level) {
    return "target.disposal." + level;
  }

  public static String completion(String level) {
    return "target.completion." + level;
  }

  public static String onTime(String level) {
    return "target.onTime." + level;
  }

  public BigDecimal get(String name) {
    return values.get(name);
  }
}
