package cn.foodsafety.lims;

import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.LimsException;
import java.lang.reflect.Field;
import java.util.List;

/**
 * For plain tests of aggregates: gives an entity what the database would (an id, a loaded field),
 * and reads a refusal's message key and fields.
 */
public final class Aggregates {

  private Aggregates() {}

  /** Sets a field as JPA would load it (an id from the sequence, a column of a loaded row). */
  public static <T> T set(T target, String name, Object value) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
        return target;
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** The message key of a rule exception. */
  public static String key(Throwable e) {
    return ((LimsException) e).key();
  }

  /** The message keys of an invalid input's field errors. */
  public static List<String> keys(Throwable e) {
    return ((InvalidInputException) e).errors().stream().map(FieldError::key).toList();
  }

  /** The fields of an invalid input's field errors. */
  public static List<String> fields(Throwable e) {
    return ((InvalidInputException) e).errors().stream().map(FieldError::field).toList();
  }
}
