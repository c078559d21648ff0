package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.statistics.control.Reference;
import java.util.List;
import java.util.Locale;

/** What the oversight boundaries share in shaping their lists: names and pages. */
final class OversightLists {

  private OversightLists() {}

  static String regionName(Reference ref, long id, Locale locale) {
    Reference.Node n = ref.regions().get(id);
    return n == null ? null : n.name(locale);
  }

  static String categoryName(Reference ref, long id, Locale locale) {
    Reference.Node n = ref.categories().get(id);
    return n == null ? null : n.name(locale);
  }

  static void checkPage(int page, int size) {
    Violations v = new Violations();
    v.addIf(page < 0, "page", "lims.list.page.negative");
    v.addIf(size < 1 || size > 500, "size", "lims.list.size.range", 1, 500);
    v.throwIfAny();
  }

  static <T> Page<T> page(List<T> all, int page, int size) {
    int from = (int) Math.min((long) page * size, all.size());
    int to = Math.min(from + size, all.size());
    return new Page<>(all.subList(from, to), all.size(), page, size);
  }
}
