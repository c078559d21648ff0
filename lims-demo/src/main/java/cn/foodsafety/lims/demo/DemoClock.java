package cn.foodsafety.lims.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the development EAR: the system clock, except on the thread that writes the
 * demonstration data while it has set a moment ({@link #at}), where "now" is the moment of the step
 * being written. So the boundaries date each record (sampling form, receipt, approval, case step,
 * audit record) when it happened in the demonstrated year, with their own rules ("not in the
 * future", "not before the previous step") checked against that moment. Every other thread (users
 * signed in while the data is written, the timers) sees the system clock.
 */
public final class DemoClock extends Clock {

  private static final ThreadLocal<Instant> MOMENT = new ThreadLocal<>();

  private final ZoneId zone;

  DemoClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Runs {@code work} with "now" at {@code moment} on this thread. */
  static <T> T at(Instant moment, java.util.function.Supplier<T> work) {
    Instant before = MOMENT.get();
    MOMENT.set(moment);
    try {
      return work.get();
    } finally {
      if (before == null) {
        MOMENT.remove();
      } else {
        MOMENT.set(before);
      }
    }
  }

  @Override
  public Instant instant() {
    Instant moment = MOMENT.get();
    return moment != null ? moment : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new DemoClock(other);
  }

  /** Replaces the production clock producer in the development EAR. */
  @ApplicationScoped
  @Alternative
  @Priority(Interceptor.Priority.APPLICATION + 100)
  public static class Producer {

    @Produces
    @Dependent
    Clock clock() {
      return new DemoClock(ZoneOffset.UTC);
    }
  }
}
