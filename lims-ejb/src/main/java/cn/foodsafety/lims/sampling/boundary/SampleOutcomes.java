package cn.foodsafety.lims.sampling.boundary;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the components after sampling know of a sample that its backup's retention depends on: the
 * conclusion the lab approved and whether a re-inspection or an objection is pending. Results and
 * disposal answer (CDI beans implementing {@link Conclusions} and {@link PendingRequests}), so
 * sampling asks without reading their tables and without depending on them.
 */
public final class SampleOutcomes {

  private SampleOutcomes() {}

  /** A conclusion approved by the lab: the day of approval and whether the sample conforms. */
  public record Concluded(LocalDate approvedOn, boolean conforming) {}

  /** Results answers: the approved conclusion of a sample, if there is one. */
  public interface Conclusions {
    Optional<Concluded> approved(long sampleId);
  }

  /**
   * Disposal answers: a re-inspection (requested, not refused, without an outcome) or an objection
   * (raised, not decided) of the sample is pending.
   */
  public interface PendingRequests {
    boolean pending(long sampleId);
  }
}
