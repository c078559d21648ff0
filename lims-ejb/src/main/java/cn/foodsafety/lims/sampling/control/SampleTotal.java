package cn.foodsafety.lims.sampling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How many samples the database holds, counted at most once a minute: not an answer to anyone, only
 * what the samples list weighs a viewer's total against to choose how the database finds a page
 * (Samples.list). A figure up to a minute old only makes that choice a little less apt; which rows
 * the page holds never depends on it.
 */
@ApplicationScoped
public class SampleTotal {
  static final long MAX_AGE_NANOS = 60_000_000_000L;

  private record Counted(long count, long atNanos) {}

  private volatile Counted counted;

  public long approximately(EntityManager em) {
    Counted c = counted;
    long now = System.nanoTime();
    if (c == null || now - c.atNanos() > MAX_AGE_NANOS) {
      long count = em.createQuery("SELECT COUNT(s) FROM Sample s", Long.class).getSingleResult();
      c = new Counted(count, now);
      counted = c;
    }
    return c.count();
  }
}
