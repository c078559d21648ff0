package cn.foodsafety.lims.results.entity;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test report's number: {@code <lab code>-<year>-<running number, at least 6 digits>}, e.g.
 * {@code LAB-ZZAQ-2026-000123}. The lab code names who issued it (it may itself contain "-"), the
 * year when, and the running number comes from one sequence, so no two reports share a number. A
 * report keeps its number through amendments (a new version, the same number).
 *
 * @param labCode the issuing laboratory's code
 * @param year the civil year of the first approval
 * @param sequence from 1
 */
public record ReportNumber(String labCode, int year, long sequence) {

  private static final Pattern FORMAT = Pattern.compile("(\\S+)-(\\d{4})-(\\d{6,18})");

  public ReportNumber {
    if (labCode == null || labCode.isBlank() || labCode.chars().anyMatch(Character::isWhitespace)) {
      throw new RuleViolationException("lims.report.number.labCode", labCode);
    }
    if (year < 1000 || year > 9999) {
      throw new RuleViolationException("lims.report.number.year", year);
    }
    if (sequence < 1) {
      throw new RuleViolationException("lims.report.number.sequence", sequence);
    }
  }

  /** Reads a number written by {@link #toString()}, or a field error on {@code reportNumber}. */
  public static ReportNumber parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.strip());
    if (m == null || !m.matches() || Long.parseLong(m.group(3)) < 1) {
      throw InvalidInputException.of("reportNumber", "lims.report.number.invalid", text);
    }
    return new ReportNumber(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
  }

  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    Matcher m = FORMAT.matcher(text.strip());
    return m.matches() && Long.parseLong(m.group(3)) >= 1;
  }

  @Override
  public String toString() {
    return labCode + "-" + year + "-" + String.format(Locale.ROOT, "%06d", sequence);
  }
}
