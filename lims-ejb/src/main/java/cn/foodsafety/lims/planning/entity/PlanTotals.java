package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.Department;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The totals a plan is checked against. A hand edit of a cell may break the sum of its unit, its
 * unit × level, unit × level × department or unit × level × department × category; each of these
 * sums must equal its target (what the allocator computed from the inputs, campaigns included)
 * before the plan can be approved.
 */
public final class PlanTotals {

  private PlanTotals() {}

  /** How deep a total goes: a unit, then its level, department and category. */
  public enum Depth {
    UNIT,
    LEVEL,
    DEPARTMENT,
    CATEGORY
  }

  /** A group of cells; the dimensions below its depth are null. */
  public record GroupKey(
      long regionId, SamplingLevel level, Department department, Long categoryId) {

    public Depth depth() {
      return categoryId != null
          ? Depth.CATEGORY
          : department != null ? Depth.DEPARTMENT : level != null ? Depth.LEVEL : Depth.UNIT;
    }

    /** The group of this key at a given depth (at most its own). */
    public GroupKey at(Depth d) {
      return switch (d) {
        case UNIT -> new GroupKey(regionId, null, null, null);
        case LEVEL -> new GroupKey(regionId, level, null, null);
        case DEPARTMENT -> new GroupKey(regionId, level, department, null);
        case CATEGORY -> this;
      };
    }

    public static GroupKey of(
        long regionId, SamplingLevel level, Department department, long categoryId) {
      return new GroupKey(
          regionId, Objects.requireNonNull(level), Objects.requireNonNull(department), categoryId);
    }
  }

  /** A total that differs from its target. */
  public record Broken(GroupKey key, int target, int actual) {
    public int difference() {
      return actual - target;
    }
  }

  /** Order of the list: the coarse totals first, then by unit, level, department, category. */
  public static final Comparator<GroupKey> ORDER =
      Comparator.comparing(GroupKey::depth)
          .thenComparingLong(GroupKey::regionId)
          .thenComparing(GroupKey::level, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(GroupKey::department, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(GroupKey::categoryId, Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * Sums batches at the category depth up to every depth.
   *
   * @param byCategory batches per unit × level × department × category
   */
  public static Map<GroupKey, Integer> rollUp(Map<GroupKey, Integer> byCategory) {
    Map<GroupKey, Integer> all = new HashMap<>();
    byCategory.forEach(
        (k, v) -> {
          for (Depth d : Depth.values()) {
            all.merge(k.at(d), v, Integer::sum);
          }
        });
    return all;
  }

  /**
   * Every total that differs from its target, at every depth; a group missing on one side counts as
   * zero there.
   */
  public static List<Broken> broken(Map<GroupKey, Integer> targets, Map<GroupKey, Integer> actual) {
    Set<GroupKey> keys = new HashSet<>(targets.keySet());
    keys.addAll(actual.keySet());
    List<Broken> broken = new ArrayList<>();
    for (GroupKey k : keys) {
      int t = targets.getOrDefault(k, 0);
      int a = actual.getOrDefault(k, 0);
      if (t != a) {
        broken.add(new Broken(k, t, a));
      }
    }
    broken.sort(Comparator.comparing(Broken::key, ORDER));
    return broken;
  }
}
