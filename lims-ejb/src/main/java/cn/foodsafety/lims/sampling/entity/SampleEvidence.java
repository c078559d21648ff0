package cn.foodsafety.lims.sampling.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A picture kept with a sample: a photo taken with the sampling form or the sampled party's
 * signature. Checked before it is stored (an image of an accepted type, within the size limit) and
 * never changed afterwards: it is part of the sampling record (Art. 19 of the sampling measures).
 */
@Entity
@Table(name = "sample_evidence")
@NamedQuery(
    name = SampleEvidence.OF_SAMPLE,
    query =
        "select new cn.foodsafety.lims.sampling.entity.SampleEvidence$Info(e.id, e.kind,"
            + " e.contentType, e.byteSize, e.width, e.height) from SampleEvidence e"
            + " where e.sampleId = :sample order by e.id")
public class SampleEvidence {

  public static final String OF_SAMPLE = "SampleEvidence.ofSample";

  /** What a list shows of a picture, without its content. */
  public record Info(
      long id, EvidenceKind kind, String contentType, int byteSize, int width, int height) {}

  @Id
  @SequenceGenerator(
      name = "sample_evidence_seq",
      sequenceName = "sample_evidence_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_evidence_seq")
  private Long id;

  @Column(name = "sample_id", nullable = false, updatable = false)
  private long sampleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EvidenceKind kind;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "byte_size", nullable = false, updatable = false)
  private int byteSize;

  @Column(nullable = false, updatable = false)
  private int width;

  @Column(nullable = false, updatable = false)
  private int height;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected SampleEvidence() {}

  public SampleEvidence(
      long sampleId,
      EvidenceKind kind,
      String contentType,
      int width,
      int height,
      byte[] content,
      Instant at) {
    this.sampleId = sampleId;
    this.kind = Objects.requireNonNull(kind);
    this.contentType = Objects.requireNonNull(contentType);
    this.width = width;
    this.height = height;
    this.content = content.clone();
    this.byteSize = content.length;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public long getSampleId() {
    return sampleId;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
