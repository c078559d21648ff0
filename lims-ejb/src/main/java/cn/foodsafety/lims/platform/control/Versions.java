package cn.foodsafety.lims.platform.control;

/** Optimistic locking at the API: an update names the version it was based on. */
public final class Versions {

  private Versions() {}

  /** Throws when the caller's version is missing or not the stored one. */
  public static void check(Long expected, long actual) {
    if (expected == null) {
      throw InvalidInputException.of("version", "lims.version.required");
    }
    if (expected != actual) {
      throw new StaleVersionException(expected, actual);
    }
  }
}
