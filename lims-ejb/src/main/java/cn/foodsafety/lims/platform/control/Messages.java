package cn.foodsafety.lims.platform.control;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The business messages (errors, states, enum labels) in zh-CN and English. zh-CN is the first
 * language: a locale that is not English gets Chinese.
 */
public final class Messages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "cn.foodsafety.lims.messages";

  private Messages() {}

  /** An argument that is itself a message key, resolved in the same language. */
  public record Key(String key) {}

  /**
   * An argument that is a record's name, Chinese and (where the record has one) English: the
   * message names the unit or category in the reader's language.
   */
  public record Name(String zh, String en) {
    @Override
    public String toString() {
      return zh;
    }

    String in(Locale locale) {
      return "en".equals(supported(locale).getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
  }

  /** The supported locale closest to the one asked for. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        supported(locale),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle = bundle(locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    List<Object> positional = new ArrayList<>();
    for (Object a : args) {
      if (a instanceof Violations.NamedArgument named) {
        pattern = pattern.replace("{" + named.name() + "}", String.valueOf(named.value()));
      } else {
        positional.add(
            a instanceof Enum<?> e
                ? label(locale, e)
                : a instanceof Key k
                    ? text(locale, k.key())
                    : a instanceof Name n
                        ? n.in(locale)
                        : a instanceof Number n ? n.toString() : a);
      }
    }
    if (positional.isEmpty() && !pattern.contains("{0")) {
      return pattern;
    }
    return new MessageFormat(pattern.replace("'", "''"), supported(locale))
        .format(positional.toArray());
  }

  /** The display name of an enum constant, e.g. "enum.RegionKind.COUNTY". */
  public static String label(Locale locale, Enum<?> value) {
    if (value == null) {
      return "";
    }
    String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    try {
      return bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return value.name();
    }
  }
}
