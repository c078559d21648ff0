package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.sampling.entity.SampleCounter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Takes sample numbers. The counter row of a prefix is read with a pessimistic lock in the caller's
 * transaction (the one that inserts the sample), so numbers are neither duplicated nor lost. The
 * first number of a prefix needs the row first: it is created in a transaction of its own, and when
 * two samplers race to create it, the loser's insert fails, which is harmless: the row is there.
 */
@Stateless
@LocalBean
@PermitAll
public class SampleCounters {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  /** The next number of the prefix, held until the caller's transaction ends. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public SampleCounter lock(String prefix) {
    SampleCounter counter = em.find(SampleCounter.class, prefix, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      try {
        context.getBusinessObject(SampleCounters.class).create(prefix);
      } catch (EJBException raceLost) {
        // another transaction created the row between our read and our insert: use theirs
      }
      counter = em.find(SampleCounter.class, prefix, LockModeType.PESSIMISTIC_WRITE);
      if (counter == null) {
        throw new IllegalStateException("sample counter " + prefix + " could not be created");
      }
    }
    return counter;
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
