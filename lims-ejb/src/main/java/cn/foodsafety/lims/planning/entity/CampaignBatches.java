package cn.foodsafety.lims.planning.entity;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/** The batches a special campaign adds for a unit and top-level category. */
@Embeddable
public class CampaignBatches {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private FoodCategory category;

  @Column(nullable = false)
  private int batches;

  protected CampaignBatches() {}

  public CampaignBatches(Region region, FoodCategory category, int batches) {
    if (batches <= 0) {
      throw InvalidInputException.of("batches", "lims.field.positive");
    }
    this.region = Objects.requireNonNull(region);
    this.category = Objects.requireNonNull(category);
    this.batches = batches;
  }

  public Region getRegion() {
    return region;
  }

  public FoodCategory getCategory() {
    return category;
  }

  public int getBatches() {
    return batches;
  }
}
