package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;

/**
 * Blind codes of a blind-coded plan's samples ({@code BL-} and eight characters without the ones
 * easily misread: 0/O, 1/I/L): random, so the laboratory cannot tell a sample's origin from its
 * code, and not yet used by another sample.
 */
@Stateless
@LocalBean
@PermitAll
public class BlindCodes {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String BLIND_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  @PersistenceContext EntityManager em;

  /** A code no sample carries yet, in the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String next() {
    for (int attempt = 0; attempt < 10; attempt++) {
      StringBuilder code = new StringBuilder("BL-");
      for (int i = 0; i < 8; i++) {
        code.append(BLIND_ALPHABET.charAt(RANDOM.nextInt(BLIND_ALPHABET.length())));
      }
      String candidate = code.toString();
      long taken =
          em.createNamedQuery(Sample.COUNT_BLIND_CODE, Long.class)
              .setParameter("code", candidate)
              .getSingleResult();
      if (taken == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free blind code found");
  }
}
