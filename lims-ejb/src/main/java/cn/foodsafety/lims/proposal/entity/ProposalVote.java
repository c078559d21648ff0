package cn.foodsafety.lims.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One vote: one per address and proposal (the primary key says so). */
@Entity
@Table(name = "proposal_vote")
@IdClass(ProposalVote.Key.class)
public class ProposalVote {

  /** The vote's key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public Long proposalId;
    public String voterKey;

    public Key() {}

    public Key(Long proposalId, String voterKey) {
      this.proposalId = proposalId;
      this.voterKey = voterKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(proposalId, k.proposalId)
          && Objects.equals(voterKey, k.voterKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(proposalId, voterKey);
    }
  }

  @Id
  @Column(name = "proposal_id")
  private Long proposalId;

  @Id
  @Column(name = "voter_key")
  private String voterKey;

  @Column(name = "voted_at", nullable = false)
  private OffsetDateTime votedAt;

  protected ProposalVote() {}

  public ProposalVote(long proposalId, String voterKey, Instant at) {
    this.proposalId = proposalId;
    this.voterKey = Objects.requireNonNull(voterKey);
    this.votedAt = at.atOffset(ZoneOffset.UTC);
  }
}
