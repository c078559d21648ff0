package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.entity.AuditRecord;
import cn.foodsafety.lims.platform.control.CivilTime;
import java.time.OffsetDateTime;

/**
 * One line of a sample's audit history, as recorded: the field name and values are raw (the pages
 * and the API add the labels in the reader's language); the time is China's civil time (+08:00).
 */
public record HistoryLine(
    OffsetDateTime at,
    String actor,
    String action,
    String entityType,
    long entityId,
    String field,
    String oldValue,
    String newValue,
    String reason) {

  public static HistoryLine of(AuditRecord a) {
    return new HistoryLine(
        CivilTime.at(a.getOccurredAt()),
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
