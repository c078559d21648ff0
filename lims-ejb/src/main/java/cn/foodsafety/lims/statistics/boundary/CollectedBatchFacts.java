package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.planning.boundary.CollectedBatches;
import cn.foodsafety.lims.planning.boundary.PlanProgress;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/** A plan's collected batches from the monthly sample facts (planning's progress asks). */
@Dependent
public class CollectedBatchFacts implements CollectedBatches {

  @PersistenceContext EntityManager em;

  @Override
  @SuppressWarnings("unchecked")
  public List<Object[]> inYear(PlanProgress.ProgressBy by, int year, List<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    String column =
        switch (by) {
          case UNIT -> "region_id";
          case LEVEL -> "sampling_level";
          case DEPARTMENT -> "department";
          case CATEGORY -> "top_category_id";
          case MONTH -> "EXTRACT(MONTH FROM month_start)";
          case KIND -> "sampling_kind";
        };
    var q =
        em.createNativeQuery(
            "SELECT "
                + column
                + ", outside_plan, SUM(batches) FROM sample_month_fact WHERE month_start >= ?"
                + " AND month_start <= ? AND region_id IN ("
                + String.join(",", Collections.nCopies(units.size(), "?"))
                + ") GROUP BY "
                + column
                + ", outside_plan");
    q.setParameter(1, LocalDate.of(year, 1, 1));
    q.setParameter(2, LocalDate.of(year, 12, 1));
    for (int i = 0; i < units.size(); i++) {
      q.setParameter(3 + i, units.get(i));
    }
    return q.getResultList();
  }
}
