package cn.foodsafety.lims.platform.control;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects every invalid field of one request (Bean Validation findings and business rules
 * together), so the caller learns all of them at once; {@link #throwIfAny()} ends the request
 * before anything is written.
 */
public final class Violations {

  private static final Set<String> NOT_ARGUMENTS =
      Set.of("message", "groups", "payload", "regexp", "flags");

  private final List<FieldError> errors = new ArrayList<>();

  /** Starts with the Bean Validation findings of a request body; a missing body is an error too. */
  public static <T> Violations of(jakarta.validation.Validator validator, T data) {
    if (data == null) {
      throw InvalidInputException.of("body", "lims.error.bodyRequired");
    }
    return new Violations().addAll(validator.validate(data));
  }

  public Violations add(String field, String key, Object... args) {
    errors.add(FieldError.of(field, key, args));
    return this;
  }

  public Violations addIf(boolean broken, String field, String key, Object... args) {
    if (broken) {
      add(field, key, args);
    }
    return this;
  }

  public <T> Violations addAll(Collection<ConstraintViolation<T>> violations) {
    for (ConstraintViolation<T> v : violations) {
      errors.add(fromConstraint(v));
    }
    return this;
  }

  public boolean has(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * A constraint's message template is a bundle key in braces; its attributes (min, max, value)
   * become named arguments of the message.
   */
  public static FieldError fromConstraint(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    List<Object> args = new ArrayList<>();
    for (Map.Entry<String, Object> a : v.getConstraintDescriptor().getAttributes().entrySet()) {
      if (!NOT_ARGUMENTS.contains(a.getKey())) {
        args.add(new NamedArgument(a.getKey(), a.getValue()));
      }
    }
    return new FieldError(fieldOf(v), key, args);
  }

  private static String fieldOf(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    // method validation paths look like "create.arg0.name": the field is the last part
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  /** A named message argument, e.g. {max} in "at most {max} characters". */
  public record NamedArgument(String name, Object value) {}
}
