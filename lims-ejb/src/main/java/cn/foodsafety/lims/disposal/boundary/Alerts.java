package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.Alert;
import cn.foodsafety.lims.disposal.entity.AlertKind;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.SweepRun;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.control.Jurisdiction;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts of the last sweep that concern the caller: a regulator's supervisors see those of
 * their region and below and those their bureau must act on; a laboratory its overdue reports; an
 * administrator all. Counts per kind and the most urgent first (at most 100).
 */
@Stateless
@RolesAllowed({
  Role.SUPERVISOR_NAME,
  Role.ADMIN_NAME,
  Role.LAB_TECH_NAME,
  Role.LAB_REVIEWER_NAME,
  Role.PLANNER_NAME
})
public class Alerts {

  static final int LIST_LIMIT = 100;

  @PersistenceContext EntityManager em;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  public AlertSummary mine() {
    User me = users.current();
    Organization org = me.getOrganization();
    boolean all = me.has(Role.ADMIN);
    Jurisdiction regions =
        org.getKind() == OrganizationKind.REGULATOR
                && (me.has(Role.SUPERVISOR) || me.has(Role.PLANNER))
            ? jurisdictions.ofOrganization(org)
            : Jurisdiction.none();
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Object[]> counts = cb.createQuery(Object[].class);
    Root<Alert> cr = counts.from(Alert.class);
    counts
        .multiselect(cr.get("kind"), cb.count(cr))
        .where(scope(cb, cr, all, org, regions))
        .groupBy(cr.get("kind"));
    Map<AlertKind, Long> byKind = new EnumMap<>(AlertKind.class);
    for (Object[] row : em.createQuery(counts).getResultList()) {
      byKind.put((AlertKind) row[0], (Long) row[1]);
    }

    CriteriaQuery<Alert> list = cb.createQuery(Alert.class);
    Root<Alert> lr = list.from(Alert.class);
    list.select(lr)
        .where(scope(cb, lr, all, org, regions))
        .orderBy(cb.asc(lr.get("dueOn")), cb.asc(lr.get("id")));
    List<AlertData> items = new ArrayList<>();
    for (Alert a : em.createQuery(list).setMaxResults(LIST_LIMIT).getResultList()) {
      items.add(data(a));
    }
    SweepRun last =
        em.createNamedQuery(SweepRun.LATEST, SweepRun.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new AlertSummary(
        byKind.getOrDefault(AlertKind.CASE_DUE_SOON, 0L),
        byKind.getOrDefault(AlertKind.CASE_OVERDUE, 0L),
        byKind.getOrDefault(AlertKind.REPORT_OVERDUE, 0L),
        byKind.getOrDefault(AlertKind.SERIOUS_HAZARD, 0L),
        byKind.getOrDefault(AlertKind.DELIVERY_OVERDUE, 0L),
        byKind.getOrDefault(AlertKind.INVESTIGATION_OVERDUE, 0L),
        byKind.getOrDefault(AlertKind.REQUEST_DECISION_OVERDUE, 0L),
        byKind.getOrDefault(AlertKind.DESIGNATION_OVERDUE, 0L),
        byKind.getOrDefault(AlertKind.OBJECTION_DECISION_OVERDUE, 0L),
        items,
        last == null ? null : last.getRunAt(),
        last == null ? null : last.getAsOf());
  }

  /**
   * The kind named by a list's {@code alert} filter, if it is one of {@code allowed}; otherwise a
   * field error.
   */
  static AlertKind kindFilter(String value, java.util.Set<AlertKind> allowed) {
    AlertKind kind =
        java.util.Arrays.stream(AlertKind.values())
            .filter(k -> k.name().equals(value) && allowed.contains(k))
            .findFirst()
            .orElse(null);
    if (kind == null) {
      throw cn.foodsafety.lims.platform.control.InvalidInputException.of(
          "alert", "lims.list.filter.invalid", value);
    }
    return kind;
  }

  /**
   * The criteria form of "the subject at this path has an active alert of this kind that the
   * viewer's alert list shows", for the lists behind the counts of {@link #mine()}: a count and its
   * list agree.
   */
  static Predicate activeOn(
      CriteriaBuilder cb,
      jakarta.persistence.criteria.AbstractQuery<?> query,
      jakarta.persistence.criteria.Expression<Long> subjectId,
      AlertKind kind,
      CaseViewer viewer) {
    if (!viewer.all() && viewer.org() == null) {
      return cb.disjunction();
    }
    jakarta.persistence.criteria.Subquery<Long> sq = query.subquery(Long.class);
    Root<Alert> a = sq.from(Alert.class);
    sq.select(a.get("id"))
        .where(
            cb.equal(a.get("subjectId"), subjectId),
            cb.equal(a.get("kind"), kind),
            scope(cb, a, viewer.all(), viewer.org(), viewer.jurisdiction()));
    return cb.exists(sq);
  }

  private static Predicate scope(
      CriteriaBuilder cb, Root<Alert> a, boolean all, Organization org, Jurisdiction regions) {
    Predicate active = cb.isNull(a.get("clearedOn"));
    if (all) {
      return active;
    }
    Predicate own = cb.equal(a.get("orgId"), org.getId());
    return cb.and(
        active, regions.isEmpty() ? own : cb.or(own, regions.coversId(cb, a.get("regionId"))));
  }

  private AlertData data(Alert a) {
    Organization org = em.find(Organization.class, a.getOrgId());
    String orgName = org == null ? null : org.getName();
    if (a.getKind() == AlertKind.BACKUP_DISPOSAL_OVERDUE) {
      cn.foodsafety.lims.sampling.entity.BackupSample b =
          em.find(cn.foodsafety.lims.sampling.entity.BackupSample.class, a.getSubjectId());
      return new AlertData(
          a.getKind(),
          null,
          b.getSample().getId(),
          b.getSample().getSampleNumber(),
          b.getSample().getFoodName(),
          a.getOrgId(),
          orgName,
          a.getDueOn(),
          a.getRaisedOn());
    }
    if (a.getKind() == AlertKind.REPORT_OVERDUE) {
      Sample s = em.find(Sample.class, a.getSubjectId());
      return new AlertData(
          a.getKind(),
          null,
          s.getId(),
          s.getSampleNumber(),
          s.getFoodName(),
          a.getOrgId(),
          orgName,
          a.getDueOn(),
          a.getRaisedOn());
    }
    FollowUpCase c = em.find(FollowUpCase.class, a.getSubjectId());
    return new AlertData(
        a.getKind(),
        c.getId(),
        c.getSample().getId(),
        c.getCaseNumber(),
        c.getSample().getFoodName(),
        a.getOrgId(),
        orgName,
        a.getDueOn(),
        a.getRaisedOn());
  }
}
