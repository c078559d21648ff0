package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.entity.AlertKind;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.boundary.HistoryLine;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The follow-up of non-conforming food (核查处置): the cases a regulator handles or a supervisor
 * oversees, one case, the case of a sample, and each case's history. Steps are recorded by {@link
 * CaseSteps}, extensions asked for and decided by {@link CaseExtensions}.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class Cases {
  static final String ENTITY = CaseOpening.ENTITY;

  /** The alerts about a case (their subject is the case). */
  static final Set<AlertKind> CASE_ALERTS =
      java.util.Arrays.stream(AlertKind.values())
          .filter(AlertKind::isAboutCase)
          .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(AlertKind.class)));

  @PersistenceContext EntityManager em;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject WorkingCalendars calendars;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  /**
   * Cases visible to the caller. Filters: state, level, department, region.id, responsible.id,
   * category.id; {@code open=true|false}, {@code due=soon|overdue} (on today's date), {@code
   * mine=true} (those the caller's bureau handles), {@code alert=<kind>} (those with an active
   * alert of a case's kind that the caller's alerts show: as many as the count of {@link
   * Alerts#mine()}).
   */
  public Page<CaseRow> list(ListQuery query) {
    CaseViewer viewer = reader().viewer();
    LocalDate today = reader().today();
    int dueSoon = reader().dueSoonDays();
    Map<String, String> filters = new HashMap<>(query.filters());
    String open = filters.remove("open");
    String due = filters.remove("due");
    String mine = filters.remove("mine");
    String alert = filters.remove("alert");
    Violations v = new Violations();
    v.addIf(
        due != null && !due.equals("soon") && !due.equals("overdue"),
        "due",
        "lims.list.filter.invalid",
        due);
    v.addIf(
        open != null && !open.equals("true") && !open.equals("false"),
        "open",
        "lims.list.filter.invalid",
        open);
    v.throwIfAny();
    AlertKind alertKind = alert == null ? null : Alerts.kindFilter(alert, CASE_ALERTS);
    ListQuery rest =
        new ListQuery(
            query.page(), query.size(), query.sort(), query.descending(), query.search(), filters);
    Listing<FollowUpCase> listing =
        Listing.of(FollowUpCase.class)
            .sortable("caseNumber", "deadline", "receivedOn", "state", "level", "completedOn")
            .sortableAs("regionName", "region.name")
            .sortableAs("foodName", "sample.foodName")
            .defaultSort("deadline")
            .searchable("caseNumber", "sample.sampleNumber", "sample.foodName", "sample.party.name")
            .filterable("state", CaseState::valueOf)
            .filterable("level", SamplingLevel::valueOf)
            .filterable("department", Department::valueOf)
            .filterable("region.id", Long::valueOf)
            .filterable("responsible.id", Long::valueOf)
            .filterable("category.id", Long::valueOf)
            .where(viewer::visible);
    Set<CaseState> closed =
        EnumSet.of(CaseState.COMPLETED, CaseState.OVERTURNED, CaseState.WITHDRAWN);
    if (open != null) {
      boolean wanted = Boolean.parseBoolean(open);
      listing.where(
          (cb, root) ->
              wanted ? cb.not(root.get("state").in(closed)) : root.get("state").in(closed));
    }
    if (due != null) {
      listing.where(
          (cb, root) ->
              cb.and(
                  cb.not(root.get("state").in(closed)),
                  due.equals("overdue")
                      ? cb.lessThan(root.<LocalDate>get("deadline"), today)
                      : cb.between(
                          root.<LocalDate>get("deadline"), today, today.plusDays(dueSoon))));
    }
    if (Boolean.parseBoolean(mine)) {
      Organization org = viewer.org();
      listing.where(
          (cb, root) -> org == null ? cb.disjunction() : cb.equal(root.get("responsible"), org));
    }
    if (alertKind != null) {
      listing.whereQuery(
          (cb, q, root) -> Alerts.activeOn(cb, q, root.get("id"), alertKind, viewer));
    }
    return listing.run(em, rest, CaseRow.columns(today, dueSoon));
  }

  public CaseData get(long id) {
    CaseViewer viewer = reader().viewer();
    return reader().data(reader().visible(id, viewer), viewer);
  }

  /** The case for a sample, if it has one the caller may see. */
  public CaseData ofSample(long sampleId) {
    CaseViewer viewer = reader().viewer();
    FollowUpCase c =
        em.createNamedQuery(FollowUpCase.OF_SAMPLE, FollowUpCase.class)
            .setParameter("sample", sampleId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException(ENTITY, "sample " + sampleId));
    if (!viewer.canSee(c)) {
      throw new NotFoundException(ENTITY, "sample " + sampleId);
    }
    return reader().data(c, viewer);
  }

  /** Who did what to the case, from the audit trail, oldest first. */
  public List<HistoryLine> history(long id) {
    FollowUpCase c = reader().visible(id, reader().viewer());
    List<HistoryLine> lines =
        new ArrayList<>(audit.history(ENTITY, c.getId()).stream().map(HistoryLine::of).toList());
    lines.sort(Comparator.comparing(HistoryLine::at));
    return lines;
  }

  private CaseReader reader() {
    return new CaseReader(em, users, jurisdictions, calendars, settings, clock);
  }
}
