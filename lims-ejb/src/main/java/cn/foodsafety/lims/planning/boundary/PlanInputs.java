package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.CategoryWeight;
import cn.foodsafety.lims.planning.entity.DepartmentWeight;
import cn.foodsafety.lims.planning.entity.FixedBatches;
import cn.foodsafety.lims.planning.entity.MonthWeight;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The inputs of a plan's allocation: fixed batches from above (national, provincial, routine
 * monitoring) per unit and category, the department weights (5), the category weights with the
 * minimums of key categories, and the month weights (12, January first). Weights are relative (they
 * need not sum to 1); an update replaces all of them and carries the plan's {@code version}.
 */
public record PlanInputs(
    List<Fixed> fixed,
    List<DepartmentShare> departmentWeights,
    List<CategoryShare> categoryWeights,
    List<BigDecimal> monthWeights,
    Long version) {

  /** Fixed batches of a unit, level and category. */
  @Schema(name = "FixedBatches")
  public record Fixed(
      Long regionId,
      String regionName,
      SamplingLevel level,
      Long categoryId,
      String categoryName,
      Integer batches) {}

  /** A department's weight. */
  public record DepartmentShare(Department department, BigDecimal weight) {}

  /** A top-level category's weight and minimum batches. */
  public record CategoryShare(
      Long categoryId,
      String categoryCode,
      String categoryName,
      Boolean keyCategory,
      BigDecimal weight,
      Integer minimumBatches) {}

  static PlanInputs of(SamplingPlan p) {
    return new PlanInputs(
        p.getFixedBatches().stream()
            .sorted(
                Comparator.comparing((FixedBatches f) -> f.getRegion().getCode())
                    .thenComparing(FixedBatches::getLevel)
                    .thenComparing(f -> f.getCategory().getCode()))
            .map(
                f ->
                    new Fixed(
                        f.getRegion().getId(),
                        f.getRegion().getName(),
                        f.getLevel(),
                        f.getCategory().getId(),
                        f.getCategory().getName(),
                        f.getBatches()))
            .toList(),
        p.getDepartmentWeights().stream()
            .sorted(Comparator.comparing(DepartmentWeight::getDepartment))
            .map(d -> new DepartmentShare(d.getDepartment(), d.getWeight()))
            .toList(),
        p.getCategoryWeights().stream()
            .sorted(Comparator.comparing(c -> c.getCategory().getCode()))
            .map(
                (CategoryWeight c) ->
                    new CategoryShare(
                        c.getCategory().getId(),
                        c.getCategory().getCode(),
                        c.getCategory().getName(),
                        c.getCategory().isKeyCategory(),
                        c.getWeight(),
                        c.getMinimumBatches()))
            .toList(),
        p.getMonthWeights().stream().map(MonthWeight::getWeight).toList(),
        p.getVersion());
  }
}
