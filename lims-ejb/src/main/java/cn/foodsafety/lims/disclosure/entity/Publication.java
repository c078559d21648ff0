package cn.foodsafety.lims.disclosure.entity;

import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One publication of a sample's approved result: who published it and when, and, once withdrawn,
 * who withdrew it, when and why. A withdrawn publication stays as history; publishing the sample
 * again makes a new one. While live, {@code currentSample} carries the sample's id, which the
 * database keeps unique: a sample is published at most once at a time.
 */
@Entity
@Table(name = "publication")
@NamedQuery(
    name = Publication.LIVE_OF_SAMPLES,
    query = "select p from Publication p where p.currentSample in :samples")
@NamedQuery(
    name = Publication.LIVE_BY_PUBLIC_ID,
    query =
        "select p from Publication p where p.publicId = :publicId and p.currentSample is not null")
public class Publication {

  public static final String LIVE_OF_SAMPLES = "Publication.liveOfSamples";
  public static final String LIVE_BY_PUBLIC_ID = "Publication.liveByPublicId";

  @Id
  @SequenceGenerator(
      name = "publication_seq",
      sequenceName = "publication_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sample_id", updatable = false)
  private Sample sample;

  /** The same row's sample seen as the laboratory's analysis (its id is the sample's). */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sample_id", insertable = false, updatable = false)
  private Analysis analysis;

  @Column(name = "current_sample_id", unique = true)
  private Long currentSample;

  @Column(name = "published_by", nullable = false, updatable = false)
  private String publishedBy;

  @Column(name = "published_at", nullable = false, updatable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "published_on", nullable = false, updatable = false)
  private LocalDate publishedOn;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawal_reason")
  private String withdrawalReason;

  @Version private long version;

  protected Publication() {}

  /** Publishes the result of {@code sample} under {@code publicId}; the civil date is China's. */
  public static Publication publish(Sample sample, String publicId, String by, Instant at) {
    Publication p = new Publication();
    p.sample = Objects.requireNonNull(sample);
    p.currentSample = Objects.requireNonNull(sample.getId());
    p.publicId = Objects.requireNonNull(publicId);
    p.publishedBy = Objects.requireNonNull(by);
    p.publishedAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    p.publishedOn = CivilTime.dayOf(at);
    return p;
  }

  /** Takes the result off the public page; the publication stays as history. */
  public void withdraw(String by, Instant at, String reason) {
    if (!isLive()) {
      throw new RuleViolationException("lims.publication.notPublished", sample.getSampleNumber());
    }
    this.withdrawnBy = Objects.requireNonNull(by);
    this.withdrawnAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
    this.withdrawalReason = Objects.requireNonNull(reason);
    this.currentSample = null;
  }

  public boolean isLive() {
    return withdrawnAt == null;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public Sample getSample() {
    return sample;
  }

  public Analysis getAnalysis() {
    return analysis;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt.toInstant();
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt == null ? null : withdrawnAt.toInstant();
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public long getVersion() {
    return version;
  }
}
