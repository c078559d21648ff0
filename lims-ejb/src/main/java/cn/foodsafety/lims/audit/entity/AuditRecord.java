package cn.foodsafety.lims.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One line of the audit trail. Immutable: it has no method that changes it. */
@Entity
@Table(name = "audit_record")
@NamedQuery(
    name = AuditRecord.FIND_BY_ENTITY,
    query =
        "select a from AuditRecord a where a.entityType = :type and a.entityId = :id"
            + " order by a.occurredAt, a.id")
public class AuditRecord {

  public static final String FIND_BY_ENTITY = "AuditRecord.findByEntity";
  private static final int MAX_TEXT = 4000;

  /** Ids in blocks of 1,000 (V45_1): a result import writes tens of thousands of lines at once. */
  @Id
  @SequenceGenerator(
      name = "audit_record_seq",
      sequenceName = "audit_record_seq",
      allocationSize = 1000)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  private long entityId;

  @Column(updatable = false)
  private String field;

  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Column(name = "new_value", updatable = false)
  private String newValue;

  @Column(updatable = false)
  private String reason;

  protected AuditRecord() {}

  public AuditRecord(
      Instant at,
      String actor,
      AuditAction action,
      String entityType,
      long entityId,
      String field,
      String oldValue,
      String newValue,
      String reason) {
    this.occurredAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.entityType = Objects.requireNonNull(entityType);
    this.entityId = entityId;
    this.field = field;
    this.oldValue = clip(oldValue);
    this.newValue = clip(newValue);
    this.reason = clip(reason);
  }

  private static String clip(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt.toInstant();
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public long getEntityId() {
    return entityId;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }
}
