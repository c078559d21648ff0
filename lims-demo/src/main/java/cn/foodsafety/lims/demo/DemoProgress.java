package cn.foodsafety.lims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Where the demonstration data stands, in {@code /health} as the check {@code demo-data}: {@code
 * state} (off, waiting, writing, done, failed), the samples and cases written, the steps the
 * boundaries refused (always 0 when the data is right) and the seconds it took. Always UP: the
 * application is usable while the data is written.
 */
@Readiness
@ApplicationScoped
public class DemoProgress implements HealthCheck {

  enum State {
    OFF,
    WAITING,
    WRITING,
    DONE,
    FAILED
  }

  private static volatile State state = State.OFF;
  private static volatile int samples;
  private static volatile int cases;
  private static volatile int refused;
  private static volatile long startedAt;
  private static volatile long seconds;
  private static volatile String note = "";

  static void waiting() {
    state = State.WAITING;
  }

  static void writing() {
    state = State.WRITING;
    startedAt = System.nanoTime();
  }

  static void counts(int writtenSamples, int openedCases, int refusedSteps) {
    samples = writtenSamples;
    cases = openedCases;
    refused = refusedSteps;
  }

  static void finished(State end, String text) {
    seconds = (System.nanoTime() - startedAt) / 1_000_000_000L;
    note = text == null ? "" : text;
    state = end;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("demo-data")
        .up()
        .withData("state", state.name().toLowerCase())
        .withData("samples", samples)
        .withData("cases", cases)
        .withData("refused", refused)
        .withData(
            "seconds",
            state == State.WRITING ? (System.nanoTime() - startedAt) / 1_000_000_000L : seconds)
        .withData("note", note)
        .build();
  }
}
