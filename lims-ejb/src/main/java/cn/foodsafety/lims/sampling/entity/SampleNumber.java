package cn.foodsafety.lims.sampling.entity;

import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A readable sample number: {@code <county code>-<year>-<level letter>-<6-digit sequence>}, e.g.
 * {@code 410105-2026-M-000042}. The prefix (everything before the sequence) names one counter; the
 * sequence runs from 1 without gaps within it.
 *
 * @param prefix region code, year and level letter
 * @param sequence from 1
 */
public record SampleNumber(String prefix, long sequence) {

  /** Six digits: a county-level unit collects far fewer than a million batches a year per level. */
  public static final long MAX_SEQUENCE = 999_999;

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{1,12}-\\d{4}-[A-Z]-\\d{6}");

  public SampleNumber {
    Objects.requireNonNull(prefix);
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      // a counter that ran past six digits: the year's numbers of this region and level are used up
      throw new RuleViolationException("lims.sample.number.exhausted", prefix);
    }
  }

  /** The counter a number is taken from. */
  public static String prefix(String regionCode, int year, SamplingLevel level) {
    if (regionCode == null || regionCode.isBlank() || regionCode.contains("-")) {
      throw new RuleViolationException("lims.sample.number.regionCode", regionCode);
    }
    if (year < 1000 || year > 9999) {
      throw InvalidInputException.of("sampledAt", "lims.sample.number.year", year);
    }
    return regionCode + "-" + year + "-" + level.code();
  }

  public static SampleNumber of(String regionCode, int year, SamplingLevel level, long sequence) {
    return new SampleNumber(prefix(regionCode, year, level), sequence);
  }

  /** Reads a number written by {@link #toString()}. */
  public static SampleNumber parse(String text) {
    if (text == null || !FORMAT.matcher(text).matches()) {
      throw InvalidInputException.of("sampleNumber", "lims.sample.number.invalid", text);
    }
    int last = text.lastIndexOf('-');
    return new SampleNumber(text.substring(0, last), Long.parseLong(text.substring(last + 1)));
  }

  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  @Override
  public String toString() {
    return prefix + "-" + String.format(java.util.Locale.ROOT, "%06d", sequence);
  }
}
