package cn.foodsafety.lims.disposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One run of the deadline sweep (the timer's or an administrator's) and what it changed. */
@Entity
@Table(name = "sweep_run")
@NamedQuery(name = SweepRun.LATEST, query = "select r from SweepRun r order by r.runAt desc")
public class SweepRun {

  public static final String LATEST = "SweepRun.latest";

  @Id
  @SequenceGenerator(name = "sweep_run_seq", sequenceName = "sweep_run_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sweep_run_seq")
  private Long id;

  @Column(name = "run_at", nullable = false, updatable = false)
  private OffsetDateTime runAt;

  @Column(name = "run_by", nullable = false, updatable = false)
  private String runBy;

  @Column(name = "as_of", nullable = false, updatable = false)
  private LocalDate asOf;

  @Column(nullable = false, updatable = false)
  private int raised;

  @Column(nullable = false, updatable = false)
  private int cleared;

  @Column(name = "changed_cases", nullable = false, updatable = false)
  private int changedCases;

  protected SweepRun() {}

  public SweepRun(
      Instant at, String by, LocalDate asOf, int raised, int cleared, int changedCases) {
    this.runAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    this.runBy = Objects.requireNonNull(by);
    this.asOf = Objects.requireNonNull(asOf);
    this.raised = raised;
    this.cleared = cleared;
    this.changedCases = changedCases;
  }

  public Long getId() {
    return id;
  }

  public Instant getRunAt() {
    return runAt.toInstant();
  }

  public String getRunBy() {
    return runBy;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public int getRaised() {
    return raised;
  }

  public int getCleared() {
    return cleared;
  }

  public int getChangedCases() {
    return changedCases;
  }
}
