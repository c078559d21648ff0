package cn.foodsafety.lims.results.entity;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.sampling.entity.Sample;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One issued version of a sample's test report, kept byte for byte as issued with its SHA-256: it
 * is never changed; a correction is a new version.
 */
@Entity
@Table(name = "test_report")
@NamedQuery(
    name = TestReport.OF_SAMPLE,
    query = "select r from TestReport r where r.sample.id = :sample order by r.versionNo")
@NamedQuery(
    name = TestReport.FIND_VERSION,
    query = "select r from TestReport r where r.sample.id = :sample and r.versionNo = :version")
public class TestReport {

  public static final String OF_SAMPLE = "TestReport.ofSample";
  public static final String FIND_VERSION = "TestReport.findVersion";

  @Id
  @SequenceGenerator(
      name = "test_report_seq",
      sequenceName = "test_report_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "test_report_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sample_id", updatable = false)
  private Sample sample;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNo;

  @Column(name = "report_number", nullable = false, updatable = false)
  private String reportNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Verdict conclusion;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "issued_by", nullable = false, updatable = false)
  private String issuedBy;

  @Column(name = "amendment_reason", updatable = false)
  private String amendmentReason;

  @Column(nullable = false, updatable = false)
  private byte[] pdf;

  @Column(nullable = false, updatable = false)
  private String sha256;

  protected TestReport() {}

  public TestReport(
      Sample sample,
      int versionNo,
      String reportNumber,
      Verdict conclusion,
      Instant issuedAt,
      String issuedBy,
      String amendmentReason,
      byte[] pdf,
      String sha256) {
    this.sample = Objects.requireNonNull(sample);
    this.versionNo = versionNo;
    this.reportNumber = Objects.requireNonNull(reportNumber);
    this.conclusion = Objects.requireNonNull(conclusion);
    this.issuedAt = OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC);
    this.issuedBy = Objects.requireNonNull(issuedBy);
    this.amendmentReason = amendmentReason;
    this.pdf = Objects.requireNonNull(pdf).clone();
    this.sha256 = Objects.requireNonNull(sha256);
  }

  public Long getId() {
    return id;
  }

  public Sample getSample() {
    return sample;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getReportNumber() {
    return reportNumber;
  }

  public Verdict getConclusion() {
    return conclusion;
  }

  public Instant getIssuedAt() {
    return issuedAt.toInstant();
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public byte[] getPdf() {
    return pdf.clone();
  }

  public String getSha256() {
    return sha256;
  }
}
