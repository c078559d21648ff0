package cn.foodsafety.lims.results.entity;

import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.results.control.Verdict;
import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The laboratory's work on one received sample: the state of its results, who entered, reviewed and
 * approved them, the sample's conclusion and the deadlines that follow from it. One per sample (its
 * id is the sample's); the state machine is {@link AnalysisState}.
 */
@Entity
@Table(name = "analysis")
@NamedQuery(
    name = Analysis.APPROVED_OF_LAB,
    query = "select a from Analysis a where a.lab = :lab and a.firstApprovedAt is not null")
public class Analysis {

  public static final String APPROVED_OF_LAB = "Analysis.approvedOfLab";

  @Id
  @Column(name = "sample_id")
  private Long sampleId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sample_id", insertable = false, updatable = false)
  private Sample sample;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lab_id")
  private Organization lab;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnalysisState state = AnalysisState.IN_PROGRESS;

  @Column(name = "report_due", nullable = false)
  private LocalDate reportDue;

  @Column(name = "entered_by")
  private String enteredBy;

  @Column(name = "entered_at")
  private OffsetDateTime enteredAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "first_approved_at")
  private OffsetDateTime firstApprovedAt;

  @Column(name = "returned_reason")
  private String returnedReason;

  @Column(name = "amendment_reason")
  private String amendmentReason;

  @Enumerated(EnumType.STRING)
  private Verdict conclusion;

  @Column(name = "conclusion_due")
  private LocalDate conclusionDue;

  @Column(name = "conclusion_reported_at")
  private OffsetDateTime conclusionReportedAt;

  /** The version of the last issued report (0 before the first approval). */
  @Column(name = "report_version", nullable = false)
  private int reportVersion;

  @Column(name = "report_number")
  private String reportNumber;

  @Version private long version;

  protected Analysis() {}

  /** The work starts when the lab has accepted the sample; the report is due when it says. */
  public Analysis(Sample sample) {
    this.sample = Objects.requireNonNull(sample);
    this.sampleId = Objects.requireNonNull(sample.getId());
    this.lab = Objects.requireNonNull(sample.getLab());
    this.reportDue = Objects.requireNonNull(sample.getReportDue());
  }

  /** The results are complete and go to review. */
  public void submit(String by, Instant at, Verdict conclusion) {
    require(state.canSubmit());
    this.enteredBy = Objects.requireNonNull(by);
    this.enteredAt = utc(at);
    this.conclusion = Objects.requireNonNull(conclusion);
    this.returnedReason = null;
    this.state = AnalysisState.ENTERED;
  }

  public void review(String by, Instant at) {
    require(state.canReview());
    this.reviewedBy = Objects.requireNonNull(by);
    this.reviewedAt = utc(at);
    this.state = AnalysisState.REVIEWED;
  }

  /** Sent back to the analyst with the reason; the results become editable again. */
  public void reject(String reason) {
    require(state.canReject());
    this.returnedReason = Objects.requireNonNull(reason);
    this.reviewedBy = null;
    this.reviewedAt = null;
    this.state = AnalysisState.IN_PROGRESS;
  }

  /**
   * Approved and signed: a new report version is issued. The conclusion must reach the regulator by
   * {@code conclusionDue} (2 working days when non-conforming, 7 when conforming: Arts. 24, 26).
   */
  public int approve(String by, Instant at, String number, LocalDate conclusionDue) {
    require(state.canApprove());
    this.approvedBy = Objects.requireNonNull(by);
    this.approvedAt = utc(at);
    if (firstApprovedAt == null) {
      this.firstApprovedAt = approvedAt;
    }
    if (reportNumber == null) {
      this.reportNumber = Objects.requireNonNull(number);
    }
    this.conclusionDue = Objects.requireNonNull(conclusionDue);
    this.conclusionReportedAt = null;
    this.reportVersion++;
    this.state = AnalysisState.APPROVED;
    return reportVersion;
  }

  /** A correction after approval: editable again; the next approval issues a new version. */
  public void amend(String reason) {
    require(state.canAmend());
    this.amendmentReason = Objects.requireNonNull(reason);
    this.reviewedBy = null;
    this.reviewedAt = null;
    this.state = AnalysisState.IN_PROGRESS;
  }

  /**
   * A re-inspection found the food conforming: the conclusion changes; the issued report versions
   * stay as they were issued.
   */
  public void overturn() {
    if (state != AnalysisState.APPROVED) {
      throw new IllegalStateException("only an approved conclusion is overturned");
    }
    this.conclusion = Verdict.CONFORMING;
  }

  /** The lab has reported the conclusion of the approved report to the regulator. */
  public void conclusionReported(Instant at) {
    if (state != AnalysisState.APPROVED || conclusionReportedAt != null) {
      throw new IllegalStateException("only an approved, unreported conclusion is reported");
    }
    this.conclusionReportedAt = utc(at);
  }

  public boolean isReportOverdue(LocalDate today) {
    return state != AnalysisState.APPROVED && today.isAfter(reportDue);
  }

  public boolean isConclusionOverdue(LocalDate today) {
    return conclusionDue != null && conclusionReportedAt == null && today.isAfter(conclusionDue);
  }

  private void require(boolean allowed) {
    if (!allowed) {
      throw new IllegalStateException("not allowed in state " + state);
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  public Long getSampleId() {
    return sampleId;
  }

  public Sample getSample() {
    return sample;
  }

  public Organization getLab() {
    return lab;
  }

  public AnalysisState getState() {
    return state;
  }

  public LocalDate getReportDue() {
    return reportDue;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return instant(enteredAt);
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return instant(reviewedAt);
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return instant(approvedAt);
  }

  public Instant getFirstApprovedAt() {
    return instant(firstApprovedAt);
  }

  public String getReturnedReason() {
    return returnedReason;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public Verdict getConclusion() {
    return conclusion;
  }

  public LocalDate getConclusionDue() {
    return conclusionDue;
  }

  public Instant getConclusionReportedAt() {
    return instant(conclusionReportedAt);
  }

  public int getReportVersion() {
    return reportVersion;
  }

  public String getReportNumber() {
    return reportNumber;
  }

  public long getVersion() {
    return version;
  }
}
