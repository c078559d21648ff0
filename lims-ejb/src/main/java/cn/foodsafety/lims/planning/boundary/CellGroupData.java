package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingLevel;

/**
 * A cell group of a plan (unit, level, department, top-level category, all months): what the plan
 * holds, what tasks (not cancelled) already take, and what is still available for new tasks.
 */
public record CellGroupData(
    Long regionId,
    String regionName,
    SamplingLevel level,
    Department department,
    Long categoryId,
    String categoryCode,
    String categoryName,
    int planned,
    int tasked,
    int available) {}
