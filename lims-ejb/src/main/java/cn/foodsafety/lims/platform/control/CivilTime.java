package cn.foodsafety.lims.platform.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one civil time zone of the system: China Standard Time. Every "today", every working day and
 * every date a person reads is a date in Beijing, whatever the server's zone. "Now" comes from the
 * one injected {@link Clock} ({@code platform.boundary.SystemClock}, replaced by the demonstration
 * clock in the development EAR); this class only turns its instants into civil dates.
 */
public final class CivilTime {

  /** The zone's id, for SQL ({@code AT TIME ZONE}) and timer schedules that take a string. */
  public static final String ZONE_ID = "Asia/Shanghai";

  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  private CivilTime() {}

  /** Today in China by the given clock. */
  public static LocalDate today(Clock clock) {
    return clock.instant().atZone(ZONE).toLocalDate();
  }

  /** The civil date of an instant; null stays null. */
  public static LocalDate dayOf(Instant at) {
    return at == null ? null : at.atZone(ZONE).toLocalDate();
  }

  /** An instant as Beijing time with its offset (+08:00); null stays null. */
  public static OffsetDateTime at(Instant at) {
    return at == null ? null : at.atZone(ZONE).toOffsetDateTime();
  }
}
