package cn.foodsafety.lims.platform.entity;

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

/** One run of a scheduled job in one time slot, by the server that claimed it. */
@Entity
@Table(name = "timer_claim")
@IdClass(TimerClaim.Key.class)
public class TimerClaim {

  /** The primary key: job name and slot. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private OffsetDateTime slot;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(name, k.name) && Objects.equals(slot, k.slot);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, slot);
    }
  }

  @Id
  @Column(length = 40)
  private String name;

  @Id private OffsetDateTime slot;

  @Column(nullable = false, length = 100)
  private String instance;

  @Column(name = "claimed_at", nullable = false)
  private OffsetDateTime claimedAt;

  protected TimerClaim() {}

  public TimerClaim(String name, Instant slot, String instance, Instant at) {
    this.name = name;
    this.slot = OffsetDateTime.ofInstant(slot, ZoneOffset.UTC);
    this.instance = instance;
    this.claimedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public String getInstance() {
    return instance;
  }
}
