package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.sampling.entity.SampleCounter;
import cn.foodsafety.lims.sampling.entity.SampleNumber;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.sessions.Session;

/**
 * Takes sample numbers. The counter row of a prefix is incremented in the caller's transaction (the
 * one that inserts the sample), which holds the row's lock until it ends, so numbers are neither
 * duplicated nor lost: a rolled-back sample gives its number back. The first number of a prefix
 * needs the row first: it is created in a transaction of its own, and when two samplers race to
 * create it, the loser's insert fails, which is harmless: the row is there.
 */
@Stateless
@LocalBean
@PermitAll
public class SampleCounters {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  /**
   * The next number of the prefix; the counter's row stays locked until the caller's transaction
   * ends, so the caller takes it as late as it can (see {@code SamplingForms}).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public SampleNumber next(String prefix) {
    Long taken = increment(prefix);
    if (taken == null) {
      try {
        context.getBusinessObject(SampleCounters.class).create(prefix);
      } catch (EJBException raceLost) {
        // another transaction created the row between our update and our insert: use theirs
      }
      taken = increment(prefix);
      if (taken == null) {
        throw new IllegalStateException("sample counter " + prefix + " could not be created");
      }
    }
    return new SampleNumber(prefix, taken);
  }

  /**
   * Increments the counter and reads the new value in one statement (one round trip, the row locked
   * by the update itself rather than by a SELECT ... FOR UPDATE before it); null when the prefix
   * has no row yet. PostgreSQL says it with RETURNING, H2 with a data change delta table.
   */
  private Long increment(String prefix) {
    String sql =
        em.unwrap(Session.class).getPlatform().isH2()
            ? "SELECT last_value FROM FINAL TABLE"
                + " (UPDATE sample_counter SET last_value = last_value + 1 WHERE prefix = ?1)"
            : "UPDATE sample_counter SET last_value = last_value + 1 WHERE prefix = ?1"
                + " RETURNING last_value";
    List<?> values = em.createNativeQuery(sql).setParameter(1, prefix).getResultList();
    return values.isEmpty() ? null : ((Number) values.get(0)).longValue();
  }

  /** Creates the counter row of a new prefix, committed at once (see the class comment). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String prefix) {
    if (em.find(SampleCounter.class, prefix) == null) {
      em.persist(new SampleCounter(prefix));
      em.flush();
    }
  }
}
