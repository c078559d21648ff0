package cn.foodsafety.lims.rapidtest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A testing point (快检室) of a market. */
@Entity
@Table(name = "testing_point")
public class TestingPoint {

  @Id
  @SequenceGenerator(
      name = "testing_point_seq",
      sequenceName = "testing_point_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "testing_point_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "market_id", nullable = false, updatable = false)
  private Market market;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  @Version private Long version;

  protected TestingPoint() {}

  public TestingPoint(Market market, String name) {
    this.market = Objects.requireNonNull(market);
    this.name = Objects.requireNonNull(name);
  }

  public Long getId() {
    return id;
  }

  public Market getMarket() {
    return market;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
