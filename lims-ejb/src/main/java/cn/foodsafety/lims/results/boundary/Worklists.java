package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.control.LabAccess;
import cn.foodsafety.lims.results.control.Turnaround;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.AnalysisState;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A laboratory's worklist: its received samples not yet approved with the report deadline (20
 * working days after receipt, Art. 24), its approved conclusions due at the regulator, and the
 * summary with the turnaround from receipt to first approval.
 */
@Stateless
public class Worklists {
  /** Turnaround is measured over the samples first approved in the last year. */
  static final int TURNAROUND_WINDOW_DAYS = 365;

  @PersistenceContext EntityManager em;

  @Inject Users users;

  @Inject WorkingCalendars calendars;

  @Inject Clock clock = Clock.systemUTC();

  /**
   * The signed-in lab's received samples not yet approved, a page at a time, most urgent first by
   * default (report due 20 working days after receipt, Art. 24): sorted, searched and paged by the
   * database. {@code overdue=true|false} filters on the due date having passed.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public Page<Worklist.Entry> worklist(ListQuery query) {
    Organization lab = LabAccess.labOf(users.current());
    LocalDate today = today();
    Map<String, String> filters = new HashMap<>(query.filters());
    String overdue = filters.remove("overdue");
    Listing<Sample> listing =
        Listing.of(Sample.class)
            .sortable("reportDue", "sampleNumber", "foodName")
            .sortableAs("receivedOn", "receivedAt")
            .defaultSort("reportDue")
            // the lab and the state are fixed by openOf: the index (lab_id, state, report_due, id)
            // then gives the default order, and the page's ids are read without sorting them all
            .orderedWithin("labId", "state")
            // a laboratory must not find a blind-coded sample by the names it may not see
            .searchable("sampleNumber", "blindCode", "foodName")
            .whereQuery((cb, q, root) -> openOf(lab, cb, q, root));
    if (overdue != null) {
      boolean wanted = Boolean.parseBoolean(overdue);
      listing.where(
          (cb, root) -> {
            var late = cb.lessThan(root.<LocalDate>get("reportDue"), today);
            return wanted ? late : cb.not(late);
          });
    }
    // the page's samples and then their analyses read as columns: no entity is loaded
    Page<Opened> page = listing.run(em, without(query, filters), OPENED);
    Map<Long, Progress> progress = new HashMap<>();
    if (!page.items().isEmpty()) {
      for (Object[] r :
          em.createQuery(
                  "select a.sampleId, a.state, a.reportDue, a.conclusion, a.conclusionDue,"
                      + " a.conclusionReportedAt from Analysis a where a.sampleId in :ids",
                  Object[].class)
              .setParameter("ids", page.items().stream().map(Opened::sampleId).toList())
              .getResultList()) {
        progress.put(
            (Long) r[0],
            new Progress(
                (AnalysisState) r[1],
                (LocalDate) r[2],
                (Verdict) r[3],
                (LocalDate) r[4],
                r[5] != null));
      }
    }
    WorkingDayCalendar calendar = calendars.current();
    return page.map(s -> entry(s, progress.get(s.sampleId()), today, calendar));
  }

  /** A received sample as the worklist shows it. */
  private record Opened(
      long sampleId,
      String sampleNumber,
      String blindCode,
      String foodName,
      LocalDate receivedOn,
      LocalDate reportDue) {

    static Opened of(Sample s) {
      return new Opened(
          s.getId(),
          s.getSampleNumber(),
          s.getBlindCode(),
          s.getFoodName(),
          s.getReceivedOn(),
          s.getReportDue());
    }
  }

  /** Where a sample's analysis stands, as the worklist shows it. */
  private record Progress(
      AnalysisState state,
      LocalDate reportDue,
      Verdict conclusion,
      LocalDate conclusionDue,
      boolean conclusionReported) {

    static Progress of(Analysis a) {
      return new Progress(
          a.getState(),
          a.getReportDue(),
          a.getConclusion(),
          a.getConclusionDue(),
          a.getConclusionReportedAt() != null);
    }
  }

  /** The worklist's samples read as the columns of {@link Opened}. */
  private static final Listing.Projection<Sample, Opened> OPENED =
      new Listing.Projection<>() {
        @Override
        public List<String> columns() {
          return List.of("id", "sampleNumber", "blindCode", "foodName", "receivedAt", "reportDue");
        }

        @Override
        public List<Opened> rows(List<Object[]> values) {
          List<Opened> rows = new ArrayList<>(values.size());
          for (Object[] v : values) {
            OffsetDateTime receivedAt = (OffsetDateTime) v[4];
            rows.add(
                new Opened(
                    (Long) v[0],
                    (String) v[1],
                    (String) v[2],
                    (String) v[3],
                    receivedAt == null ? null : CivilTime.dayOf(receivedAt.toInstant()),
                    (LocalDate) v[5]));
          }
          return rows;
        }
      };

  /**
   * The signed-in lab's approved conclusions not yet reported to the regulator (due 2 working days
   * after approval when non-conforming, 7 when conforming: Arts. 24, 26), a page at a time, the
   * soonest due first by default. {@code overdue=true|false} filters on the due date having passed.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public Page<Worklist.Entry> conclusionsDue(ListQuery query) {
    Organization lab = LabAccess.labOf(users.current());
    LocalDate today = today();
    Map<String, String> filters = new HashMap<>(query.filters());
    String overdue = filters.remove("overdue");
    Listing<Analysis> listing =
        Listing.of(Analysis.class)
            .idAttribute("sampleId")
            .sortable("conclusionDue", "reportDue")
            .sortableAs("sampleNumber", "sample.sampleNumber")
            .defaultSort("conclusionDue")
            .searchable("sample.sampleNumber", "sample.blindCode", "sample.foodName")
            .where((cb, root) -> conclusionOpenOf(lab, cb, root));
    if (overdue != null) {
      boolean wanted = Boolean.parseBoolean(overdue);
      listing.where(
          (cb, root) -> {
            var late = cb.lessThan(root.<LocalDate>get("conclusionDue"), today);
            return wanted ? late : cb.not(late);
          });
    }
    Page<Analysis> page = listing.run(em, without(query, filters));
    if (!page.items().isEmpty()) {
      // the page's samples in one query: each analysis then finds its own in the context
      em.createQuery("select s from Sample s where s.id in :ids", Sample.class)
          .setParameter("ids", page.items().stream().map(Analysis::getSampleId).toList())
          .getResultList();
    }
    WorkingDayCalendar calendar = calendars.current();
    return page.map(a -> entry(Opened.of(a.getSample()), Progress.of(a), today, calendar));
  }

  /**
   * The signed-in lab's summary: how many samples are open and how many reports are overdue, how
   * many conclusions are due and overdue (counted by the database), and the turnaround from receipt
   * to first approval in working days over the last {@value #TURNAROUND_WINDOW_DAYS} days.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public Worklist.Summary worklistSummary() {
    Organization lab = LabAccess.labOf(users.current());
    LocalDate today = today();
    var cb = em.getCriteriaBuilder();

    var open = cb.createQuery(Long.class);
    var s = open.from(Sample.class);
    open.select(cb.count(s)).where(openOf(lab, cb, open, s));
    long samples = em.createQuery(open).getSingleResult();
    var late = cb.createQuery(Long.class);
    var ls = late.from(Sample.class);
    late.select(cb.count(ls))
        .where(openOf(lab, cb, late, ls), cb.lessThan(ls.<LocalDate>get("reportDue"), today));
    long overdueReports = em.createQuery(late).getSingleResult();

    var due = cb.createQuery(Long.class);
    var a = due.from(Analysis.class);
    due.select(cb.count(a)).where(conclusionOpenOf(lab, cb, a));
    long conclusions = em.createQuery(due).getSingleResult();
    var dueLate = cb.createQuery(Long.class);
    var la = dueLate.from(Analysis.class);
    dueLate
        .select(cb.count(la))
        .where(
            conclusionOpenOf(lab, cb, la), cb.lessThan(la.<LocalDate>get("conclusionDue"), today));
    long overdueConclusions = em.createQuery(dueLate).getSingleResult();

    // working days need the calendar, so they are counted here, over the window's approvals only
    WorkingDayCalendar calendar = calendars.current();
    LocalDate since = today.minusDays(TURNAROUND_WINDOW_DAYS);
    List<Long> days = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select s.receivedAt, a.firstApprovedAt from Analysis a, Sample s"
                    + " where s.id = a.sampleId and a.lab = :lab and s.receivedAt is not null"
                    + " and a.firstApprovedAt >= :since",
                Object[].class)
            .setParameter("lab", lab)
            .setParameter("since", since.atStartOfDay(CivilTime.ZONE).toOffsetDateTime())
            .getResultList()) {
      LocalDate from = ((OffsetDateTime) row[0]).atZoneSameInstant(CivilTime.ZONE).toLocalDate();
      LocalDate to = ((OffsetDateTime) row[1]).atZoneSameInstant(CivilTime.ZONE).toLocalDate();
      days.add(calendar.workingDaysBetween(from, to));
    }
    Turnaround t = Turnaround.of(days);
    return new Worklist.Summary(
        lab.getCode(),
        lab.getName(),
        today,
        samples,
        overdueReports,
        conclusions,
        overdueConclusions,
        new Worklist.Turnaround(t.samples(), t.median(), t.percentile90(), since),
        lab.getNameEn());
  }

  /** The lab's received samples whose results are not approved (a sample may have no analysis). */
  private static jakarta.persistence.criteria.Predicate openOf(
      Organization lab,
      jakarta.persistence.criteria.CriteriaBuilder cb,
      jakarta.persistence.criteria.AbstractQuery<?> query,
      jakarta.persistence.criteria.Root<Sample> root) {
    var approved = query.subquery(Long.class);
    var a = approved.from(Analysis.class);
    approved
        .select(a.<Long>get("sampleId"))
        .where(cb.equal(a.get("lab"), lab), cb.equal(a.get("state"), AnalysisState.APPROVED));
    return cb.and(
        cb.equal(root.get("lab"), lab),
        cb.equal(root.get("state"), SampleState.RECEIVED),
        cb.not(root.get("id").in(approved)));
  }

  /** The lab's approved conclusions not yet reported to the regulator. */
  private static jakarta.persistence.criteria.Predicate conclusionOpenOf(
      Organization lab,
      jakarta.persistence.criteria.CriteriaBuilder cb,
      jakarta.persistence.criteria.Root<Analysis> root) {
    return cb.and(
        cb.equal(root.get("lab"), lab),
        cb.isNotNull(root.get("conclusionDue")),
        cb.isNull(root.get("conclusionReportedAt")));
  }

  private static ListQuery without(ListQuery q, Map<String, String> filters) {
    return new ListQuery(q.page(), q.size(), q.sort(), q.descending(), q.search(), filters);
  }

  private Worklist.Entry entry(Opened s, Progress a, LocalDate today, WorkingDayCalendar calendar) {
    LocalDate due = a != null ? a.reportDue() : s.reportDue();
    boolean approved = a != null && a.state() == AnalysisState.APPROVED;
    return new Worklist.Entry(
        s.sampleId(),
        s.sampleNumber(),
        s.blindCode(),
        s.foodName(),
        a == null ? "RECEIVED" : a.state().name(),
        s.receivedOn(),
        due,
        calendar.workingDaysBetween(today, due),
        !approved && today.isAfter(due),
        a == null || a.conclusion() == null ? null : a.conclusion().name(),
        a == null ? null : a.conclusionDue(),
        a != null && Analysis.conclusionOverdue(a.conclusionDue(), a.conclusionReported(), today));
  }

  private LocalDate today() {
    return CivilTime.today(clock);
  }
}
