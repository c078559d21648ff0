package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.DecimalText;
import cn.foodsafety.lims.masterdata.entity.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A city's sampling plan for a year. */
@Entity
@Table(name = "sampling_plan")
public class SamplingPlan {

  /** DOMAIN.md: 7 batches per 1,000 residents (Zhengzhou 2021 work plan). */
  public static final BigDecimal DEFAULT_RATE = new BigDecimal("7");

  @Id
  @SequenceGenerator(
      name = "sampling_plan_seq",
      sequenceName = "sampling_plan_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sampling_plan_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Region city;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @Convert(converter = DecimalText.class)
  @Column(name = "rate_per_thousand", nullable = false)
  private BigDecimal ratePerThousand = DEFAULT_RATE;

  /** Share of each unit's remainder (after fixed national/provincial batches) for the city. */
  @Convert(converter = DecimalText.class)
  @Column(name = "municipal_share", nullable = false)
  private BigDecimal municipalShare = new BigDecimal("0.5");

  /** Share of edible agricultural product batches that go to small farmers (小农户). */
  @Convert(converter = DecimalText.class)
  @Column(name = "small_farmer_share", nullable = false)
  private BigDecimal smallFarmerShare = new BigDecimal("0.1");

  @Column(name = "blind_coding", nullable = false)
  private boolean blindCoding;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanState state = PlanState.DRAFT;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Version private long version;

  protected SamplingPlan() {}

  public SamplingPlan(Region city, int year) {
    this.city = Objects.requireNonNull(city);
    this.year = year;
  }

  public void setParameters(
      BigDecimal ratePerThousand,
      BigDecimal municipalShare,
      BigDecimal smallFarmerShare,
      boolean blindCoding) {
    requireDraft();
    this.ratePerThousand = Objects.requireNonNull(ratePerThousand);
    this.municipalShare = Objects.requireNonNull(municipalShare);
    this.smallFarmerShare = Objects.requireNonNull(smallFarmerShare);
    this.blindCoding = blindCoding;
  }

  public void approve(String by, Instant at) {
    requireDraft();
    this.state = PlanState.APPROVED;
    this.approvedBy = Objects.requireNonNull(by);
    this.approvedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public boolean isDraft() {
    return state == PlanState.DRAFT;
  }

  private void requireDraft() {
    if (state != PlanState.DRAFT) {
      throw new IllegalStateException("an approved plan does not change");
    }
  }

  public Long getId() {
    return id;
  }

  public Region getCity() {
    return city;
  }

  public int getYear() {
    return year;
  }

  public BigDecimal getRatePerThousand() {
    return ratePerThousand;
  }

  public BigDecimal getMunicipalShare() {
    return municipalShare;
  }

  public BigDecimal getSmallFarmerShare() {
    return smallFarmerShare;
  }

  public boolean isBlindCoding() {
    return blindCoding;
  }

  public PlanState getState() {
    return state;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt == null ? null : approvedAt.toInstant();
  }

  public long getVersion() {
    return version;
  }
}
