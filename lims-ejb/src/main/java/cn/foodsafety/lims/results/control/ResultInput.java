package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.results.entity.Units;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Checks a result as a laboratory types it, before anything is judged or written: the value is a
 * decimal written with the lab's digits (kept as written: "0.130" stays "0.130") or "not detected"
 * with the limit of detection; a concentration is never negative; the unit must convert into the
 * limit's unit. Each problem is a field error under the given prefix.
 *
 * <p>A value below the limit of detection (the one written with the result, or else the item's) is
 * not a measurement: DOMAIN.md reports it as 未检出 with the LOD. It is refused with a field error
 * that says so, and the lab chooses: record 未检出 (with the LOD) or correct the value.
 */
public final class ResultInput {

  private ResultInput() {}

  /** A checked result: the value (null when not detected), the LOD and the unit as normalized. */
  public record Checked(BigDecimal value, boolean notDetected, BigDecimal lod, String unit) {}

  public static Optional<Checked> check(
      String valueText,
      boolean notDetected,
      String lodText,
      String unit,
      String limitUnit,
      String prefix,
      Violations v) {
    return check(valueText, notDetected, lodText, unit, limitUnit, "", null, null, prefix, v);
  }

  /**
   * As above for the item {@code analyte}, with its own limit of detection ({@code itemLod} in
   * {@code itemLodUnit}), used when the lab writes none.
   */
  public static Optional<Checked> check(
      String valueText,
      boolean notDetected,
      String lodText,
      String unit,
      String limitUnit,
      String analyte,
      BigDecimal itemLod,
      String itemLodUnit,
      String prefix,
      Violations v) {
    boolean bad = false;
    BigDecimal value = null;
    if (notDetected) {
      if (valueText != null && !valueText.isBlank()) {
        v.add(prefix + "value", "lims.result.valueWithNotDetected");
        bad = true;
      }
    } else if (valueText == null || valueText.isBlank()) {
      v.add(prefix + "value", "lims.field.required");
      bad = true;
    } else {
      value = decimal(valueText, prefix + "value", v);
      bad |= value == null;
    }
    BigDecimal lod = null;
    if (lodText != null && !lodText.isBlank()) {
      lod = decimal(lodText, prefix + "lod", v);
      bad |= lod == null;
    }
    String normalized = unit == null || unit.isBlank() ? null : Units.normalize(unit);
    if (normalized == null) {
      v.add(prefix + "unit", "lims.field.required");
      bad = true;
    } else if (!Units.isKnown(normalized)) {
      v.add(prefix + "unit", "lims.import.unitUnknown");
      bad = true;
    } else if (Units.convert(BigDecimal.ONE, normalized, limitUnit).isEmpty()) {
      v.add(prefix + "unit", "lims.result.unit.incompatible", unit.strip(), limitUnit);
      bad = true;
    }
    if (!bad && value != null) {
      BigDecimal limitOfDetection = lod;
      if (limitOfDetection == null && itemLod != null) {
        String from = Units.normalize(itemLodUnit == null ? limitUnit : itemLodUnit);
        limitOfDetection = Units.convert(itemLod, from, normalized).orElse(null);
      }
      if (limitOfDetection != null && value.compareTo(limitOfDetection) < 0) {
        v.add(
            prefix + "value",
            "lims.result.belowLod",
            valueText.strip(),
            limitOfDetection.stripTrailingZeros().toPlainString(),
            normalized,
            analyte == null ? "" : analyte);
        bad = true;
      }
    }
    return bad ? Optional.empty() : Optional.of(new Checked(value, notDetected, lod, normalized));
  }

  /** Digits a measured value may have before and after the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 12;

  public static final int MAX_FRACTION_DIGITS = 10;

  private static final java.util.regex.Pattern PLAIN_DECIMAL =
      java.util.regex.Pattern.compile(
          "[+-]?[0-9]{1," + MAX_INTEGER_DIGITS + "}(\\.[0-9]{1," + MAX_FRACTION_DIGITS + "})?");

  /**
   * Whether the text is a plain decimal within the caps, checked on its length first so that a
   * megabyte of digits is refused at once: no exponent ("1e309"), at most {@link
   * #MAX_INTEGER_DIGITS} digits before and {@link #MAX_FRACTION_DIGITS} after the point (the
   * converted value must fit the result columns).
   */
  public static boolean isPlainDecimal(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    return t.length() <= MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 2
        && PLAIN_DECIMAL.matcher(t).matches();
  }

  /** The test date: not after today, not before the sample's receipt (both in Beijing time). */
  public static void checkTestedOn(
      java.time.LocalDate testedOn,
      java.time.LocalDate receivedOn,
      java.time.LocalDate today,
      String field,
      Violations v) {
    if (testedOn == null) {
      return;
    }
    if (testedOn.isAfter(today)) {
      v.add(field, "lims.result.testedOn.future", today);
    } else if (receivedOn != null && testedOn.isBefore(receivedOn)) {
      v.add(field, "lims.result.testedOn.beforeReceipt", receivedOn);
    }
  }

  /** The decimal as written, or null (with a field error) when it is not one or is negative. */
  private static BigDecimal decimal(String text, String field, Violations v) {
    BigDecimal d;
    String t = text.strip();
    if (!isPlainDecimal(t)) {
      boolean numeric =
          t.length() > 64 || t.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
      v.add(
          field,
          numeric ? "lims.field.decimalFormat" : "lims.field.number",
          MAX_INTEGER_DIGITS,
          MAX_FRACTION_DIGITS);
      return null;
    }
    try {
      d = new BigDecimal(t);
    } catch (NumberFormatException e) {
      v.add(field, "lims.field.number");
      return null;
    }
    if (d.signum() < 0) {
      v.add(field, "lims.field.notNegative");
      return null;
    }
    return d;
  }
}
