package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.platform.control.Violations;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** Finds the records a set of ids names, for the boundaries that link master data to each other. */
final class ReferencedRecords {

  private ReferencedRecords() {}

  /**
   * The records with these ids. An id that names nothing is a field error; so is a deactivated
   * record that is not linked already (what was linked before it was deactivated may stay, so that
   * the rest of the record can still be edited).
   */
  static <T> Set<T> find(
      EntityManager em,
      Class<T> type,
      Collection<Long> ids,
      Collection<T> linkedBefore,
      Predicate<T> active,
      Function<T, String> label,
      String field,
      Violations v) {
    Set<T> found = new HashSet<>();
    if (ids == null) {
      return found;
    }
    for (Long id : ids.stream().filter(Objects::nonNull).distinct().sorted().toList()) {
      T record = em.find(type, id);
      if (record == null) {
        v.add(field, "lims.field.unknownReference", id);
      } else {
        v.addIf(
            !active.test(record) && !linkedBefore.contains(record),
            field,
            "lims.field.inactiveReference",
            label.apply(record));
        found.add(record);
      }
    }
    return found;
  }
}
