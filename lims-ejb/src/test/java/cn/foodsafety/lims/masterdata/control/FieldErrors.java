package cn.foodsafety.lims.masterdata.control;

import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.Violations;
import java.util.List;
import java.util.Locale;

/** Reads what a set of violations holds, for tests of rules. */
public final class FieldErrors {

  private FieldErrors() {}

  public static List<FieldError> of(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }

  /** The error as the English user reads it. */
  public static String english(FieldError e) {
    return Messages.text(Locale.ENGLISH, e.key(), e.args().toArray());
  }

  /** Whether the key has a text in both languages (an untranslated key is shown as itself). */
  public static boolean translated(String key) {
    return !Messages.text(Locale.ENGLISH, key).equals(key)
        && !Messages.text(Messages.CHINESE, key).equals(key);
  }
}
