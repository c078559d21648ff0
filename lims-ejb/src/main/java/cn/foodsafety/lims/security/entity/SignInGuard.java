package cn.foodsafety.lims.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The failed sign-ins of one account since its last success: after too many the account is locked
 * for a while (an administrator may unlock it earlier). A lock that has run out starts the count
 * again.
 */
@Entity
@Table(name = "sign_in_guard")
public class SignInGuard {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(nullable = false)
  private int failures;

  // OffsetDateTime in UTC: what EclipseLink maps to TIMESTAMP WITH TIME ZONE (an Instant it does
  // not)
  @Column(name = "last_failure_at")
  private OffsetDateTime lastFailureAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected SignInGuard() {}

  public SignInGuard(long userId) {
    this.userId = userId;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil.toInstant());
  }

  /** Counts a failure; returns the failures in a row (a lock that ran out counted them anew). */
  public int fail(Instant now) {
    if (lockedUntil != null && !now.isBefore(lockedUntil.toInstant())) {
      failures = 0;
      lockedUntil = null;
    }
    failures++;
    lastFailureAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    return failures;
  }

  public void lockUntil(Instant until) {
    lockedUntil = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
  }

  /** A success or an administrator's unlock: the count starts again. */
  public void reset() {
    failures = 0;
    lockedUntil = null;
  }

  public Long getUserId() {
    return userId;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLockedUntil() {
    return lockedUntil == null ? null : lockedUntil.toInstant();
  }
}
