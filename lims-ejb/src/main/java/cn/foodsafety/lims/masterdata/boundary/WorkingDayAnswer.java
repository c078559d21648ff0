package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The answer to "which day is N working days after X" and/or "how many working days lie between X
 * and Y", with the years the answer depends on and whether the calendar of each has been entered:
 * for a year without its published holidays the answer counts plain weeks and may be wrong.
 *
 * @param dueDate the N-th working day after {@code from}, when {@code workingDays} was asked
 * @param workingDaysBetween working days after {@code from} up to and including {@code to}
 *     (negative when {@code to} is earlier), when {@code to} was asked
 * @param years every year from the earliest to the latest date involved
 * @param calendarCovers whether every one of those years is in the calendar
 * @param uncoveredYears the years that are not
 */
public record WorkingDayAnswer(
    LocalDate from,
    Integer workingDays,
    LocalDate dueDate,
    LocalDate to,
    Long workingDaysBetween,
    List<Integer> years,
    boolean calendarCovers,
    List<Integer> uncoveredYears) {

  /** Longer than any legal period of the sampling measures, short enough to count day by day. */
  static final int MAX_WORKING_DAYS = 1000;

  static final int MAX_YEARS_APART = 10;

  public WorkingDayAnswer {
    years = List.copyOf(years);
    uncoveredYears = List.copyOf(uncoveredYears);
  }

  /**
   * Computes the answer on a calendar; at least one of {@code workingDays} and {@code to} must be
   * given.
   *
   * @throws cn.foodsafety.lims.platform.control.InvalidInputException when the question is
   *     incomplete or out of range
   */
  public static WorkingDayAnswer compute(
      WorkingDayCalendar calendar, LocalDate from, Integer workingDays, LocalDate to) {
    Violations v = new Violations();
    v.addIf(from == null, "from", "lims.field.required");
    v.addIf(workingDays == null && to == null, "workingDays", "lims.calendar.compute.nothingAsked");
    if (workingDays != null) {
      v.addIf(workingDays < 0, "workingDays", "lims.field.notNegative");
      v.addIf(
          workingDays > MAX_WORKING_DAYS,
          "workingDays",
          "lims.field.max",
          new Violations.NamedArgument("value", MAX_WORKING_DAYS));
    }
    v.addIf(
        from != null
            && to != null
            && Math.abs((long) to.getYear() - from.getYear()) > MAX_YEARS_APART,
        "to",
        "lims.calendar.compute.spanTooLong",
        MAX_YEARS_APART);
    v.throwIfAny();

    LocalDate due = workingDays == null ? null : calendar.addWorkingDays(from, workingDays);
    Long between = to == null ? null : calendar.workingDaysBetween(from, to);
    int first = from.getYear();
    int last = from.getYear();
    for (LocalDate d : new LocalDate[] {due, to}) {
      if (d != null) {
        first = Math.min(first, d.getYear());
        last = Math.max(last, d.getYear());
      }
    }
    List<Integer> years = IntStream.rangeClosed(first, last).boxed().toList();
    List<Integer> uncovered = years.stream().filter(y -> !calendar.covers(y)).toList();
    return new WorkingDayAnswer(
        from, workingDays, due, to, between, years, uncovered.isEmpty(), uncovered);
  }
}
