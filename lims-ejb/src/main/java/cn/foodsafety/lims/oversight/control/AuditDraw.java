package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws the records of an audit (抽检数据抽查): a random sample of a period's records, stratified (by
 * unit, sampling team or lab) so that every stratum is represented in proportion to its size, and
 * reproducible: the same population and the same seed give the same records, so a province can
 * verify a city's draw.
 *
 * <p>Allocation: each stratum gets ⌊n · N<sub>h</sub> / N⌋ records, the rest go one by one to the
 * strata with the largest remainders (ties: the smaller stratum key). Within a stratum the records
 * (ordered by id) are shuffled with a generator seeded from the seed and the stratum key, and the
 * first ones are taken.
 */
public final class AuditDraw {

  private AuditDraw() {}

  /** A record that may be drawn and its stratum. */
  public record Candidate(long id, long stratum) {}

  public static List<Candidate> draw(List<Candidate> population, int size, long seed) {
    if (size < 1) {
      throw InvalidInputException.of("size", "lims.field.positive");
    }
    if (size > population.size()) {
      throw InvalidInputException.of("size", "lims.audit.size.population", population.size());
    }
    Map<Long, List<Candidate>> strata = new TreeMap<>();
    population.stream()
        .sorted(Comparator.comparingLong(Candidate::id))
        .forEach(c -> strata.computeIfAbsent(c.stratum(), k -> new ArrayList<>()).add(c));
    long total = population.size();
    Map<Long, Integer> quota = new TreeMap<>();
    List<long[]> remainders = new ArrayList<>();
    int given = 0;
    for (Map.Entry<Long, List<Candidate>> e : strata.entrySet()) {
      long n = (long) size * e.getValue().size();
      int q = (int) (n / total);
      quota.put(e.getKey(), q);
      given += q;
      remainders.add(new long[] {n % total, e.getKey()});
    }
    remainders.sort(
        Comparator.comparingLong((long[] r) -> r[0]).reversed().thenComparingLong(r -> r[1]));
    for (int i = 0; given < size; i++, given++) {
      quota.merge(remainders.get(i)[1], 1, Integer::sum);
    }
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<Long, List<Candidate>> e : strata.entrySet()) {
      List<Candidate> list = new ArrayList<>(e.getValue());
      java.util.Collections.shuffle(list, new Random(seed * 31 + e.getKey()));
      out.addAll(list.subList(0, quota.get(e.getKey())));
    }
    out.sort(Comparator.comparingLong(Candidate::stratum).thenComparingLong(Candidate::id));
    return out;
  }
}
