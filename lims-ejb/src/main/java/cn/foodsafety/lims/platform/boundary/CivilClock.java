package cn.foodsafety.lims.platform.boundary;

import cn.foodsafety.lims.platform.control.CivilTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Today and now in China by the one injected {@link Clock}, for the pages (their default dates and
 * times) so that they agree with the boundaries, also under the demonstration clock. An application
 * scoped bean, so a view-scoped page bean can hold it (its proxy is serializable, a clock is not).
 */
@ApplicationScoped
public class CivilClock {

  @Inject Clock clock;

  /** Today's date in China. */
  public LocalDate today() {
    return CivilTime.today(clock);
  }

  /** Beijing time now, to the minute (the default of a date-time field on a form). */
  public LocalDateTime nowToTheMinute() {
    return LocalDateTime.ofInstant(clock.instant(), CivilTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
  }
}
