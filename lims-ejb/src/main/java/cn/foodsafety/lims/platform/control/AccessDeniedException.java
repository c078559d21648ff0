package cn.foodsafety.lims.platform.control;

/** The caller's role or organization does not allow this. */
public class AccessDeniedException extends LimsException {

  public AccessDeniedException(String key, Object... args) {
    super(key, args);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
