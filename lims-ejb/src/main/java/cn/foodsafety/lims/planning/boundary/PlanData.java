package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.planning.entity.PlanState;
import cn.foodsafety.lims.planning.entity.PlanUnit;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A plan as the API and the pages show it, and its parameters as they are submitted. On create the
 * server takes {@code cityId}, {@code year} and the parameters (defaults: 7 per 1,000 residents, a
 * municipal share of 0.5, a small-farmer share of 0.1, no blind coding) and the kind of sampling
 * its tasks take ({@code samplingKind}, default supervisory); on update the parameters and the
 * {@code version} read. The figures ({@code cityQuota}, {@code plannedBatches}, {@code
 * brokenTotals}), the English names ({@code cityNameEn}, a unit's {@code nameEn}, where the region
 * has one) and the lists are the server's; lists leave the figures and lists out.
 */
public record PlanData(
    Long id,
    @NotNull(message = "{lims.field.required}") Long cityId,
    String cityName,
    @NotNull(message = "{lims.field.required}")
        @Min(value = 2000, message = "{lims.field.min}")
        @Max(value = 2999, message = "{lims.field.max}")
        Integer year,
    @DecimalMin(value = "0", inclusive = false, message = "{lims.field.positive}")
        @DecimalMax(value = "1000", message = "{lims.field.max}")
        BigDecimal ratePerThousand,
    @DecimalMin(value = "0", message = "{lims.plan.share.range}")
        @DecimalMax(value = "1", message = "{lims.plan.share.range}")
        BigDecimal municipalShare,
    @DecimalMin(value = "0", message = "{lims.plan.share.range}")
        @DecimalMax(value = "1", message = "{lims.plan.share.range}")
        BigDecimal smallFarmerShare,
    Boolean blindCoding,
    PlanState state,
    String approvedBy,
    Instant approvedAt,
    Integer cityQuota,
    Long residents,
    Integer plannedBatches,
    Integer brokenTotals,
    List<UnitData> units,
    List<CampaignData> campaigns,
    Long version,
    SamplingKind samplingKind,
    String cityNameEn) {

  /** A county-level unit of the plan with the residents its quota was computed from. */
  public record UnitData(
      Long regionId,
      String code,
      String name,
      long residents,
      String residentsBasis,
      int residentsYear,
      int quota,
      String nameEn) {

    static UnitData of(PlanUnit u) {
      return new UnitData(
          u.getRegion().getId(),
          u.getRegion().getCode(),
          u.getRegion().getName(),
          u.getResidents(),
          u.getResidentsBasis(),
          u.getResidentsYear(),
          u.getQuota(),
          u.getRegion().getNameEn());
    }
  }

  /** The plan without its figures and lists (for lists of plans). */
  static PlanData summary(SamplingPlan p) {
    return of(p, null, null, null, null);
  }

  static PlanData of(
      SamplingPlan p,
      Integer plannedBatches,
      Integer brokenTotals,
      List<UnitData> units,
      List<CampaignData> campaigns) {
    return new PlanData(
        p.getId(),
        p.getCity().getId(),
        p.getCity().getName(),
        p.getYear(),
        p.getRatePerThousand(),
        p.getMunicipalShare(),
        p.getSmallFarmerShare(),
        p.isBlindCoding(),
        p.getState(),
        p.getApprovedBy(),
        p.getApprovedAt(),
        p.cityQuota(),
        p.residents(),
        plannedBatches,
        brokenTotals,
        units,
        campaigns,
        p.getVersion(),
        p.getKind(),
        p.getCity().getNameEn());
  }
}
