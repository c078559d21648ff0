package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.PlanCell;
import cn.foodsafety.lims.planning.entity.SamplingLevel;

/**
 * A cell of a plan: batches of a unit, level, department, top-level category and month, of which
 * {@code smallFarmerBatches} from small farmers. A change names the cell by {@code id} or by its
 * key (regionId, level, department, categoryId, month) and carries the {@code version} read (none
 * for a cell that has no batches yet).
 */
public record CellData(
    Long id,
    Long regionId,
    String regionCode,
    String regionName,
    SamplingLevel level,
    Department department,
    Long categoryId,
    String categoryCode,
    String categoryName,
    Integer month,
    Integer batches,
    Integer smallFarmerBatches,
    Boolean edited,
    Long version) {

  static CellData of(PlanCell c) {
    return new CellData(
        c.getId(),
        c.getRegion().getId(),
        c.getRegion().getCode(),
        c.getRegion().getName(),
        c.getLevel(),
        c.getDepartment(),
        c.getCategory().getId(),
        c.getCategory().getCode(),
        c.getCategory().getName(),
        c.getMonth(),
        c.getBatches(),
        c.getSmallFarmerBatches(),
        c.isEdited(),
        c.getVersion());
  }
}
