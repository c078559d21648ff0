package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.CalendarDay;
import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The working-day calendar that every deadline is counted on, built once from the calendar entries
 * and kept until an entry changes: deadlines are computed for every sample and case, the calendar
 * changes a few times a year. On a deployment group a change made through another server is seen
 * through {@link CacheGenerations} (within a second).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class WorkingCalendars {

  @PersistenceContext EntityManager em;

  @Inject CacheGenerations generations;

  /** Counts the committed calendar changes; a snapshot is current while its count is. */
  private final AtomicLong generation = new AtomicLong();

  private volatile Snapshot snapshot;

  private record Snapshot(long generation, long cluster, WorkingDayCalendar calendar) {}

  /** The calendar with every entry committed so far. Immutable and safe to keep for a request. */
  public WorkingDayCalendar current() {
    long now = generation.get();
    long cluster = generations.current(CacheGenerations.CALENDAR);
    Snapshot s = snapshot;
    if (s != null && s.generation() == now && s.cluster() == cluster) {
      return s.calendar();
    }
    // Built without a lock: two callers may both build it, which costs a query and no harm. A
    // change committed while building raises the count, so this snapshot is rebuilt next time.
    WorkingDayCalendar calendar = load();
    snapshot = new Snapshot(now, cluster, calendar);
    return calendar;
  }

  /** Tells the other servers, in the changing transaction, that their calendars are out of date. */
  public void calendarChanging(
      @Observes(during = TransactionPhase.IN_PROGRESS) CalendarDays.CalendarChanged change) {
    generations.raise(CacheGenerations.CALENDAR);
  }

  /**
   * Forgets the calendar once a change through {@link CalendarDays} has been committed (not before:
   * a rebuild in between would read the old entries and keep them).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void calendarChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarDays.CalendarChanged change) {
    generation.incrementAndGet();
  }

  /**
   * The calendar as the caller's transaction sees it, its own uncommitted changes included (not
   * cached): for work done in the transaction that changes the calendar.
   */
  public WorkingDayCalendar inThisTransaction() {
    return load();
  }

  private WorkingDayCalendar load() {
    Map<LocalDate, DayKind> days = new HashMap<>();
    for (CalendarDay d :
        em.createNamedQuery(CalendarDay.FIND_ALL, CalendarDay.class).getResultList()) {
      days.put(d.getDate(), d.getKind());
    }
    return new WorkingDayCalendar(days);
  }
}
