package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.control.LimsException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

/** Finds the business (or security, validation, locking) error inside the container's wrappers. */
public final class Failures {

  private Failures() {}

  public static Throwable unwrap(Throwable t) {
    Throwable current = t;
    for (int i = 0; i < 10 && current != null; i++) {
      if (current instanceof LimsException
          || current instanceof EJBAccessException
          || current instanceof jakarta.ejb.AccessLocalException) {
        return current;
      }
      Throwable cause =
          current instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : current.getCause();
      if (cause == null || cause == current) {
        break;
      }
      current = cause;
    }
    return t;
  }
}
