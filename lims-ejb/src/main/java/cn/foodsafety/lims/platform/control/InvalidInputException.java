package cn.foodsafety.lims.platform.control;

import java.util.List;

/** Input that breaks a rule: every invalid field is listed, nothing was written. */
public class InvalidInputException extends LimsException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("lims.error.invalidInput");
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String key, Object... args) {
    return new InvalidInputException(List.of(FieldError.of(field, key, args)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
