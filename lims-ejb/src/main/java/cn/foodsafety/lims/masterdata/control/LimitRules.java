package cn.foodsafety.lims.masterdata.control;

import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.platform.control.Violations;
import java.math.BigDecimal;

/**
 * Which combinations of operator, values and unit make a limit as a national standard states it: "≤
 * 0.05 mg/kg" needs its value, a range (e.g. a pH of 6.0-7.5) a lower value below its upper one,
 * and "must not be detected" (不得检出) or "not permitted" (不得使用) no value at all, since any quantified
 * result fails. Every limit has a unit: a number without one cannot be compared with a result.
 * Limits and detection limits are amounts, so they are never negative.
 */
public final class LimitRules {

  /** The width of the columns that keep a decimal as written (see DecimalText). */
  static final int MAX_TEXT_LENGTH = 40;

  private LimitRules() {}

  /** The broken rules of this limit, as field errors in a new {@link Violations}. */
  public static Violations check(
      LimitOperator operator, BigDecimal value, BigDecimal upper, BigDecimal lod, String unit) {
    return check(operator, value, upper, lod, unit, new Violations());
  }

  /**
   * Adds the broken rules of this limit to {@code into} (the fields are named as the API names
   * them: limitOperator, limitValue, limitUpper, lod, unit) and returns it.
   */
  public static Violations check(
      LimitOperator operator,
      BigDecimal value,
      BigDecimal upper,
      BigDecimal lod,
      String unit,
      Violations into) {
    into.addIf(operator == null, "limitOperator", "lims.field.required");
    into.addIf(unit == null || unit.isBlank(), "unit", "lims.field.required");
    checkValue(operator, value, into);
    checkUpper(operator, value, upper, into);
    if (lod != null) {
      into.addIf(lod.signum() < 0, "lod", "lims.field.notNegative");
      tooLong(lod, "lod", into);
    }
    return into;
  }

  private static void checkValue(LimitOperator operator, BigDecimal value, Violations into) {
    if (operator != null && !operator.needsValue() && value != null) {
      into.add("limitValue", "lims.testItem.limit.noValue", operator);
    } else if (operator != null && operator.needsValue() && value == null) {
      into.add("limitValue", "lims.testItem.limit.valueRequired", operator);
    } else if (value != null) {
      into.addIf(value.signum() < 0, "limitValue", "lims.testItem.limit.notNegative");
      tooLong(value, "limitValue", into);
    }
  }

  private static void checkUpper(
      LimitOperator operator, BigDecimal value, BigDecimal upper, Violations into) {
    if (operator != null && !operator.needsUpper() && upper != null) {
      // an upper value is only read for a range; dropping it silently would hide a typing error
      into.add("limitUpper", "lims.testItem.limit.noValue", operator);
    } else if (operator != null && operator.needsUpper() && upper == null) {
      into.add("limitUpper", "lims.testItem.limit.upperRequired");
    } else if (upper != null) {
      if (upper.signum() < 0) {
        into.add("limitUpper", "lims.testItem.limit.notNegative");
      } else if (value != null && upper.compareTo(value) <= 0) {
        into.add("limitUpper", "lims.testItem.limit.rangeOrder");
      }
      tooLong(upper, "limitUpper", into);
    }
  }

  private static void tooLong(BigDecimal number, String field, Violations into) {
    into.addIf(
        number.toPlainString().length() > MAX_TEXT_LENGTH,
        field,
        "lims.field.tooLong",
        new Violations.NamedArgument("max", MAX_TEXT_LENGTH));
  }
}
