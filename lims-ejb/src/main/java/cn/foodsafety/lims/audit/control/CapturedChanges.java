package cn.foodsafety.lims.audit.control;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The changed fields of audited entities that the current transaction has written so far and the
 * trail has not recorded yet, with the reason the use case gave. One per transaction, kept in the
 * transaction's registry: EclipseLink's listener adds to it while it writes, {@code AuditTrail}
 * takes from it before the transaction ends.
 */
public final class CapturedChanges {

  /** One changed field of one entity, its old and new value as text. */
  public record Change(
      String entityType, long entityId, String field, String oldValue, String newValue) {}

  private static volatile TransactionSynchronizationRegistry registry;

  private final List<Change> changes = new ArrayList<>();

  private String reason;

  private CapturedChanges() {}

  /** Those of the current transaction; null outside a transaction. */
  public static CapturedChanges current() {
    TransactionSynchronizationRegistry tsr = registry();
    if (tsr.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return null;
    }
    CapturedChanges c = (CapturedChanges) tsr.getResource(CapturedChanges.class);
    if (c == null) {
      c = new CapturedChanges();
      tsr.putResource(CapturedChanges.class, c);
    }
    return c;
  }

  void add(List<Change> found) {
    changes.addAll(found);
  }

  /** Why the current use case changes what it changes (null: no reason asked for). */
  public void because(String reason) {
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  public String reason() {
    return reason;
  }

  /** The changes not yet recorded; they are recorded once. */
  public List<Change> take() {
    List<Change> taken = List.copyOf(changes);
    changes.clear();
    return taken;
  }

  /**
   * The changes not yet recorded that are filed under one record (a case and its parts); the others
   * stay for the use case that made them.
   */
  public List<Change> take(String entityType, long entityId) {
    List<Change> taken =
        changes.stream()
            .filter(c -> c.entityType().equals(entityType) && c.entityId() == entityId)
            .toList();
    changes.removeAll(taken);
    return taken;
  }

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry tsr = registry;
    if (tsr == null) {
      try {
        tsr =
            (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
      } catch (NamingException e) {
        throw new IllegalStateException("no transaction synchronization registry", e);
      }
      registry = tsr;
    }
    return tsr;
  }
}
