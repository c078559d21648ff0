package cn.foodsafety.lims.statistics.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which samples a figure covers besides its period: a level, a department, a kind of sampling
 * (supervisory, risk monitoring, evaluative; null for all), county-level units (a region and
 * everything below it, cut to what the caller may see) and food categories (a category and
 * everything below it). Null means no restriction. Builds the SQL conditions on the sample table
 * (alias {@code s}) that every figure and every drill-down list share, so a list's count is always
 * its figure.
 */
public record Scope(
    String level,
    String department,
    Set<Long> regionIds,
    Set<Long> categoryIds,
    Long labId,
    String kind) {

  /** Every kind of sampling (the reconciliation, the benchmarks). */
  public Scope(
      String level, String department, Set<Long> regionIds, Set<Long> categoryIds, Long labId) {
    this(level, department, regionIds, categoryIds, labId, null);
  }

  /**
   * The same scope for every kind of sampling: a lab's turnaround counts every sample it tests, and
   * its monthly counts do not hold the kind.
   */
  public Scope anyKind() {
    return new Scope(level, department, regionIds, categoryIds, labId, null);
  }

  /** Appends " AND ..." conditions on {@code s} and their parameters. */
  public String sampleConditions(List<Object> params) {
    StringBuilder sql = new StringBuilder();
    if (level != null) {
      sql.append(" AND s.sampling_level = ?");
      params.add(level);
    }
    if (department != null) {
      sql.append(" AND s.department = ?");
      params.add(department);
    }
    if (kind != null) {
      sql.append(" AND s.sampling_kind = ?");
      params.add(kind);
    }
    in(sql, params, "s.region_id", regionIds);
    in(sql, params, "s.category_id", categoryIds);
    if (labId != null) {
      sql.append(" AND s.lab_id = ?");
      params.add(labId);
    }
    return sql.toString();
  }

  /** The same conditions on the plan's cells (alias {@code c}), for quotas. */
  public String cellConditions(List<Object> params, Set<Long> topCategoryIds) {
    StringBuilder sql = new StringBuilder();
    if (level != null) {
      sql.append(" AND c.sampling_level = ?");
      params.add(level);
    }
    if (department != null) {
      sql.append(" AND c.department = ?");
      params.add(department);
    }
    in(sql, params, "c.region_id", regionIds);
    in(sql, params, "c.category_id", topCategoryIds);
    return sql.toString();
  }

  private static void in(StringBuilder sql, List<Object> params, String column, Set<Long> ids) {
    if (ids == null) {
      return;
    }
    if (ids.isEmpty()) {
      sql.append(" AND 1 = 0");
      return;
    }
    List<Long> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    sql.append(" AND ")
        .append(column)
        .append(" IN (")
        .append(sorted.stream().map(i -> "?").collect(Collectors.joining(",")))
        .append(")");
    params.addAll(sorted);
  }
}
