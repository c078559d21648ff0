package cn.foodsafety.lims.masterdata.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic on the national calendar: Monday to Friday are working days, Saturday and
 * Sunday rest days, except the dates the State Council lists as holidays or as make-up working
 * days. Periods are counted as the Civil Code says (arts. 201, 203): the day on which a period
 * starts is not counted, and a period in calendar days whose last day is a rest day ends on the
 * next working day. Immutable and safe to share.
 */
public final class WorkingDayCalendar {

  /**
   * The longest run of consecutive rest days a calendar may have: a year. The State Council's
   * longest holiday with its weekends is about nine days; a longer run is a mistake in the entries,
   * and without a working day inside a year no deadline could be counted. The calendar edits refuse
   * an entry that would make a longer run ({@link #restDaysAround}).
   */
  public static final int LONGEST_REST = 366;

  private final NavigableMap<LocalDate, DayKind> exceptions;
  private final Set<Integer> years;

  public WorkingDayCalendar(Map<LocalDate, DayKind> exceptions) {
    this.exceptions = new TreeMap<>(exceptions);
    this.years = exceptions.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet());
  }

  public boolean isWorkingDay(LocalDate date) {
    DayKind kind = exceptions.get(Objects.requireNonNull(date));
    if (kind != null) {
      return kind == DayKind.WORKDAY;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * "N working days from X" ends on the N-th working day after X (X itself is not counted); zero
   * days is X itself.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate d = Objects.requireNonNull(from);
    int counted = 0;
    int resting = 0;
    while (counted < days) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
        resting = 0;
      } else if (++resting > LONGEST_REST) {
        // the edits refuse such a calendar (LONGEST_REST): reaching this is a programming error
        throw new IllegalStateException("no working day found after " + from);
      }
    }
    return d;
  }

  /**
   * Working days after {@code from} up to and including {@code to}: the count that {@link
   * #addWorkingDays} would need to reach {@code to}. Negative when {@code to} is before {@code
   * from}; zero for the same day.
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    long count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * A period of calendar days (e.g. the 90 days of Art. 45): from + days, moved to the first
   * working day after it when that day is a rest day or a public holiday.
   */
  public LocalDate addCalendarDays(LocalDate from, int days) {
    LocalDate end = from.plusDays(days);
    while (!isWorkingDay(end)) {
      end = end.plusDays(1);
    }
    return end;
  }

  /** The first working day on or after the date. */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The consecutive rest days the date belongs to (0 for a working day), counted up to {@link
   * #LONGEST_REST} + 1 on each side, which is enough to tell a run that is too long.
   */
  public int restDaysAround(LocalDate date) {
    if (isWorkingDay(Objects.requireNonNull(date))) {
      return 0;
    }
    int run = 1;
    for (LocalDate d = date.minusDays(1);
        run <= LONGEST_REST && !isWorkingDay(d);
        d = d.minusDays(1)) {
      run++;
    }
    for (LocalDate d = date.plusDays(1);
        run <= 2 * LONGEST_REST && !isWorkingDay(d);
        d = d.plusDays(1)) {
      run++;
    }
    return run;
  }

  /**
   * This calendar with one entry changed: the date made a day of {@code kind}, or its entry removed
   * for null (the day then follows its weekday). For checking an edit before it is made.
   */
  public WorkingDayCalendar with(LocalDate date, DayKind kind) {
    Map<LocalDate, DayKind> changed = new TreeMap<>(exceptions);
    if (kind == null) {
      changed.remove(Objects.requireNonNull(date));
    } else {
      changed.put(Objects.requireNonNull(date), kind);
    }
    return new WorkingDayCalendar(changed);
  }

  /** Whether the published calendar of this year has been entered (otherwise plain weeks apply). */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /** Calendar days between two dates, for display ("in 3 days"). */
  public static long calendarDaysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
