package cn.foodsafety.lims.results.entity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Conversion between the concentration units of results and limits. Units convert only within their
 * family (mass per kilogram, mass per litre); the factor is a power of ten, so the conversion moves
 * the decimal point and keeps every reported digit.
 */
public final class Units {

  private record Unit(String family, int exponent) {}

  /** Exponent relative to mg per kg (or per L): g = +3, mg = 0, μg = -3, ng = -6. */
  private static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("g/kg", new Unit("kg", 3)),
          Map.entry("g/100g", new Unit("kg", 4)),
          Map.entry("%", new Unit("kg", 4)),
          Map.entry("mg/kg", new Unit("kg", 0)),
          Map.entry("mg/100g", new Unit("kg", 1)),
          Map.entry("μg/g", new Unit("kg", 0)),
          Map.entry("μg/kg", new Unit("kg", -3)),
          Map.entry("ng/g", new Unit("kg", -3)),
          Map.entry("ng/kg", new Unit("kg", -6)),
          Map.entry("g/l", new Unit("l", 3)),
          Map.entry("mg/l", new Unit("l", 0)),
          Map.entry("μg/l", new Unit("l", -3)),
          Map.entry("ng/l", new Unit("l", -6)));

  private Units() {}

  /** The unit as this class knows it: "ug/kg" and "µg/kg" are "μg/kg", "mg/L" is "mg/l". */
  public static String normalize(String unit) {
    if (unit == null) {
      return null;
    }
    return unit.strip()
        .replace('µ', 'μ')
        .replace("ug/", "μg/")
        .replace(" ", "")
        .toLowerCase(Locale.ROOT)
        .replace("μg/", "μg/");
  }

  public static boolean isKnown(String unit) {
    return UNITS.containsKey(normalize(unit));
  }

  /** The value in the target unit, or empty when the two units cannot be converted. */
  public static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
    Unit f = UNITS.get(normalize(from));
    Unit t = UNITS.get(normalize(to));
    if (f == null || t == null || !f.family().equals(t.family())) {
      return Optional.empty();
    }
    return Optional.of(value.movePointRight(f.exponent() - t.exponent()));
  }
}
