package cn.foodsafety.lims.sampling.control;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.sampling.entity.StorageCondition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The rules of the sampling form that need no database: numbers and times as the sampler typed
 * them, the order of dates, two different samplers, the licence number of the sampled party. Each
 * broken rule is a field error named as the API names the field; nothing is thrown here.
 */
public final class SampleFormRules {

  /** A phone's clock may run a little ahead of the server's; more than this is "the future". */
  public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  private SampleFormRules() {}

  /** A required decimal above zero (quantities), or null with a field error. */
  public static BigDecimal positiveDecimal(String text, String field, Violations v) {
    BigDecimal value = decimal(text, field, true, v);
    if (value != null && value.signum() <= 0) {
      v.add(field, "lims.field.positive");
      return null;
    }
    return value;
  }

  /** A decimal, null when blank (and then a field error if required) or not a number. */
  public static BigDecimal decimal(String text, String field, boolean required, Violations v) {
    if (text == null || text.isBlank()) {
      v.addIf(required, field, "lims.field.required");
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.precision() - value.scale() > 12 || value.scale() > 8) {
        v.add(field, "lims.field.number");
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      v.add(field, "lims.field.number");
      return null;
    }
  }

  /**
   * The backup sample (Art. 25): required and above zero where the kind of sampling keeps one; a
   * kind that keeps none (risk monitoring: not an enforcement basis, no re-inspection) refuses a
   * backup quantity rather than record a sample that nobody will keep.
   */
  public static BigDecimal backupQuantity(
      boolean kept, SamplingKind kind, String text, Violations v) {
    if (kept) {
      return positiveDecimal(text, "backupQuantity", v);
    }
    v.addIf(text != null && !text.isBlank(), "backupQuantity", "lims.sample.kind.noBackup", kind);
    return null;
  }

  /** A coordinate within a range (latitude 90, longitude 180), optional. */
  public static BigDecimal coordinate(String text, String field, int limit, Violations v) {
    BigDecimal value = decimal(text, field, false, v);
    if (value != null && value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      v.add(field, "lims.sample.coordinate.range", limit);
      return null;
    }
    return value;
  }

  /**
   * A moment as ISO text: with an offset ({@code 2026-03-02T09:30:00+08:00}) or without, then read
   * as China time. Required; not in the future.
   */
  public static Instant pastMoment(String text, String field, Instant now, Violations v) {
    if (text == null || text.isBlank()) {
      v.add(field, "lims.field.required");
      return null;
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        at = LocalDateTime.parse(text.strip()).atZone(CivilTime.ZONE).toInstant();
      } catch (DateTimeParseException e2) {
        v.add(field, "lims.field.dateTime", text);
        return null;
      }
    }
    if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
      v.add(field, "lims.sample.time.future");
      return null;
    }
    return at;
  }

  /** An ISO date ({@code 2026-03-02}), optional. */
  public static LocalDate date(String text, String field, Violations v) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      v.add(field, "lims.field.date", text);
      return null;
    }
  }

  /** Food cannot have been produced after it was sampled. */
  public static void productionNotAfterSampling(
      LocalDate production, Instant sampledAt, Violations v) {
    if (production != null && sampledAt != null) {
      LocalDate sampledOn = sampledAt.atZone(CivilTime.ZONE).toLocalDate();
      v.addIf(
          production.isAfter(sampledOn),
          "productionDate",
          "lims.sample.productionDate.afterSampling",
          production,
          sampledOn);
    }
  }

  /** Two different people sign as samplers. */
  public static void differentSamplers(Long sampler1Id, Long sampler2Id, Violations v) {
    v.addIf(sampler1Id == null, "sampler1Id", "lims.field.required");
    v.addIf(sampler2Id == null, "sampler2Id", "lims.field.required");
    v.addIf(
        sampler1Id != null && Objects.equals(sampler1Id, sampler2Id),
        "sampler2Id",
        "lims.sample.samplers.same");
  }

  /** Every kind of party but a small farmer gives its licence number. */
  public static void licenceWhereRequired(PartyKind kind, String licence, Violations v) {
    v.addIf(
        kind != null && kind.requiresLicence() && (licence == null || licence.isBlank()),
        "partyLicence",
        "lims.sample.partyLicence.required",
        kind);
  }

  /** Chilled and frozen samples travel with a recorded temperature. */
  public static BigDecimal temperature(StorageCondition storage, String text, Violations v) {
    BigDecimal t = decimal(text, "temperature", false, v);
    v.addIf(
        storage != null && storage.needsTemperature() && t == null && !v.has("temperature"),
        "temperature",
        "lims.sample.temperature.required",
        storage);
    return t;
  }
}
