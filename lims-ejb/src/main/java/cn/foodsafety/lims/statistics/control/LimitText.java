package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.platform.control.Messages;
import java.util.Locale;

/** A limit as printed: "≤0.05", "≥3.0", "0.5~1.0", "不得检出" (must not be detected). */
final class LimitText {

  private LimitText() {}

  static String of(String operator, String value, String upper, Locale locale) {
    if (operator == null) {
      return "";
    }
    return switch (operator) {
      case "LE" -> "≤" + value;
      case "GE" -> "≥" + value;
      case "RANGE" -> value + "~" + upper;
      default -> Messages.text(locale, "enum.LimitOperator." + operator);
    };
  }
}
