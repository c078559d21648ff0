package cn.foodsafety.lims.platform.boundary;

import cn.foodsafety.lims.platform.control.ClusterNode;
import cn.foodsafety.lims.platform.entity.TimerClaim;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Decides which application server runs a scheduled job when every server of a deployment group
 * fires the same timer: the one whose insert of the slot's row commits first. The primary key of
 * {@code timer_claim} decides, not the servers.
 */
@Stateless
@PermitAll
public class TimerClaims {

  private static final Logger LOG = Logger.getLogger(TimerClaims.class.getName());

  @PersistenceContext EntityManager em;

  /**
   * The time slot of a firing: the scheduled minute, found by rounding to the nearest minute so
   * that servers whose clocks differ by under half a minute agree on it.
   */
  public static Instant slot(Instant firedAt) {
    return firedAt.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * True when this server claimed the slot in the caller's transaction (the job runs in it too: if
   * it fails or its server dies, the claim goes with it and another server may take the slot);
   * false when another server has committed the slot already. When another server holds the slot
   * uncommitted, the insert waits for it and then fails: the caller's transaction must roll back.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean claim(String name, Instant slot) {
    Long taken =
        em.createQuery(
                "select count(c) from TimerClaim c where c.name = :name and c.slot = :slot",
                Long.class)
            .setParameter("name", name)
            .setParameter("slot", OffsetDateTime.ofInstant(slot, ZoneOffset.UTC))
            .getSingleResult();
    if (taken > 0) {
      LOG.fine(() -> name + " " + slot + " already run by another server");
      return false;
    }
    // two servers past the check at once: the primary key lets one commit; the other's insert
    // fails here, which its caller takes as "claimed elsewhere"
    em.persist(new TimerClaim(name, slot, ClusterNode.name(), Instant.now()));
    em.flush();
    return true;
  }
}
