package cn.foodsafety.lims.security.boundary;

import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import cn.foodsafety.lims.security.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who is asking, without asking the database on every request: each user's id by name (a name never
 * changes and no account is deleted, so the pair holds for good), and the users themselves in
 * EclipseLink's shared cache. A change through JPA updates this server's shared cache on commit; a
 * change made through another server of a deployment group raises {@link CacheGenerations#ACCOUNTS}
 * in its transaction, and this server drops its cached users at the next look at that generation
 * (read at most once a second). A plain CDI bean: it is asked on every request, and an enterprise
 * bean's call cost more than the look.
 */
@ApplicationScoped
public class AccountCache {

  private static final int MAX_ENTRIES = 10_000;

  @PersistenceUnit EntityManagerFactory factory;

  @Inject CacheGenerations generations;

  private final Map<String, Long> ids = new ConcurrentHashMap<>();

  private final AtomicLong seen = new AtomicLong(-1);

  /** The id of the user with this name, when known; first drops users changed elsewhere. */
  public Long idOf(String username) {
    long now = generations.current(CacheGenerations.ACCOUNTS);
    long before = seen.getAndSet(now);
    if (before >= 0 && before != now) {
      factory.getCache().evict(User.class);
    }
    return ids.get(username);
  }

  public void remember(String username, long id) {
    if (ids.size() > MAX_ENTRIES) {
      ids.clear();
    }
    ids.put(username, id);
  }
}
