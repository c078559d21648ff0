package cn.foodsafety.lims.sampling.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the laboratory for a sample. A laboratory is eligible when
 *
 * <ol>
 *   <li>it is accredited for the food: its scope names the sample's category or a category above
 *       it, and its scope test items include every test item that applies to the category;
 *   <li>it does not belong to the organization whose team collected the sample (separation of
 *       sampling and testing, 抽检分离: DOMAIN.md);
 * </ol>
 *
 * and among the eligible ones the proposal is the laboratory with the lowest load: samples assigned
 * to it in the last 7 days divided by its weekly capacity. Ties go to the laboratory code, then the
 * id, so the same situation always gives the same proposal. Plain and stateless.
 */
public final class LabSelector {

  /** A laboratory as the selection sees it ({@code nameEn}: its English name, if it has one). */
  public record Lab(
      long id,
      String code,
      String name,
      String nameEn,
      long ownerId,
      Set<Long> scopeCategoryIds,
      Set<Long> scopeTestItemIds,
      int weeklyCapacity) {
    public Lab {
      Objects.requireNonNull(code);
      scopeCategoryIds = Set.copyOf(scopeCategoryIds);
      scopeTestItemIds = Set.copyOf(scopeTestItemIds);
    }
  }

  /**
   * What a sample needs: its category and the categories above it (nearest first), the test items
   * that apply, and the organization that answers for the team that collected it.
   */
  public record Need(List<Long> categoryLineage, Set<Long> testItemIds, long samplingOwnerId) {
    public Need {
      categoryLineage = List.copyOf(categoryLineage);
      testItemIds = Set.copyOf(testItemIds);
    }
  }

  /** Why a laboratory cannot take the sample. */
  public enum Exclusion {
    /** Neither the category nor one above it is in the lab's scope. */
    CATEGORY_NOT_ACCREDITED,
    /** The category is, but some test items that apply to it are not. */
    TEST_ITEMS_NOT_ACCREDITED,
    /** The lab belongs to the organization whose team collected the sample. */
    SAME_ORGANIZATION,
    /** No weekly capacity is recorded: nothing can be planned on it. */
    NO_CAPACITY
  }

  /** A laboratory left out, and why. */
  public record Excluded(Lab lab, Exclusion reason) {}

  /**
   * The outcome: the proposed laboratory (empty when none is eligible) and every laboratory that
   * was left out with its reason.
   */
  public record Proposal(Optional<Lab> lab, List<Excluded> excluded) {}

  private LabSelector() {}

  /** Why the laboratory may not take the sample, or empty when it may. */
  public static Optional<Exclusion> check(Lab lab, Need need) {
    Optional<Exclusion> accreditation = accreditation(lab, need);
    if (accreditation.isPresent()) {
      return accreditation;
    }
    if (lab.ownerId() == need.samplingOwnerId()) {
      return Optional.of(Exclusion.SAME_ORGANIZATION);
    }
    if (lab.weeklyCapacity() <= 0) {
      return Optional.of(Exclusion.NO_CAPACITY);
    }
    return Optional.empty();
  }

  /** Whether the laboratory's accreditation covers the food (rule 1 alone). */
  public static Optional<Exclusion> accreditation(Lab lab, Need need) {
    boolean category = need.categoryLineage().stream().anyMatch(lab.scopeCategoryIds()::contains);
    if (!category) {
      return Optional.of(Exclusion.CATEGORY_NOT_ACCREDITED);
    }
    if (!lab.scopeTestItemIds().containsAll(need.testItemIds())) {
      return Optional.of(Exclusion.TEST_ITEMS_NOT_ACCREDITED);
    }
    return Optional.empty();
  }

  /** Whether any of the laboratories is accredited for the food, whoever collected it. */
  public static boolean anyAccredited(List<Lab> labs, Need need) {
    return labs.stream().anyMatch(l -> accreditation(l, need).isEmpty());
  }

  /**
   * Proposes a laboratory.
   *
   * @param loads samples assigned in the last 7 days, by laboratory id (missing = none)
   */
  public static Proposal propose(List<Lab> labs, Need need, Map<Long, Long> loads) {
    List<Lab> eligible = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Lab lab : labs.stream().sorted(BY_CODE).toList()) {
      Optional<Exclusion> why = check(lab, need);
      if (why.isPresent()) {
        excluded.add(new Excluded(lab, why.get()));
      } else {
        eligible.add(lab);
      }
    }
    Comparator<Lab> byLoad =
        (a, b) -> {
          // a.load / a.capacity against b.load / b.capacity, exactly, without division
          long left = loads.getOrDefault(a.id(), 0L) * (long) b.weeklyCapacity();
          long right = loads.getOrDefault(b.id(), 0L) * (long) a.weeklyCapacity();
          return Long.compare(left, right);
        };
    return new Proposal(eligible.stream().min(byLoad.thenComparing(BY_CODE)), excluded);
  }

  private static final Comparator<Lab> BY_CODE =
      Comparator.comparing(Lab::code).thenComparingLong(Lab::id);
}
