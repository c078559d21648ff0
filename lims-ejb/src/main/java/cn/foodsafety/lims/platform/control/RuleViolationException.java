package cn.foodsafety.lims.platform.control;

/** A request that is well-formed but not allowed in the current state of things. */
public class RuleViolationException extends LimsException {

  public RuleViolationException(String key, Object... args) {
    super(key, args);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
