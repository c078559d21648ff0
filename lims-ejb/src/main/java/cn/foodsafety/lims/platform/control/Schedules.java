package cn.foodsafety.lims.platform.control;

import jakarta.ejb.ScheduleExpression;
import java.util.Locale;

/**
 * A timer's schedule written as text, so that a server can be told another one without a rebuild:
 * {@code "hour=1 minute=5"} (the default of the deadline sweep: 01:05 every day) or, for the
 * cluster failure test, {@code "hour=* minute=* second=0"} (every minute). Fields not named keep
 * the calendar-timer defaults (second 0, minute 0, hour 0, every day); the zone is Beijing time.
 */
public final class Schedules {

  private Schedules() {}

  public static ScheduleExpression parse(String text, String zone) {
    ScheduleExpression e = new ScheduleExpression().timezone(zone);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty schedule");
    }
    for (String part : text.trim().split("[\\s;,]+")) {
      int eq = part.indexOf('=');
      if (eq <= 0 || eq == part.length() - 1) {
        throw new IllegalArgumentException("not field=value: " + part);
      }
      String value = part.substring(eq + 1);
      switch (part.substring(0, eq).toLowerCase(Locale.ROOT)) {
        case "second" -> e.second(value);
        case "minute" -> e.minute(value);
        case "hour" -> e.hour(value);
        case "dayofweek" -> e.dayOfWeek(value);
        case "dayofmonth" -> e.dayOfMonth(value);
        case "month" -> e.month(value);
        default -> throw new IllegalArgumentException("unknown field: " + part);
      }
    }
    return e;
  }
}
