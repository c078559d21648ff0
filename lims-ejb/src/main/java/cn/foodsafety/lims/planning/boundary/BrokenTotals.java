package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.PlanTotals.Broken;
import cn.foodsafety.lims.planning.entity.PlanTotals.GroupKey;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Messages;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The totals of a plan that differ from their targets, as the page and the API list them and as the
 * approval refuses them: each with its field and message, its unit and category named.
 */
final class BrokenTotals {

  private BrokenTotals() {}

  /** The broken totals as listed (one query for the category names; units from the plan). */
  static List<TotalData> list(EntityManager em, SamplingPlan plan, List<Broken> broken) {
    if (broken.isEmpty()) {
      return List.of();
    }
    Names names = names(em, plan);
    return broken.stream()
        .map(
            b -> {
              GroupKey k = b.key();
              return new TotalData(
                  k.depth(),
                  error(b, names).field(),
                  k.regionId(),
                  names.region(k.regionId()).zh(),
                  k.level(),
                  k.department(),
                  k.categoryId(),
                  k.categoryId() == null ? null : names.category(k.categoryId()).zh(),
                  b.target(),
                  b.actual(),
                  b.difference());
            })
        .toList();
  }

  static FieldError error(Broken b, Names names) {
    GroupKey k = b.key();
    StringBuilder field = new StringBuilder("totals[").append(names.regionCode(k.regionId()));
    if (k.level() != null) {
      field.append('/').append(k.level().name());
    }
    if (k.department() != null) {
      field.append('/').append(k.department().name());
    }
    if (k.categoryId() != null) {
      field.append('/').append(names.categoryCode(k.categoryId()));
    }
    field.append(']');
    String actual = String.valueOf(b.actual());
    String target = String.valueOf(b.target());
    return switch (k.depth()) {
      case UNIT ->
          FieldError.of(
              field.toString(), "lims.plan.total.unit", names.region(k.regionId()), actual, target);
      case LEVEL ->
          FieldError.of(
              field.toString(),
              "lims.plan.total.level",
              names.region(k.regionId()),
              k.level(),
              actual,
              target);
      case DEPARTMENT ->
          FieldError.of(
              field.toString(),
              "lims.plan.total.department",
              names.region(k.regionId()),
              k.level(),
              k.department(),
              actual,
              target);
      case CATEGORY ->
          FieldError.of(
              field.toString(),
              "lims.plan.total.category",
              names.region(k.regionId()),
              k.level(),
              k.department(),
              names.category(k.categoryId()),
              actual,
              target);
    };
  }

  /** Names and codes of regions and categories, loaded once per call. */
  record Names(Map<Long, Region> regions, Map<Long, FoodCategory> categories) {
    Messages.Name region(long id) {
      Region r = regions.get(id);
      return r == null
          ? new Messages.Name(String.valueOf(id), null)
          : new Messages.Name(r.getName(), r.getNameEn());
    }

    String regionCode(long id) {
      Region r = regions.get(id);
      return r == null ? String.valueOf(id) : r.getCode();
    }

    Messages.Name category(long id) {
      FoodCategory c = categories.get(id);
      return c == null
          ? new Messages.Name(String.valueOf(id), null)
          : new Messages.Name(c.getName(), c.getNameEn());
    }

    String categoryCode(long id) {
      FoodCategory c = categories.get(id);
      return c == null ? String.valueOf(id) : c.getCode();
    }
  }

  static Names names(EntityManager em, SamplingPlan plan) {
    Map<Long, Region> units = new HashMap<>();
    plan.getUnits().forEach(u -> units.put(u.getRegion().getId(), u.getRegion()));
    return new Names(
        units,
        em.createQuery("select c from FoodCategory c where c.parent is null", FoodCategory.class)
            .getResultStream()
            .collect(Collectors.toMap(FoodCategory::getId, Function.identity())));
  }
}
