package cn.foodsafety.lims.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the caches of every application server of a deployment group honest: a cache held in one
 * server's memory (the working-day calendar, recently checked passwords) is built at a generation
 * of its name in {@code cache_generation}; a change raises that generation in the transaction that
 * makes the change, and each server reads the generations at most once a second, so a change made
 * through one server is seen by the caches of all of them within about a second (at once on the
 * server that made it, whose caches also listen to the change's event).
 *
 * <p>A plain CDI bean, not an enterprise bean: every API request looks at two or three generations
 * (credentials, accounts, reference data), and an enterprise bean's call (security, transaction and
 * invocation bookkeeping) cost more than the look itself.
 */
@ApplicationScoped
public class CacheGenerations {

  /** The working-day calendar. */
  public static final String CALENDAR = "calendar";

  /** Passwords and active flags of the users. */
  public static final String CREDENTIALS = "credentials";

  /** User accounts (EclipseLink's shared cache of each server). */
  public static final String ACCOUNTS = "accounts";

  /**
   * Regions, food categories, organizations, settings (EclipseLink's shared cache of each server).
   */
  public static final String REFERENCE = "reference";

  static final long RECHECK_NANOS = 1_000_000_000L;

  @PersistenceContext EntityManager em;

  private record Seen(long generation, long readAt) {}

  private final Map<String, Seen> seen = new ConcurrentHashMap<>();

  /**
   * The generation of the named cache, as read from the database within the last second (in the
   * caller's transaction, if any).
   */
  public long current(String name) {
    long now = System.nanoTime();
    Seen s = seen.get(name);
    if (s != null && now - s.readAt() < RECHECK_NANOS) {
      return s.generation();
    }
    Object value =
        em.createNativeQuery("SELECT generation FROM cache_generation WHERE name = ?1")
            .setParameter(1, name)
            .getResultStream()
            .findFirst()
            .orElse(0L);
    long generation = ((Number) value).longValue();
    seen.put(name, new Seen(generation, now));
    return generation;
  }

  /**
   * Raises the generation of the named cache in the caller's transaction: when it commits, every
   * server rebuilds that cache (this one at its next look, the others within a second).
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void raise(String name) {
    int updated =
        em.createNativeQuery(
                "UPDATE cache_generation SET generation = generation + 1 WHERE name = ?1")
            .setParameter(1, name)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("INSERT INTO cache_generation (name, generation) VALUES (?1, 1)")
          .setParameter(1, name)
          .executeUpdate();
    }
    seen.remove(name);
  }
}
