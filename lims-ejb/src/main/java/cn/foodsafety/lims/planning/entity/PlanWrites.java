package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.platform.control.ChangeLog;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * A plan, its units or its cells written: the statistics figures (quotas, residents, the rate per
 * 1,000 residents) are computed again after the transaction commits, on every server ({@link
 * ChangeLog}: one row appended per transaction). Bulk deletes of cells, which no listener sees,
 * mark the change where they run.
 */
public class PlanWrites {

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object entity) {
    ChangeLog.mark();
  }
}
