package cn.foodsafety.lims.masterdata.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.foodsafety.lims.kernel.ReferenceChanged;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kept jurisdiction is read again after a change of regions committed here (the event) or on
 * another server (the generation), and not before.
 */
class JurisdictionsTest {

  /** The region tree the fake database answers from: child id to parent id. */
  private final Map<Long, Long> parents = new HashMap<>();

  private int queries;

  private long generation;

  private final Jurisdictions jurisdictions = new Jurisdictions();

  @BeforeEach
  void setUp() {
    parents.put(1L, null);
    parents.put(2L, 1L);
    parents.put(3L, 2L);
    jurisdictions.em = database();
    jurisdictions.generations =
        new CacheGenerations() {
          @Override
          public long current(String name) {
            assertEquals(CacheGenerations.REFERENCE, name);
            return generation;
          }
        };
  }

  @Test
  void keptUntilTheRegionsChange() {
    assertEquals(Set.of(1L, 2L, 3L), jurisdictions.of(1L).regionIds());
    assertEquals(Set.of(2L, 3L), jurisdictions.of(2L).regionIds());
    assertEquals(Set.of(1L, 2L, 3L), jurisdictions.of(1L).regionIds());
    assertEquals(2, queries, "one query per top region");

    parents.put(4L, 2L);
    assertEquals(Set.of(2L, 3L), jurisdictions.of(2L).regionIds(), "kept: nothing told of it");

    jurisdictions.forget(new ReferenceChanged());
    assertEquals(Set.of(2L, 3L, 4L), jurisdictions.of(2L).regionIds(), "changed through here");

    parents.put(5L, 4L);
    generation++;
    assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), jurisdictions.of(1L).regionIds(), "changed elsewhere");
    assertEquals(Set.of(), jurisdictions.of(99L).regionIds(), "an unknown region");
  }

  /** An entity manager whose one native query is the recursive query of the regions below ?1. */
  private EntityManager database() {
    return (EntityManager)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (em, method, args) -> {
              if (!method.getName().equals("createNativeQuery")) {
                throw new UnsupportedOperationException(method.getName());
              }
              long[] top = new long[1];
              return Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {Query.class},
                  (query, m, a) ->
                      switch (m.getName()) {
                        case "setParameter" -> {
                          top[0] = ((Number) a[1]).longValue();
                          yield query;
                        }
                        case "getResultList" -> {
                          queries++;
                          yield below(top[0]);
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                      });
            });
  }

  private List<Object> below(long top) {
    List<Object> ids = new ArrayList<>();
    if (!parents.containsKey(top)) {
      return ids;
    }
    ids.add(top);
    for (int i = 0; i < ids.size(); i++) {
      Long id = (Long) ids.get(i);
      parents.forEach(
          (child, parent) -> {
            if (id.equals(parent)) {
              ids.add(child);
            }
          });
    }
    return ids;
  }
}
