package cn.foodsafety.lims.sampling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many samples the database holds, in all and by region, counted at most once a minute: not an
 * answer to anyone, only what the samples list weighs a viewer's jurisdiction against to choose how
 * the database counts and finds a page (Samples.list). Counts up to a minute old only make that
 * choice a little less apt; which rows a page holds and the total it answers never depend on them.
 */
@ApplicationScoped
public class SampleCounts {
  static final long MAX_AGE_NANOS = 60_000_000_000L;

  /** The counts of one moment. */
  public record Counted(long all, Map<Long, Long> byRegion, long atNanos) {

    /** The share of all samples taken in these regions (0 when there are none at all). */
    public double share(Set<Long> regionIds) {
      if (all == 0) {
        return 0;
      }
      long in = 0;
      for (Long id : regionIds) {
        in += byRegion.getOrDefault(id, 0L);
      }
      return (double) in / all;
    }
  }

  private volatile Counted counted;

  public Counted of(EntityManager em) {
    Counted c = counted;
    long now = System.nanoTime();
    if (c == null || now - c.atNanos() > MAX_AGE_NANOS) {
      List<Object[]> rows =
          em.createQuery(
                  "SELECT s.regionId, COUNT(s) FROM Sample s GROUP BY s.regionId", Object[].class)
              .getResultList();
      Map<Long, Long> byRegion = new HashMap<>();
      long all = 0;
      for (Object[] row : rows) {
        long n = ((Number) row[1]).longValue();
        byRegion.put(((Number) row[0]).longValue(), n);
        all += n;
      }
      c = new Counted(all, Map.copyOf(byRegion), now);
      counted = c;
    }
    return c;
  }
}
