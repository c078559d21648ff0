package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.PlanTotals;
import cn.foodsafety.lims.planning.entity.SamplingLevel;

/**
 * A total of a plan that differs from its target: the sum of the cells of a unit (depth UNIT), of a
 * unit's level (LEVEL), department (DEPARTMENT) or category (CATEGORY); {@code difference} = actual
 * − target.
 */
public record TotalData(
    PlanTotals.Depth depth,
    String field,
    Long regionId,
    String regionName,
    SamplingLevel level,
    Department department,
    Long categoryId,
    String categoryName,
    int target,
    int actual,
    int difference) {}
