package cn.foodsafety.lims.platform.boundary;

import cn.foodsafety.lims.platform.entity.IdempotentRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Safe retries: a POST with an {@code Idempotency-Key} claims the key in the transaction of the
 * change it makes, and stores its answer there too; so after a crash or a failed commit either both
 * the change and the key are saved (a retry gets the first answer) or neither is (a retry makes the
 * change). The same key with another request is refused. Keys are per caller.
 */
@Stateless
@PermitAll
public class IdempotencyKeys {

  /** What a key means for a request. */
  public enum Claim {
    /** Never used: go ahead. */
    NEW,
    /** Used by the same request, which was answered: give that answer again. */
    REPLAY,
    /** Used by another request (another path or body): refuse. */
    MISMATCH,
    /** Claimed by the same request still running (or never answered): try again later. */
    IN_PROGRESS
  }

  /** The claim and, for a replay, the first answer. */
  public record Lookup(Claim claim, IdempotentRequest first) {}

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Lookup lookup(String caller, String key, String requestHash) {
    IdempotentRequest r = em.find(IdempotentRequest.class, new IdempotentRequest.Id(caller, key));
    if (r == null) {
      return new Lookup(Claim.NEW, null);
    }
    if (!r.getRequestHash().equals(requestHash)) {
      return new Lookup(Claim.MISMATCH, null);
    }
    return r.getStatus() == null
        ? new Lookup(Claim.IN_PROGRESS, null)
        : new Lookup(Claim.REPLAY, r);
  }

  /** Claims the key in the caller's transaction (a second claim fails on the primary key). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void claim(String caller, String key, String requestHash) {
    em.persist(
        new IdempotentRequest(new IdempotentRequest.Id(caller, key), requestHash, clock.instant()));
    em.flush();
  }

  /** Keeps the answer with the key, in the transaction of the change. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void answer(
      String caller, String key, int status, String contentType, String location, byte[] body) {
    Optional.ofNullable(em.find(IdempotentRequest.class, new IdempotentRequest.Id(caller, key)))
        .orElseThrow(() -> new IllegalStateException("key not claimed: " + key))
        .answer(status, contentType, location, body);
  }
}
