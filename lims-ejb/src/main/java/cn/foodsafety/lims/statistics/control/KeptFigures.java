package cn.foodsafety.lims.statistics.control;

import cn.foodsafety.lims.platform.control.ChangeLog;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The figures' raw material of recent requests ({@link FiguresReport.Inputs}), kept in one server's
 * memory and reused while nothing they are computed from has changed: each is kept under the {@link
 * ChangeLog.Fingerprint} its reader took before computing it, and handed to a later reader only
 * when that reader's fingerprint is equal (no change committed in between, on any server) and it is
 * younger than {@link ChangeLog#REUSE}. The key holds everything else the inputs depend on: the
 * period (with its as-of date, which follows today), the scope, the units and the reference data
 * they were read with. Readers that miss at once for the same key and fingerprint wait for one
 * computation instead of all reading the database. At most {@code capacity} keys, least recently
 * used first out.
 *
 * @param <V> what is kept (the inputs; a test keeps anything)
 */
public final class KeptFigures<V> {

  /** What the inputs depend on besides the change log; the reference data by identity. */
  public record Key(Period period, Scope scope, Set<Long> units, Identity reference) {

    public static Key of(Period period, Scope scope, Set<Long> units, Object reference) {
      return new Key(period, scope, units, new Identity(reference));
    }
  }

  /** Equal only to itself: reference data read again is a new key even if it looks the same. */
  public record Identity(Object value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity i && i.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  /** The computation on a miss (reads the database). */
  @FunctionalInterface
  public interface Computation<V> {
    V compute() throws SQLException;
  }

  private record Entry<V>(
      ChangeLog.Fingerprint fingerprint, long readAt, CompletableFuture<V> value) {}

  private final int capacity;

  private final long reuseNanos;

  private final LongSupplier nanoTime;

  private final Map<Key, Entry<V>> entries;

  private final AtomicLong hits = new AtomicLong();

  private final AtomicLong misses = new AtomicLong();

  public KeptFigures(int capacity, LongSupplier nanoTime) {
    this.capacity = capacity;
    this.reuseNanos = ChangeLog.REUSE.toNanos();
    this.nanoTime = nanoTime;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Entry<V>> eldest) {
            return size() > KeptFigures.this.capacity;
          }
        };
  }

  /**
   * The value kept under the key and fingerprint, or the computation's (then kept). The caller
   * reads the fingerprint in its transaction before calling, so what it is given was computed from
   * a state at least as new as the one its fingerprint saw.
   */
  public V get(Key key, ChangeLog.Fingerprint fingerprint, Computation<V> computation)
      throws SQLException {
    long now = nanoTime.getAsLong();
    Entry<V> mine = new Entry<>(fingerprint, now, new CompletableFuture<>());
    Entry<V> found;
    synchronized (entries) {
      found = entries.get(key);
      if (found == null
          || !found.fingerprint().equals(fingerprint)
          || now - found.readAt() >= reuseNanos
          || found.value().isCompletedExceptionally()) {
        entries.put(key, mine);
        found = null;
      }
    }
    if (found != null) {
      hits.incrementAndGet();
      try {
        return found.value().join();
      } catch (CompletionException e) {
        // the other reader failed: this one computes for itself
        return computation.compute();
      }
    }
    misses.incrementAndGet();
    try {
      V value = computation.compute();
      mine.value().complete(value);
      return value;
    } catch (Throwable e) {
      // readers waiting for this computation compute for themselves
      mine.value().completeExceptionally(e);
      synchronized (entries) {
        entries.remove(key, mine);
      }
      throw e;
    }
  }

  /** Requests answered from memory. */
  public long hits() {
    return hits.get();
  }

  /** Requests that computed. */
  public long misses() {
    return misses.get();
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
