package cn.foodsafety.lims.planning.control;

import cn.foodsafety.lims.planning.entity.FollowUpRoute;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What each kind of sampling does (SAMR Order No. 15, Art. 3; DOMAIN.md "Kinds of sampling"), as
 * settings {@code kind.<KIND>.<rule>} with these defaults:
 *
 * <ul>
 *   <li>supervisory: a backup sample on the form, re-inspection and objection open, a 90-day case,
 *       published;
 *   <li>risk monitoring: not an enforcement basis, so no backup sample, no re-inspection or
 *       objection, a risk-control follow-up due {@value #DEFAULT_RISK_CONTROL_DAYS} days after the
 *       regulator receives the result, never published as a violation;
 *   <li>evaluative: as supervisory.
 * </ul>
 */
public final class KindRules {

  /** Calendar days for a risk-control follow-up when the setting says nothing. */
  public static final int DEFAULT_RISK_CONTROL_DAYS = 30;

  /** The rules of one kind. */
  public record Rules(
      SamplingKind kind,
      boolean backupSample,
      boolean reinspection,
      FollowUpRoute followUp,
      int followUpDays,
      boolean published) {
    public Rules {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(followUp);
    }
  }

  /** The setting names, so that the settings page and its checks know them. */
  public static final String BACKUP = "backupSample";

  public static final String REINSPECTION = "reinspection";
  public static final String FOLLOW_UP = "followUp";
  public static final String FOLLOW_UP_DAYS = "followUpDays";
  public static final String PUBLISHED = "published";

  private final Map<SamplingKind, Rules> rules;

  private KindRules(Map<SamplingKind, Rules> rules) {
    this.rules = rules;
  }

  public static String settingName(SamplingKind kind, String rule) {
    return "kind." + kind.name() + "." + rule;
  }

  /** The defaults of DOMAIN.md. */
  public static Rules defaults(SamplingKind kind) {
    return switch (kind) {
      case SUPERVISORY, EVALUATIVE ->
          new Rules(kind, true, true, FollowUpRoute.CASE, DEFAULT_RISK_CONTROL_DAYS, true);
      case RISK_MONITORING ->
          new Rules(
              kind, false, false, FollowUpRoute.RISK_CONTROL, DEFAULT_RISK_CONTROL_DAYS, false);
    };
  }

  /**
   * The rules as the settings say, each missing or unreadable value falling back to its default
   * (the settings page refuses unreadable values, so a fallback means a missing row).
   */
  public static KindRules fromSettings(Function<String, String> setting) {
    Map<SamplingKind, Rules> m = new EnumMap<>(SamplingKind.class);
    for (SamplingKind k : SamplingKind.values()) {
      Rules d = defaults(k);
      m.put(
          k,
          new Rules(
              k,
              bool(setting.apply(settingName(k, BACKUP)), d.backupSample()),
              bool(setting.apply(settingName(k, REINSPECTION)), d.reinspection()),
              route(setting.apply(settingName(k, FOLLOW_UP)), d.followUp()),
              days(setting.apply(settingName(k, FOLLOW_UP_DAYS)), d.followUpDays()),
              bool(setting.apply(settingName(k, PUBLISHED)), d.published())));
    }
    return new KindRules(m);
  }

  public static KindRules defaults() {
    return fromSettings(name -> null);
  }

  public Rules of(SamplingKind kind) {
    return rules.get(SamplingKind.orDefault(kind));
  }

  /** Whether a value is acceptable for a {@code kind.*} setting; the message key if it is not. */
  public static String refusal(String name, String value) {
    String v = value == null ? "" : value.strip();
    if (name.endsWith("." + FOLLOW_UP)) {
      return parseRoute(v) == null ? "lims.setting.kind.route" : null;
    }
    if (name.endsWith("." + FOLLOW_UP_DAYS)) {
      Integer d = parseInt(v);
      return d == null || d < 1 || d > 365 ? "lims.setting.kind.days" : null;
    }
    return parseBool(v) == null ? "lims.setting.kind.boolean" : null;
  }

  private static boolean bool(String text, boolean fallback) {
    Boolean b = parseBool(text);
    return b == null ? fallback : b;
  }

  private static Boolean parseBool(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static FollowUpRoute route(String text, FollowUpRoute fallback) {
    FollowUpRoute r = parseRoute(text);
    return r == null ? fallback : r;
  }

  private static FollowUpRoute parseRoute(String text) {
    if (text == null) {
      return null;
    }
    try {
      return FollowUpRoute.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int days(String text, int fallback) {
    Integer d = parseInt(text);
    return d == null || d < 1 || d > 365 ? fallback : d;
  }

  private static Integer parseInt(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
