package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A county-level unit of a plan with its residents as they were when the plan was made: the quota
 * must not move when the region's figure is updated later in the year.
 */
@Embeddable
public class PlanUnit {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Column(nullable = false)
  private long residents;

  @Column(name = "residents_basis", nullable = false)
  private String residentsBasis;

  @Column(name = "residents_year", nullable = false)
  private int residentsYear;

  @Column(nullable = false)
  private int quota;

  protected PlanUnit() {}

  PlanUnit(Region region, int quota) {
    this.region = Objects.requireNonNull(region);
    this.residents = region.getResidents();
    this.residentsBasis = region.getResidentsBasis();
    this.residentsYear = region.getResidentsYear();
    this.quota = quota;
  }

  void requota(int quota) {
    this.quota = quota;
  }

  public Region getRegion() {
    return region;
  }

  public long getResidents() {
    return residents;
  }

  public String getResidentsBasis() {
    return residentsBasis;
  }

  public int getResidentsYear() {
    return residentsYear;
  }

  public int getQuota() {
    return quota;
  }

  /**
   * The quota of a unit: ceil(residents × rate / 1000), exact (the national rule of batches per
   * thousand residents).
   */
  public static int quota(long residents, BigDecimal ratePerThousand) {
    if (residents < 0 || ratePerThousand.signum() < 0) {
      throw new IllegalArgumentException("residents and rate are not negative");
    }
    return BigDecimal.valueOf(residents)
        .multiply(ratePerThousand)
        .movePointLeft(3)
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
  }
}
