package cn.foodsafety.lims.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A small sum the public page asks before a proposal or a vote: kept in the database (every server
 * of a cluster knows it), answered once, and valid for a few minutes.
 */
@Entity
@Table(name = "proposal_challenge")
public class Challenge {

  @Id private String token;

  @Column(nullable = false)
  private int answer;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected Challenge() {}

  public Challenge(String token, int answer, Instant expiresAt) {
    this.token = token;
    this.answer = answer;
    this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
  }

  public boolean accepts(String given, Instant now) {
    if (given == null || now.isAfter(expiresAt.toInstant())) {
      return false;
    }
    try {
      return Integer.parseInt(given.strip()) == answer;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
