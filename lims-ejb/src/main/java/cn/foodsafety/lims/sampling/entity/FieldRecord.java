package cn.foodsafety.lims.sampling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What the phone's sampling form recorded beside the form itself: the provisional code written on
 * the paper label before the server gave the sample its number (so a label can be matched to the
 * number later) and how accurate the phone's location was, in metres.
 */
@Entity
@Table(name = "sample_field_record")
public class FieldRecord {

  @Id
  @Column(name = "sample_id")
  private Long sampleId;

  @Column(name = "provisional_code", updatable = false)
  private String provisionalCode;

  @Column(name = "location_accuracy", updatable = false)
  private BigDecimal locationAccuracy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected FieldRecord() {}

  public FieldRecord(
      long sampleId, String provisionalCode, BigDecimal locationAccuracy, Instant at) {
    this.sampleId = sampleId;
    this.provisionalCode = provisionalCode;
    this.locationAccuracy = locationAccuracy;
    this.recordedAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long getSampleId() {
    return sampleId;
  }

  public String getProvisionalCode() {
    return provisionalCode;
  }

  public BigDecimal getLocationAccuracy() {
    return locationAccuracy;
  }
}
