package cn.foodsafety.lims.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the boundaries read ("now", "today" in China): the system clock in UTC. Injected
 * rather than called, so that time is a policy held in one place: unit tests set a fixed clock on
 * the boundary they test, and a deployment may replace this producer with a CDI alternative (the
 * demonstration data does, to write a year of history at the moments it happened).
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  @Dependent
  Clock clock() {
    return Clock.systemUTC();
  }
}
