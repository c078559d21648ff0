package cn.foodsafety.lims.masterdata.control;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.Function;

/**
 * Keeps the stored depth of food categories true after a move. The depth lets listings filter a
 * level (all 大类, all 细类) without walking the tree, so every category below a moved one must take
 * the depth its new place implies.
 */
public final class CategoryDepths {

  private CategoryDepths() {}

  /**
   * Re-derives the depth of every category below {@code moved}, level by level.
   *
   * @param childrenOf the categories directly below a category
   * @return how many categories were visited below the moved one
   */
  public static int followMove(
      FoodCategory moved, Function<FoodCategory, ? extends Collection<FoodCategory>> childrenOf) {
    int visited = 0;
    Deque<FoodCategory> pending = new ArrayDeque<>();
    pending.add(moved);
    while (!pending.isEmpty()) {
      FoodCategory parent = pending.removeFirst();
      for (FoodCategory child : childrenOf.apply(parent)) {
        // moving a child under the parent it already has re-derives its depth from the parent's
        child.moveUnder(parent);
        pending.addLast(child);
        visited++;
      }
    }
    return visited;
  }
}
