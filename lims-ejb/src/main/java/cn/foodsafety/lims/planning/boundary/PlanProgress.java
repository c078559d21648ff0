package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.planning.entity.PlanCell;
import cn.foodsafety.lims.planning.entity.PlanUnit;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's progress: planned against collected batches, grouped by unit, level, department,
 * top-level category, month or kind of sampling.
 */
@Stateless
public class PlanProgress {
  @PersistenceContext EntityManager em;

  @Inject Users users;

  /** The ways progress can be grouped. */
  public enum ProgressBy {
    UNIT,
    LEVEL,
    DEPARTMENT,
    CATEGORY,
    MONTH,
    /**
     * The kind of sampling: the plan's batches are planned as its kind; what was collected of each
     * kind in the plan's units and year (DOMAIN.md: a city's figures are reported by kind).
     */
    KIND;

    /** Quotas are set per unit: only the rows of units (and the total) have one. */
    public boolean isWithQuota() {
      return this == UNIT;
    }
  }

  /**
   * Plan against actual, grouped by unit, level, department, top-level category or month, with a
   * TOTAL row last. Actual = samples of the plan not rejected by the lab.
   */
  @RolesAllowed({Role.PLANNER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  public List<ProgressRow> progress(long planId, String by) {
    SamplingPlan plan = store().findVisible(planId);
    ProgressBy grouping;
    try {
      grouping =
          ProgressBy.valueOf(by == null ? "UNIT" : by.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("by", "lims.plan.progress.by", by);
    }
    return rows(em, plan, grouping);
  }

  /** The progress rows of a plan (also the workbook's progress sheet). */
  static List<ProgressRow> rows(EntityManager em, SamplingPlan plan, ProgressBy by) {
    PlanQueries queries = new PlanQueries(em);
    Map<Long, Long> topOf = queries.topLevelIds();
    Map<String, Integer> planned = new HashMap<>();
    Map<String, Long> collected = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(PlanCell.SUM_BY_GROUP, Object[].class)
            .setParameter("plan", plan)
            .getResultList()) {
      String k =
          switch (by) {
            case UNIT -> String.valueOf(row[0]);
            case LEVEL -> ((SamplingLevel) row[1]).name();
            case DEPARTMENT -> ((Department) row[2]).name();
            case CATEGORY -> String.valueOf(row[3]);
            case KIND -> plan.getKind().name();
            case MONTH -> null;
          };
      if (k != null) {
        planned.merge(k, ((Number) row[4]).intValue(), Integer::sum);
      }
    }
    if (by == ProgressBy.MONTH) {
      for (Object[] row :
          em.createQuery(
                  "select c.month, sum(c.batches) from PlanCell c where c.plan = :plan group by"
                      + " c.month",
                  Object[].class)
              .setParameter("plan", plan)
              .getResultList()) {
        planned.put(String.valueOf(row[0]), ((Number) row[1]).intValue());
      }
    }
    Map<String, Long> outside = new HashMap<>();
    for (Object[] row : collectedOf(em, plan, by)) {
      String k;
      if (by == ProgressBy.CATEGORY) {
        long category = ((Number) row[0]).longValue();
        k = String.valueOf(topOf.getOrDefault(category, category));
      } else if (by == ProgressBy.UNIT || by == ProgressBy.MONTH) {
        k = String.valueOf(((Number) row[0]).longValue());
      } else {
        k = String.valueOf(row[0]);
      }
      (Boolean.TRUE.equals(row[1]) ? outside : collected)
          .merge(k, ((Number) row[2]).longValue(), Long::sum);
    }
    long cityResidents = plan.residents();
    List<ProgressRow> rows = new ArrayList<>();
    switch (by) {
      case UNIT -> {
        for (PlanUnit u : plan.getUnits()) {
          String k = String.valueOf(u.getRegion().getId());
          rows.add(
              row(
                  k,
                  u.getRegion().getCode(),
                  u.getRegion().getName(),
                  planned.getOrDefault(k, 0),
                  collected.getOrDefault(k, 0L),
                  outside.getOrDefault(k, 0L),
                  u.getResidents(),
                  u.getQuota()));
        }
      }
      case LEVEL -> {
        for (SamplingLevel l : SamplingLevel.values()) {
          rows.add(
              row(
                  l.name(),
                  l.code(),
                  null,
                  planned.getOrDefault(l.name(), 0),
                  collected.getOrDefault(l.name(), 0L),
                  outside.getOrDefault(l.name(), 0L),
                  cityResidents,
                  null));
        }
      }
      case DEPARTMENT -> {
        for (Department d : Department.values()) {
          rows.add(
              row(
                  d.name(),
                  d.name(),
                  null,
                  planned.getOrDefault(d.name(), 0),
                  collected.getOrDefault(d.name(), 0L),
                  outside.getOrDefault(d.name(), 0L),
                  cityResidents,
                  null));
        }
      }
      case CATEGORY -> {
        for (FoodCategory c : queries.topLevelCategoriesWithInactive()) {
          String k = String.valueOf(c.getId());
          int p = planned.getOrDefault(k, 0);
          long a = collected.getOrDefault(k, 0L);
          long o = outside.getOrDefault(k, 0L);
          if (p > 0 || a > 0 || o > 0) {
            rows.add(row(k, c.getCode(), c.getName(), p, a, o, cityResidents, null));
          }
        }
      }
      case KIND -> {
        for (SamplingKind k : SamplingKind.values()) {
          rows.add(
              row(
                  k.name(),
                  k.name(),
                  null,
                  planned.getOrDefault(k.name(), 0),
                  collected.getOrDefault(k.name(), 0L),
                  outside.getOrDefault(k.name(), 0L),
                  cityResidents,
                  null));
        }
      }
      case MONTH -> {
        for (int m = 1; m <= 12; m++) {
          String k = String.valueOf(m);
          rows.add(
              row(
                  k,
                  k,
                  null,
                  planned.getOrDefault(k, 0),
                  collected.getOrDefault(k, 0L),
                  outside.getOrDefault(k, 0L),
                  cityResidents,
                  null));
        }
      }
    }
    int totalPlanned = planned.values().stream().mapToInt(Integer::intValue).sum();
    long totalCollected = collected.values().stream().mapToLong(Long::longValue).sum();
    long totalOutside = outside.values().stream().mapToLong(Long::longValue).sum();
    rows.add(
        row(
            ProgressRow.TOTAL,
            plan.getCity().getCode(),
            plan.getCity().getName(),
            totalPlanned,
            totalCollected,
            totalOutside,
            cityResidents,
            plan.cityQuota()));
    return rows;
  }

  /**
   * Batches collected in the plan's units in its year, inside and outside the plan ({@code [group,
   * outside_plan, batches]}): the statistics facts, the same monthly counts the dashboard's volume
   * reads, so progress and dashboard agree by construction. Rejected samples must be taken again:
   * not counted.
   */
  @SuppressWarnings("unchecked")
  private static List<Object[]> collectedOf(EntityManager em, SamplingPlan plan, ProgressBy by) {
    String column =
        switch (by) {
          case UNIT -> "region_id";
          case LEVEL -> "sampling_level";
          case DEPARTMENT -> "department";
          case CATEGORY -> "top_category_id";
          case MONTH -> "EXTRACT(MONTH FROM month_start)";
          case KIND -> "sampling_kind";
        };
    List<Long> units = plan.getUnits().stream().map(u -> u.getRegion().getId()).toList();
    if (units.isEmpty()) {
      return List.of();
    }
    var q =
        em.createNativeQuery(
            "SELECT "
                + column
                + ", outside_plan, SUM(batches) FROM sample_month_fact WHERE month_start >= ?"
                + " AND month_start <= ? AND region_id IN ("
                + String.join(",", java.util.Collections.nCopies(units.size(), "?"))
                + ") GROUP BY "
                + column
                + ", outside_plan");
    q.setParameter(1, java.time.LocalDate.of(plan.getYear(), 1, 1));
    q.setParameter(2, java.time.LocalDate.of(plan.getYear(), 12, 1));
    for (int i = 0; i < units.size(); i++) {
      q.setParameter(3 + i, units.get(i));
    }
    return q.getResultList();
  }

  private static ProgressRow row(
      String key,
      String code,
      String name,
      int planned,
      long collected,
      long outsidePlan,
      Long residents,
      Integer quota) {
    // the volume against residents and quota counts every batch, as the dashboard does
    long volume = collected + outsidePlan;
    return new ProgressRow(
        key,
        code,
        name,
        planned,
        collected,
        outsidePlan,
        planned == 0 ? null : percent(collected, planned),
        residents,
        quota,
        residents == null || residents == 0
            ? null
            : BigDecimal.valueOf(volume * 1000)
                .divide(BigDecimal.valueOf(residents), 3, RoundingMode.HALF_UP),
        quota == null || quota == 0 ? null : percent(volume, quota));
  }

  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private PlanStore store() {
    return new PlanStore(em, users);
  }
}
