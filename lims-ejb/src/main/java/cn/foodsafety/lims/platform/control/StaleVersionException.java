package cn.foodsafety.lims.platform.control;

/** An update carried a version older than the stored one: someone else changed it first. */
public class StaleVersionException extends LimsException {

  public StaleVersionException(Object expected, Object actual) {
    super("lims.error.staleVersion", expected, actual);
  }

  @Override
  public Kind kind() {
    return Kind.STALE_VERSION;
  }
}
