package cn.foodsafety.lims.audit.control;

import cn.foodsafety.lims.platform.control.Transactions;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

  private final List<Change> changes = new ArrayList<>();

  /** The types whose lines the use case writes itself (a result import, {@code changedAll}). */
  private final Set<String> writtenByHand = new HashSet<>();

  private String reason;

  private CapturedChanges() {}

  /** Those of the current transaction; null outside a transaction. */
  public static CapturedChanges current() {
    TransactionSynchronizationRegistry tsr = Transactions.registry();
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

  /**
   * The use case writes the lines of this entity type itself, with reasons of its own per record (a
   * result import: thousands of items of many samples): the listener leaves its changes alone this
   * transaction instead of capturing lines nobody records (or someone records twice).
   */
  public void writtenByHand(String entityType) {
    writtenByHand.add(entityType);
  }

  boolean captures(String entityType) {
    return !writtenByHand.contains(entityType);
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
}
