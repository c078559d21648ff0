package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.disposal.entity.InvestigationState;
import cn.foodsafety.lims.disposal.entity.ProducerInvestigation;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The producer's regulator's investigation tasks (产品溯源/生产环节核查) beside cases handled by the sampled
 * operator's regulator: the list of a bureau's tasks, one task, and its steps recorded in order by
 * the producer's regulator (a step out of order, undated, in the future or before the previous one
 * is a field error, nothing written). The case's regulator and the supervisors above read them; an
 * administrator sees all.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ProducerInvestigations {

  @PersistenceContext EntityManager em;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject WorkingCalendars calendars;

  @Inject Settings settings;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Clock clock = Clock.systemUTC();

  /**
   * Tasks the caller may see, nearest deadline first. Filters: {@code state}, {@code open=true},
   * {@code mine=true} (those of the caller's bureau), {@code alert=INVESTIGATION_OVERDUE} (those
   * the caller's alerts flag as overdue: as many as the count of {@link Alerts#mine()}).
   */
  public Page<InvestigationData> list(ListQuery query) {
    CaseViewer viewer = reader().viewer();
    LocalDate today = reader().today();
    java.util.Map<String, String> filters = new java.util.HashMap<>(query.filters());
    String mine = filters.remove("mine");
    String open = filters.remove("open");
    String alert = filters.remove("alert");
    cn.foodsafety.lims.disposal.entity.AlertKind alertKind =
        alert == null
            ? null
            : Alerts.kindFilter(
                alert,
                java.util.EnumSet.of(
                    cn.foodsafety.lims.disposal.entity.AlertKind.INVESTIGATION_OVERDUE));
    Listing<ProducerInvestigation> listing =
        Listing.of(ProducerInvestigation.class)
            .sortable("taskNumber", "deadline", "openedOn", "state")
            .defaultSort("deadline")
            .searchable("taskNumber", "producerName")
            .filterable("state", InvestigationState::valueOf)
            .where(
                (cb, root) -> {
                  if (viewer.all()) {
                    return cb.conjunction();
                  }
                  Organization org = viewer.org();
                  if (org == null) {
                    return cb.disjunction();
                  }
                  Predicate own =
                      cb.or(
                          cb.equal(root.get("regulator"), org),
                          cb.equal(root.get("followUpCase").get("responsible"), org));
                  return viewer.jurisdiction().isEmpty()
                      ? own
                      : cb.or(own, viewer.jurisdiction().covers(cb, root.get("region")));
                });
    if (Boolean.parseBoolean(mine)) {
      Organization org = viewer.org();
      listing.where(
          (cb, root) -> org == null ? cb.disjunction() : cb.equal(root.get("regulator"), org));
    }
    if (Boolean.parseBoolean(open)) {
      listing.where((cb, root) -> cb.notEqual(root.get("state"), InvestigationState.CLOSED));
    }
    if (alertKind != null) {
      // the alert's subject is the task's case
      listing.whereQuery(
          (cb, q, root) ->
              Alerts.activeOn(cb, q, root.get("followUpCase").get("id"), alertKind, viewer));
    }
    ListQuery rest =
        new ListQuery(
            query.page(), query.size(), query.sort(), query.descending(), query.search(), filters);
    return listing.run(em, rest).map(i -> InvestigationData.of(i, today, false));
  }

  public InvestigationData get(long id) {
    CaseViewer viewer = reader().viewer();
    ProducerInvestigation i = visible(id, viewer);
    return InvestigationData.of(i, reader().today(), canAct(i, viewer));
  }

  /** The producer's regulator records the next step of its task. */
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public InvestigationData recordStep(long id, InvestigationStepInput input) {
    CaseViewer viewer = reader().viewer();
    ProducerInvestigation i = visible(id, viewer);
    if (!canAct(i, viewer)) {
      throw new AccessDeniedException(
          "lims.investigation.notRegulator", i.getRegulator().getName());
    }
    em.lock(i, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Violations.of(validator, input).throwIfAny();
    LocalDate today = reader().today();
    i.record(input.step(), input.date(), input.note(), users.current().getUsername(), today);
    // the trail has the task's state and the step with its date; the reason is the step's text
    audit.recordCaptured(ResponsibilityOpening.ENTITY, i.getId(), CaseReader.trim(input.note()));
    return InvestigationData.of(i, today, true);
  }

  private ProducerInvestigation visible(long id, CaseViewer viewer) {
    ProducerInvestigation i = em.find(ProducerInvestigation.class, id);
    if (i == null
        || !(viewer.all()
            || viewer.canSee(i.getFollowUpCase())
            || viewer.jurisdiction().covers(i.getRegion())
            || isRegulator(i, viewer))) {
      throw new NotFoundException(ResponsibilityOpening.ENTITY, id);
    }
    return i;
  }

  private static boolean isRegulator(ProducerInvestigation i, CaseViewer viewer) {
    return viewer.org() != null && viewer.org().getId().equals(i.getRegulator().getId());
  }

  private static boolean canAct(ProducerInvestigation i, CaseViewer viewer) {
    return isRegulator(i, viewer)
        && viewer.user().has(Role.SUPERVISOR)
        && i.getState() != InvestigationState.CLOSED;
  }

  private CaseReader reader() {
    return new CaseReader(em, users, jurisdictions, calendars, settings, clock);
  }
}
