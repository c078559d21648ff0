package cn.foodsafety.lims.disclosure.boundary;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The category filter of both lists: a category code stands for itself and all below it. */
final class CategoryScope {

  private CategoryScope() {}

  static Set<Long> within(EntityManager em, String code) {
    List<FoodCategory> all =
        em.createQuery("select c from FoodCategory c", FoodCategory.class).getResultList();
    FoodCategory top =
        all.stream()
            .filter(c -> c.getCode().equals(code.strip()))
            .findFirst()
            .orElseThrow(
                () -> InvalidInputException.of("category", "lims.list.filter.invalid", code));
    return all.stream()
        .filter(c -> c.isWithin(top))
        .map(FoodCategory::getId)
        .collect(Collectors.toSet());
  }
}
