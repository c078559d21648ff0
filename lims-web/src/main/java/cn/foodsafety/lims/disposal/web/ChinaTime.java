package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.platform.control.CivilTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the people of the follow-up read them: Beijing time, to the minute ({@code
 * #{chinaTime.of(step.recordedAt)}}). The server's own zone does not matter.
 */
@Named
@ApplicationScoped
public class ChinaTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CivilTime.ZONE);

  /** An {@link Instant} or an {@link java.time.OffsetDateTime} (the history's times). */
  public String of(Object at) {
    if (at instanceof Instant i) {
      return FORMAT.format(i);
    }
    if (at instanceof java.time.temporal.TemporalAccessor t) {
      return FORMAT.format(Instant.from(t));
    }
    return at == null ? "" : at.toString();
  }
}
