package cn.foodsafety.lims.sampling.entity;

import cn.foodsafety.lims.masterdata.entity.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/**
 * Who made the food (标称生产者), as its label says; unknown for loose edible agricultural products, so
 * every part is optional.
 */
@Embeddable
public class Producer {

  @Column(name = "producer_name")
  private String name;

  @Column(name = "producer_address")
  private String address;

  @Column(name = "producer_licence")
  private String licence;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "producer_region_id")
  private Region region;

  protected Producer() {}

  public Producer(String name, String address, String licence, Region region) {
    this.name = name;
    this.address = address;
    this.licence = licence;
    this.region = region;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getLicence() {
    return licence;
  }

  public Region getRegion() {
    return region;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Producer p
        && Objects.equals(name, p.name)
        && Objects.equals(address, p.address)
        && Objects.equals(licence, p.licence)
        && Objects.equals(
            region == null ? null : region.getId(), p.region == null ? null : p.region.getId());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, address, licence);
  }
}
