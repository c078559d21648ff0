package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.results.entity.AnalysisState;
import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.RejectionReason;
import cn.foodsafety.lims.sampling.entity.SampleState;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of an audit history in a reader's language: the name of a recorded field ("value" is
 * 检验结果 / Result), of an entity type and of an action, and a recorded value where it is a code (a
 * state, a verdict, a receipt condition, yes/no). Values that are data (numbers, names, dates) stay
 * as recorded. The audit trail itself keeps the raw names: these are labels for reading.
 */
public final class HistoryText {

  /** Recorded values that are enum constants, by entity type and field. */
  private static final Map<String, Function<String, Enum<?>>> CODES =
      Map.of(
          "Sample.state", SampleState::valueOf,
          "Sample.receiptCondition", ReceiptCondition::valueOf,
          "Sample.rejectionReason", RejectionReason::valueOf,
          "Analysis.state", AnalysisState::valueOf,
          "Analysis.conclusion", Verdict::valueOf,
          "SampleItem.verdict", Verdict::valueOf,
          "TestReport.conclusion", Verdict::valueOf);

  /** Recorded values that are true/false. */
  private static final Set<String> FLAGS =
      Set.of("Sample.deliveredLate", "SampleItem.dropped", "SampleItem.notDetected");

  private HistoryText() {}

  /**
   * The label of a field: {@code audit.field.<entity>.<field>} where one entity names it apart,
   * else {@code audit.field.<field>}; a field without a label keeps its name; no field, no label.
   */
  public static String field(Locale locale, String entityType, String field) {
    if (field == null) {
      return null;
    }
    String specific = lookup(locale, "audit.field." + entityType + "." + field);
    if (specific != null) {
      return specific;
    }
    String general = lookup(locale, "audit.field." + field);
    return general != null ? general : field;
  }

  /** The name of an entity type (样品 / sample), or the type itself when it has none. */
  public static String entity(Locale locale, String entityType) {
    String label = lookup(locale, "audit.entity." + entityType);
    return label != null ? label : entityType;
  }

  /** The name of an action (状态变更 / state change). */
  public static String action(Locale locale, String action) {
    String label = lookup(locale, "enum.AuditAction." + action);
    return label != null ? label : action;
  }

  /** A recorded value to read: codes and yes/no in words, anything else as recorded. */
  public static String value(Locale locale, String entityType, String field, String value) {
    if (value == null || field == null) {
      return value;
    }
    String key = entityType + "." + field;
    if (FLAGS.contains(key) && ("true".equals(value) || "false".equals(value))) {
      return Messages.text(locale, "audit.value." + value);
    }
    Function<String, Enum<?>> parse = CODES.get(key);
    if (parse == null) {
      return value;
    }
    try {
      return Messages.label(locale, parse.apply(value));
    } catch (IllegalArgumentException e) {
      // a code no longer in the enum stays readable as recorded
      return value;
    }
  }

  private static String lookup(Locale locale, String key) {
    try {
      return Messages.bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
