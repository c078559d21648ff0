package cn.foodsafety.lims.planning.entity;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.util.Objects;

/** Special sampling (专项抽检) added to a plan, with its reason and period. */
@Entity
@Table(name = "campaign")
public class Campaign {

  @Id
  @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private SamplingPlan plan;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CampaignReason reason;

  private String description;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version private long version;

  protected Campaign() {}

  public Campaign(
      SamplingPlan plan,
      String name,
      CampaignReason reason,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String createdBy) {
    if (endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("a campaign ends after it starts");
    }
    this.plan = Objects.requireNonNull(plan);
    this.name = Objects.requireNonNull(name);
    this.reason = Objects.requireNonNull(reason);
    this.description = description;
    this.startDate = startDate;
    this.endDate = endDate;
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  public Long getId() {
    return id;
  }

  public SamplingPlan getPlan() {
    return plan;
  }

  public String getName() {
    return name;
  }

  public CampaignReason getReason() {
    return reason;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
