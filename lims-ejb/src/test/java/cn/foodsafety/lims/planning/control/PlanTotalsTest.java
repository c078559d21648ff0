package cn.foodsafety.lims.planning.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.PlanTotals;
import cn.foodsafety.lims.planning.entity.PlanTotals.Broken;
import cn.foodsafety.lims.planning.entity.PlanTotals.Depth;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTotalsTest {

  static final GroupKey A =
      GroupKey.of(1, SamplingLevel.MUNICIPAL, Department.MARKET_REGULATION, 5);
  static final GroupKey B =
      GroupKey.of(1, SamplingLevel.MUNICIPAL, Department.MARKET_REGULATION, 4);
  static final GroupKey C = GroupKey.of(1, SamplingLevel.COUNTY, Department.AGRICULTURE, 33);

  static Map<GroupKey, Integer> plan(int a, int b, int c) {
    Map<GroupKey, Integer> m = new HashMap<>();
    m.put(A, a);
    m.put(B, b);
    m.put(C, c);
    return PlanTotals.rollUp(m);
  }

  @Test
  void nothingIsBrokenWhenCellsMatchTheTargets() {
    assertThat(PlanTotals.broken(plan(10, 5, 7), plan(10, 5, 7))).isEmpty();
  }

  @Test
  void aHandEditBreaksEveryTotalAboveTheCell() {
    List<Broken> broken = PlanTotals.broken(plan(10, 5, 7), plan(12, 5, 7));
    assertThat(broken)
        .extracting(b -> b.key().depth())
        .containsExactly(Depth.UNIT, Depth.LEVEL, Depth.DEPARTMENT, Depth.CATEGORY);
    assertThat(broken).allMatch(b -> b.difference() == 2);
    assertThat(broken.get(0).target()).isEqualTo(22);
    assertThat(broken.get(0).actual()).isEqualTo(24);
  }

  @Test
  void movingBatchesBetweenCategoriesBreaksOnlyTheCategories() {
    List<Broken> broken = PlanTotals.broken(plan(10, 5, 7), plan(8, 7, 7));
    assertThat(broken).extracting(Broken::key).containsExactly(B, A);
  }

  @Test
  void movingBatchesBetweenLevelsBreaksTheLevelsButNotTheUnit() {
    List<Broken> broken = PlanTotals.broken(plan(10, 5, 7), plan(9, 5, 8));
    assertThat(broken).extracting(b -> b.key().depth()).doesNotContain(Depth.UNIT);
    assertThat(broken).hasSize(6);
  }

  @Test
  void aGroupMissingOnOneSideCountsAsZero() {
    Map<GroupKey, Integer> actual = plan(10, 5, 7);
    actual.put(GroupKey.of(2, SamplingLevel.COUNTY, Department.CUSTOMS, 9), 1);
    List<Broken> broken = PlanTotals.broken(plan(10, 5, 7), actual);
    assertThat(broken).hasSize(1);
    assertThat(broken.get(0).target()).isZero();
  }
}
