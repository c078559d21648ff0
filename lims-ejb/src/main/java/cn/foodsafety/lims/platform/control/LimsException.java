package cn.foodsafety.lims.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Objects;

/**
 * Base of every business error. It carries a message key and its arguments, never a text: the
 * caller's language is only known at the boundary to the user (REST mapper, Faces bean). Rolls the
 * transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class LimsException extends RuntimeException {

  /** What kind of failure this is; the API maps it to an HTTP status. */
  public enum Kind {
    INVALID_INPUT,
    NOT_FOUND,
    STALE_VERSION,
    CONFLICT,
    FORBIDDEN
  }

  private final String key;
  private final transient List<Object> args;

  protected LimsException(String key, Object... args) {
    super(key);
    this.key = Objects.requireNonNull(key);
    this.args = List.of(args);
  }

  public abstract Kind kind();

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.toArray();
  }
}
