package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.boundary.RecordChanges;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.control.CalendarEntryRules;
import cn.foodsafety.lims.masterdata.entity.CalendarDay;
import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The national calendar of public holidays and make-up working days, entered by the administrator
 * when the State Council publishes it each November, and the working-day arithmetic on it.
 */
@Stateless
public class CalendarDays {

  static final String ENTITY = "CalendarDay";

  /** The list filter that selects one calendar year; it is a date range, not an attribute. */
  static final String YEAR_FILTER = "year";

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject WorkingCalendars calendars;

  @Inject Event<CalendarChanged> calendarChanged;

  /** Fired when an entry is created, changed or removed: the cached calendar must be rebuilt. */
  public record CalendarChanged(LocalDate date) {}

  /** Entries by date; besides {@code kind}, the filter {@code year} selects one year. */
  @PermitAll
  public Page<CalendarDayData> list(ListQuery query) {
    Listing<CalendarDay> listing =
        Listing.of(CalendarDay.class)
            .sortable("date")
            .sortable("kind")
            .defaultSort("date")
            .searchable("name")
            .filterable("kind", DayKind::valueOf);
    String year = query.filters().get(YEAR_FILTER);
    if (year == null) {
      return listing.run(em, query).map(CalendarDayData::of);
    }
    int y = parseYear(year);
    Map<String, String> otherFilters = new HashMap<>(query.filters());
    otherFilters.remove(YEAR_FILTER);
    ListQuery rest =
        new ListQuery(
            query.page(),
            query.size(),
            query.sort(),
            query.descending(),
            query.search(),
            otherFilters);
    return listing
        .where(
            (cb, root) ->
                cb.between(
                    root.<LocalDate>get("date"), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)))
        .run(em, rest)
        .map(CalendarDayData::of);
  }

  @PermitAll
  public CalendarDayData get(long id) {
    return CalendarDayData.of(find(id));
  }

  /**
   * The N-th working day after {@code from} and/or the working days from {@code from} to {@code
   * to}, with whether the calendar covers the years involved.
   */
  @PermitAll
  public WorkingDayAnswer compute(LocalDate from, Integer workingDays, LocalDate to) {
    return WorkingDayAnswer.compute(calendars.current(), from, workingDays, to);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public CalendarDayData create(CalendarDayData data) {
    Violations v = Violations.of(validator, data);
    checkDuplicate(data.date(), v);
    CalendarEntryRules.check(data.date(), data.kind(), v);
    CalendarEntryRules.checkRest(calendars.current(), data.date(), data.kind(), v);
    v.throwIfAny();
    CalendarDay day = new CalendarDay(data.date(), data.kind(), data.name().strip());
    em.persist(day);
    em.flush();
    audit.created(ENTITY, day.getId(), day.getDate() + " " + day.getKind() + " " + day.getName());
    calendarChanged.fire(new CalendarChanged(day.getDate()));
    return CalendarDayData.of(day);
  }

  /** Changes an entry's kind or name; its date is fixed (remove it and enter the right date). */
  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(RecordChanges.class)
  public CalendarDayData update(long id, CalendarDayData data) {
    CalendarDay day = find(id);
    Versions.check(data.version(), day.getVersion());
    Violations v = Violations.of(validator, data);
    v.addIf(
        data.date() != null && !data.date().equals(day.getDate()),
        "date",
        "lims.calendar.date.fixed");
    CalendarEntryRules.check(day.getDate(), data.kind(), v);
    CalendarEntryRules.checkRest(calendars.current(), day.getDate(), data.kind(), v);
    v.throwIfAny();
    boolean changed =
        day.getKind() != data.kind() || !Objects.equals(day.getName(), data.name().strip());
    day.change(data.kind(), data.name().strip());
    em.flush();
    if (changed) {
      calendarChanged.fire(new CalendarChanged(day.getDate()));
    }
    return CalendarDayData.of(day);
  }

  /** Deletes an entry: nothing refers to a calendar day, deadlines are computed when needed. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void remove(long id) {
    CalendarDay day = find(id);
    // a make-up working day removed from a weekend inside a long holiday lengthens the rest
    CalendarEntryRules.checkRest(calendars.current(), day.getDate(), null, new Violations())
        .throwIfAny();
    audit.action(
        AuditAction.DEACTIVATE,
        ENTITY,
        id,
        "deleted",
        day.getDate() + " " + day.getKind() + " " + day.getName(),
        null,
        null);
    em.remove(day);
    calendarChanged.fire(new CalendarChanged(day.getDate()));
  }

  CalendarDay find(long id) {
    CalendarDay day = em.find(CalendarDay.class, id);
    if (day == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return day;
  }

  /** A date has at most one entry: it is either a holiday or a make-up working day. */
  private void checkDuplicate(LocalDate date, Violations v) {
    if (date == null) {
      return;
    }
    em.createNamedQuery(CalendarDay.FIND_BY_DATE, CalendarDay.class)
        .setParameter("date", date)
        .getResultStream()
        .findFirst()
        .ifPresent(d -> v.add("date", "lims.calendar.duplicate", d.getDate(), d.getKind()));
  }

  private static int parseYear(String text) {
    try {
      int year = Integer.parseInt(text.strip());
      if (year >= 1 && year <= 9999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below, like any other invalid filter value
    }
    throw InvalidInputException.of(YEAR_FILTER, "lims.list.filter.invalid", text);
  }
}
