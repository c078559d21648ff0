package cn.foodsafety.lims.rapidtest.entity;

import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
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

/**
 * A market with rapid testing: where it is (a county-level unit) and which sampling unit takes the
 * confirmation samples of its positives. Its code is the address of its public page.
 */
@Entity
@Table(name = "market")
public class Market {

  @Id
  @SequenceGenerator(name = "market_seq", sequenceName = "market_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "market_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  private String address;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sampling_unit_id", nullable = false)
  private Organization samplingUnit;

  @Column(nullable = false)
  private boolean active = true;

  @Version private Long version;

  protected Market() {}

  public Market(String code, String name, String address, Region region, Organization unit) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.address = address;
    this.region = Objects.requireNonNull(region);
    this.samplingUnit = Objects.requireNonNull(unit);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public Region getRegion() {
    return region;
  }

  public Organization getSamplingUnit() {
    return samplingUnit;
  }

  public boolean isActive() {
    return active;
  }
}
