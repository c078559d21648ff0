package cn.foodsafety.lims.masterdata.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryDepthsTest {

  private final Map<FoodCategory, List<FoodCategory>> children = new HashMap<>();

  private FoodCategory category(String code, FoodCategory parent) {
    FoodCategory c = new FoodCategory(code, code, parent);
    if (parent != null) {
      children.computeIfAbsent(parent, p -> new ArrayList<>()).add(c);
    }
    return c;
  }

  private List<FoodCategory> childrenOf(FoodCategory c) {
    return children.getOrDefault(c, List.of());
  }

  @Test
  void descendantsOfACategoryMovedDownTakeTheirNewDepth() {
    FoodCategory agricultural = category("33", null);
    FoodCategory vegetables = category("3301", null);
    FoodCategory leafy = category("330102", vegetables);
    FoodCategory celery = category("33010201", leafy);
    assertThat(celery.getDepth()).isEqualTo(3);

    vegetables.moveUnder(agricultural);
    int visited = CategoryDepths.followMove(vegetables, this::childrenOf);

    assertThat(visited).isEqualTo(2);
    assertThat(vegetables.getDepth()).isEqualTo(2);
    assertThat(leafy.getDepth()).isEqualTo(3);
    assertThat(celery.getDepth()).isEqualTo(4);
  }

  @Test
  void descendantsOfACategoryMovedToTheTopTakeTheirNewDepth() {
    FoodCategory agricultural = category("33", null);
    FoodCategory fruit = category("3302", agricultural);
    FoodCategory tropical = category("330201", fruit);
    FoodCategory banana = category("33020101", tropical);
    FoodCategory mango = category("33020102", tropical);

    fruit.moveUnder(null);
    CategoryDepths.followMove(fruit, this::childrenOf);

    assertThat(fruit.getDepth()).isEqualTo(1);
    assertThat(tropical.getDepth()).isEqualTo(2);
    assertThat(List.of(banana.getDepth(), mango.getDepth())).containsOnly(3);
    assertThat(agricultural.getDepth()).isEqualTo(1);
  }

  @Test
  void aLeafMovesAlone() {
    FoodCategory leaf = category("01", null);
    assertThat(CategoryDepths.followMove(leaf, this::childrenOf)).isZero();
  }
}
