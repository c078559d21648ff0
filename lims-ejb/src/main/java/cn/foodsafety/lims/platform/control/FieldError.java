package cn.foodsafety.lims.platform.control;

import java.util.List;
import java.util.Objects;

/** One invalid field: the field's name as the API spells it, a message key and its arguments. */
public record FieldError(String field, String key, List<Object> args) {

  public FieldError {
    Objects.requireNonNull(field);
    Objects.requireNonNull(key);
    args = List.copyOf(args);
  }

  public static FieldError of(String field, String key, Object... args) {
    return new FieldError(field, key, List.of(args));
  }
}
