package cn.foodsafety.lims.oversight.entity;

import cn.foodsafety.lims.platform.control.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A rule's finding on a record (a sample, a result item or a case, always of one sample). Open
 * until a re-check no longer finds it (resolved: the record was corrected) or a supervisor accepts
 * it with a reason; a closed finding is history and a later check that fires again opens a new one.
 */
@Entity
@Table(name = "check_finding")
public class CheckFinding {

  @Id
  @SequenceGenerator(
      name = "check_finding_seq",
      sequenceName = "check_finding_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_finding_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rule_id", updatable = false)
  private CheckRule rule;

  @Column(name = "sample_id", nullable = false, updatable = false)
  private long sampleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CheckTarget target;

  /** The record found: the sample itself, one of its result items or its follow-up case. */
  @Column(name = "record_id", nullable = false, updatable = false)
  private long recordId;

  @Column(name = "region_id", nullable = false)
  private long regionId;

  @Column(name = "team_id")
  private Long teamId;

  @Column(name = "lab_id")
  private Long labId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingState state;

  @Column(name = "found_at", nullable = false)
  private OffsetDateTime foundAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  private String reason;

  @Version private long version;

  protected CheckFinding() {}

  /** A finding on a sample (a rule on samples). */
  public static CheckFinding open(
      CheckRule rule, long sampleId, long regionId, Long teamId, Long labId, Instant at) {
    return open(rule, sampleId, sampleId, regionId, teamId, labId, at);
  }

  /** A finding on a record of the rule's target that belongs to the sample. */
  public static CheckFinding open(
      CheckRule rule,
      long recordId,
      long sampleId,
      long regionId,
      Long teamId,
      Long labId,
      Instant at) {
    CheckFinding f = new CheckFinding();
    f.rule = Objects.requireNonNull(rule);
    f.target = rule.getTarget();
    f.recordId = recordId;
    f.sampleId = sampleId;
    f.regionId = regionId;
    f.teamId = teamId;
    f.labId = labId;
    f.severity = rule.getSeverity();
    f.state = FindingState.OPEN;
    f.foundAt = Objects.requireNonNull(at).atOffset(ZoneOffset.UTC);
    return f;
  }

  /** A re-check no longer finds it: the record was corrected. */
  public void resolve(String by, Instant at) {
    requireOpen();
    state = FindingState.RESOLVED;
    closedBy = by;
    closedAt = at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  /** Accepted as it is, with the reason (e.g. the label really says so). */
  public void accept(String by, Instant at, String reason) {
    requireOpen();
    state = FindingState.ACCEPTED;
    closedBy = Objects.requireNonNull(by);
    closedAt = Objects.requireNonNull(at).atOffset(ZoneOffset.UTC);
    this.reason = Objects.requireNonNull(reason);
  }

  private void requireOpen() {
    if (!state.isOpen()) {
      throw new RuleViolationException("lims.check.finding.closed", id, state);
    }
  }

  public Long getId() {
    return id;
  }

  public CheckRule getRule() {
    return rule;
  }

  public long getSampleId() {
    return sampleId;
  }

  public CheckTarget getTarget() {
    return target;
  }

  public long getRecordId() {
    return recordId;
  }

  public long getRegionId() {
    return regionId;
  }

  public Long getTeamId() {
    return teamId;
  }

  public Long getLabId() {
    return labId;
  }

  public Severity getSeverity() {
    return severity;
  }

  public FindingState getState() {
    return state;
  }

  public Instant getFoundAt() {
    return foundAt == null ? null : foundAt.toInstant();
  }

  public Instant getClosedAt() {
    return closedAt == null ? null : closedAt.toInstant();
  }

  public String getClosedBy() {
    return closedBy;
  }

  public String getReason() {
    return reason;
  }
}
