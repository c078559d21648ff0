package cn.foodsafety.lims.sampling.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The last sequence taken for one sample-number prefix. It is incremented in the transaction that
 * inserts the sample (SampleCounters.next), which holds the row's lock until it ends, so concurrent
 * samplers wait for each other, and a rolled-back sample gives its number back: no duplicates, no
 * gaps.
 */
@Entity
@Cacheable(false)
@Table(name = "sample_counter")
public class SampleCounter {

  @Id private String prefix;

  @Column(name = "last_value", nullable = false)
  private long lastValue;

  protected SampleCounter() {}

  public SampleCounter(String prefix) {
    this.prefix = Objects.requireNonNull(prefix);
  }

  public String getPrefix() {
    return prefix;
  }

  public long getLastValue() {
    return lastValue;
  }
}
