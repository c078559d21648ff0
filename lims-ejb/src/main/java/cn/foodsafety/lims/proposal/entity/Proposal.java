package cn.foodsafety.lims.proposal.entity;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.Campaign;
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
 * A resident's proposal: what to test (a food or a place), where, why. Kept exactly as written and
 * always shown escaped; the author is known only by a hash of the address it came from (for the
 * limits), never by name.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

  @Id
  @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ProposalKind kind;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(updatable = false)
  private String place;

  @Column(updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalState state = ProposalState.OPEN;

  @Column(nullable = false)
  private int votes;

  @Column(name = "author_key", nullable = false, updatable = false)
  private String authorKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private FoodCategory category;

  @Column(name = "review_note")
  private String reviewNote;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Version private Long version;

  protected Proposal() {}

  public Proposal(
      ProposalKind kind,
      String subject,
      String place,
      String reason,
      String authorKey,
      Instant at) {
    this.kind = Objects.requireNonNull(kind);
    this.subject = Objects.requireNonNull(subject);
    this.place = place;
    this.reason = reason;
    this.authorKey = Objects.requireNonNull(authorKey);
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  /** One more vote (the vote row itself keeps one per address). */
  public void voted() {
    if (state != ProposalState.OPEN) {
      throw new RuleViolationException("lims.proposal.closed");
    }
    votes++;
  }

  /** Accepted into a special campaign, to be sampled in this unit and category. */
  public void accept(
      Campaign campaign, Region region, FoodCategory category, String by, Instant at) {
    requireOpen();
    this.state = ProposalState.ACCEPTED;
    this.campaign = Objects.requireNonNull(campaign);
    this.region = Objects.requireNonNull(region);
    this.category = Objects.requireNonNull(category);
    this.reviewedBy = by;
    this.reviewedAt = at.atOffset(ZoneOffset.UTC);
  }

  public void decline(String note, String by, Instant at) {
    requireOpen();
    this.state = ProposalState.DECLINED;
    this.reviewNote = Objects.requireNonNull(note);
    this.reviewedBy = by;
    this.reviewedAt = at.atOffset(ZoneOffset.UTC);
  }

  private void requireOpen() {
    if (!state.isReviewable()) {
      throw new RuleViolationException("lims.proposal.reviewed");
    }
  }

  public Long getId() {
    return id;
  }

  public ProposalKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getPlace() {
    return place;
  }

  public String getReason() {
    return reason;
  }

  public ProposalState getState() {
    return state;
  }

  public int getVotes() {
    return votes;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public Region getRegion() {
    return region;
  }

  public FoodCategory getCategory() {
    return category;
  }

  public String getReviewNote() {
    return reviewNote;
  }
}
