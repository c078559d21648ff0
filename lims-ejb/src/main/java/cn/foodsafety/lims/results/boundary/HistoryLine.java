package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.entity.AuditRecord;
import java.time.Instant;

/** One line of a sample's audit history. */
public record HistoryLine(
    Instant at,
    String actor,
    String action,
    String entityType,
    long entityId,
    String field,
    String oldValue,
    String newValue,
    String reason) {

  static HistoryLine of(AuditRecord a) {
    return new HistoryLine(
        a.getOccurredAt(),
        a.getActor(),
        a.getAction().name(),
        a.getEntityType(),
        a.getEntityId(),
        a.getField(),
        a.getOldValue(),
        a.getNewValue(),
        a.getReason());
  }
}
