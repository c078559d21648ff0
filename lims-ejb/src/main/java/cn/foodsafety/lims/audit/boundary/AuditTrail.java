package cn.foodsafety.lims.audit.boundary;

import cn.foodsafety.lims.audit.control.CapturedChanges;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.audit.entity.AuditRecord;
import cn.foodsafety.lims.platform.control.MappedBatch;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction (MANDATORY): an audit
 * line exists exactly when the change it describes was committed.
 */
@Stateless
@PermitAll
public class AuditTrail {

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject Clock clock = Clock.systemUTC();

  /** A field that changed, with its old and new value as text. */
  public record Change(String field, String oldValue, String newValue) {}

  /** Collects the fields whose values differ. */
  public static final class Changes {
    private final List<Change> changes = new ArrayList<>();

    public Changes compare(String field, Object before, Object after) {
      String b = before == null ? null : String.valueOf(before);
      String a = after == null ? null : String.valueOf(after);
      if (!Objects.equals(b, a)) {
        changes.add(new Change(field, b, a));
      }
      return this;
    }

    public boolean isEmpty() {
      return changes.isEmpty();
    }

    public List<Change> list() {
      return List.copyOf(changes);
    }
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void created(String entityType, long id, String summary) {
    write(AuditAction.CREATE, entityType, id, null, null, summary, null);
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void changed(String entityType, long id, Changes changes, String reason) {
    for (Change c : changes.list()) {
      write(AuditAction.UPDATE, entityType, id, c.field(), c.oldValue(), c.newValue(), reason);
    }
  }

  /** The changes of one record, for {@link #changedAll}. */
  public record Changed(long id, Changes changes, String reason) {}

  /**
   * The changes of many records of one type at once (a result import: thousands of items in one
   * call, one time and one actor for all of them).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void changedAll(String entityType, List<Changed> changed) {
    // these lines are the records' whole trail this transaction: nothing captured besides them
    CapturedChanges captured = CapturedChanges.current();
    if (captured != null) {
      captured.writtenByHand(entityType);
    }
    Instant now = Instant.now(Clock.systemUTC());
    String actor = actor();
    List<AuditRecord> lines = new ArrayList<>();
    for (Changed c : changed) {
      for (Change f : c.changes().changes) {
        lines.add(
            new AuditRecord(
                now,
                actor,
                AuditAction.UPDATE,
                entityType,
                c.id(),
                f.field(),
                f.oldValue(),
                f.newValue(),
                c.reason()));
      }
    }
    // tens of thousands of lines: one JDBC batch per thousand in this transaction, with the ids of
    // the trail's sequence, instead of a persisted entity each
    new MappedBatch(em).insert(lines);
  }

  /**
   * Records what the listener captured of the audited entities this transaction changed (one UPDATE
   * line per field), after writing what is still pending. Called by {@link RecordChanges} at the
   * end of a use case; a change is recorded once.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordCaptured() {
    em.flush();
    CapturedChanges captured = CapturedChanges.current();
    if (captured == null) {
      return;
    }
    writeAll(captured.take(), captured.reason());
  }

  private void writeAll(List<CapturedChanges.Change> changes, String reason) {
    for (CapturedChanges.Change c : changes) {
      write(
          AuditAction.UPDATE,
          c.entityType(),
          c.entityId(),
          c.field(),
          c.oldValue(),
          c.newValue(),
          reason);
    }
  }

  /**
   * As {@link #recordCaptured()}, the lines recorded now with their own reason (a rejection note, a
   * correction's reason): for a use case that records its captured changes at a given step, or
   * changes several records with different reasons in one transaction. The reason the use case gave
   * with {@link #because} holds again afterwards.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordCaptured(String reason) {
    CapturedChanges captured = CapturedChanges.current();
    if (captured == null) {
      em.flush();
      return;
    }
    String before = captured.reason();
    captured.because(reason);
    try {
      recordCaptured();
    } finally {
      captured.because(before);
    }
  }

  /**
   * Records now, with the reason given, what the listener captured of the audited entities filed
   * under one record ({@link cn.foodsafety.lims.audit.entity.Audited#auditId}: a case with its
   * steps, extensions and responsibility), after writing what is still pending. For a use case that
   * runs inside another one's transaction (an observer) or fires events whose observers change
   * audited entities of their own: their changes stay captured for them, with their own reason.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordCaptured(String entityType, long id, String reason) {
    em.flush();
    CapturedChanges captured = CapturedChanges.current();
    if (captured == null) {
      return;
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    writeAll(captured.take(entityType, id), why);
  }

  /** The reason the trail gives the changes of the current use case (e.g. a correction). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void because(String reason) {
    CapturedChanges captured = CapturedChanges.current();
    if (captured != null) {
      captured.because(reason);
    }
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void action(
      AuditAction action,
      String entityType,
      long id,
      String field,
      String oldValue,
      String newValue,
      String reason) {
    write(action, entityType, id, field, oldValue, newValue, reason);
  }

  /**
   * A sign-in event: before anyone is signed in the actor is the name that was tried (cut to the
   * column's 50 characters), the record the account's (0 for a name without an account).
   */
  public void signIn(AuditAction action, String tried, long userId, String detail) {
    String actor = tried == null || tried.isBlank() ? "?" : tried;
    if (actor.length() > 50) {
      actor = actor.substring(0, 50);
    }
    em.persist(
        new AuditRecord(
            Instant.now(Clock.systemUTC()),
            actor,
            action,
            "User",
            userId,
            null,
            null,
            null,
            detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000)));
  }

  public List<AuditRecord> history(String entityType, long id) {
    return em.createNamedQuery(AuditRecord.FIND_BY_ENTITY, AuditRecord.class)
        .setParameter("type", entityType)
        .setParameter("id", id)
        .getResultList();
  }

  private void write(
      AuditAction action,
      String entityType,
      long id,
      String field,
      String oldValue,
      String newValue,
      String reason) {
    em.persist(
        new AuditRecord(
            clock.instant(), actor(), action, entityType, id, field, oldValue, newValue, reason));
  }

  private String actor() {
    var principal = session.getCallerPrincipal();
    return principal == null ? "system" : principal.getName();
  }
}
