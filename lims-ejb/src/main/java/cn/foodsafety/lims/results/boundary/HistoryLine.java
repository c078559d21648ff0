package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.entity.AuditRecord;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.results.control.HistoryText;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One line of a sample's audit history, as recorded: the field name and values are raw, and the
 * line gives their labels in the reader's language (pages and the API ask it, they do not
 * translate); the time is China's civil time (+08:00).
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

  /** What was done, in the reader's language. */
  public String actionText(Locale locale) {
    return HistoryText.action(locale, action);
  }

  /** What kind of record changed, in the reader's language. */
  public String entityText(Locale locale) {
    return HistoryText.entity(locale, entityType);
  }

  /** The field that changed, in the reader's language. */
  public String fieldText(Locale locale) {
    return HistoryText.field(locale, entityType, field);
  }

  /** The value before the change, as the reader reads it (an enum's label, a date). */
  public String oldValueText(Locale locale) {
    return HistoryText.value(locale, entityType, field, oldValue);
  }

  /** The value after the change, as the reader reads it. */
  public String newValueText(Locale locale) {
    return HistoryText.value(locale, entityType, field, newValue);
  }
}
