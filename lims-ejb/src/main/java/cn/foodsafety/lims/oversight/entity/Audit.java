package cn.foodsafety.lims.oversight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * An audit of the sampling records of a period: what was asked (the period and group, the
 * stratification), the seed and size of the draw and the population it was drawn from, so that the
 * same draw can be made again.
 */
// entity name SamplingAudit: the audit trail component has the Audit* names
@Entity(name = "SamplingAudit")
@Table(name = "sampling_audit")
public class Audit {

  @Id
  @SequenceGenerator(
      name = "sampling_audit_seq",
      sequenceName = "sampling_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sampling_audit_seq")
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date", nullable = false)
  private LocalDate to;

  @Column(name = "request_key", nullable = false)
  private String requestKey;

  @Column(name = "stratified_by", nullable = false)
  private String stratifiedBy;

  @Column(nullable = false)
  private long seed;

  @Column(name = "sample_size", nullable = false)
  private int size;

  @Column(nullable = false)
  private int population;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Audit() {}

  public Audit(
      String title,
      LocalDate from,
      LocalDate to,
      String requestKey,
      String stratifiedBy,
      long seed,
      int size,
      int population,
      String createdBy,
      Instant createdAt) {
    this.title = Objects.requireNonNull(title);
    this.from = Objects.requireNonNull(from);
    this.to = Objects.requireNonNull(to);
    this.requestKey = Objects.requireNonNull(requestKey);
    this.stratifiedBy = Objects.requireNonNull(stratifiedBy);
    this.seed = seed;
    this.size = size;
    this.population = population;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt).atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public String getStratifiedBy() {
    return stratifiedBy;
  }

  public long getSeed() {
    return seed;
  }

  public int getSize() {
    return size;
  }

  public int getPopulation() {
    return population;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt == null ? null : createdAt.toInstant();
  }
}
