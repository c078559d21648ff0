package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.sampling.entity.StorageCondition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sampling form as a sampler submits it (POST /samples). Decimals and times are text, so that a
 * typing error is a field error: quantities like {@code "2.5"}, {@code sampledAt} as ISO date and
 * time ({@code 2026-03-02T09:30:00+08:00}, or without an offset in China time), {@code
 * productionDate} as {@code 2026-02-20}.
 *
 * <p>With a {@code taskId} the level, department, region, category and kind of party default to the
 * task's (and so is the kind of sampling); without one the sample is outside the plan and {@code
 * level}, {@code regionId} (a county-level unit) and {@code categoryId} are required. {@code
 * sampler1Id} defaults to the signed-in sampler. {@code field} comes from the phone's offline form:
 * with it, a location must carry its accuracy, and the photos and the signature are stored with the
 * sample.
 */
public record SampleForm(
    @Schema(example = "12") Long taskId,
    SamplingLevel level,
    Department department,
    @Schema(
            description =
                "监督抽检 SUPERVISORY (default) / 风险监测 RISK_MONITORING (no backup sample) /"
                    + " 评价性抽检 EVALUATIVE; with a task, the task's kind")
        SamplingKind samplingKind,
    @Schema(description = "The county-level unit (outside the plan).", example = "6") Long regionId,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "芹菜")
        String foodName,
    @Schema(example = "117") Long categoryId,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "绿源") String brand,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "散装") String specification,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "20260301")
        String batchNumber,
    @Schema(format = "date", example = "2026-02-20") String productionDate,
    @Size(max = 50, message = "{lims.field.tooLong}") @Schema(example = "7天") String shelfLife,
    @Schema(format = "decimal", pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "2.5")
        String quantity,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 20, message = "{lims.field.tooLong}")
        @Schema(example = "千克")
        String quantityUnit,
    @Schema(format = "decimal", pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "1.0")
        String backupQuantity,
    @NotNull(message = "{lims.field.required}") StorageCondition storageCondition,
    @Size(max = 200, message = "{lims.field.tooLong}") @Schema(example = "郑州绿源蔬菜种植专业合作社")
        String producerName,
    @Size(max = 300, message = "{lims.field.tooLong}") @Schema(example = "河南省郑州市中牟县官渡镇")
        String producerAddress,
    @Schema(example = "SC11041010500123") @Size(max = 60, message = "{lims.field.tooLong}")
        String producerLicence,
    Long producerRegionId,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 200, message = "{lims.field.tooLong}")
        @Schema(example = "金水区丰产路农贸市场王记蔬菜摊")
        String partyName,
    PartyKind partyKind,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 300, message = "{lims.field.tooLong}")
        @Schema(example = "河南省郑州市金水区丰产路12号")
        String partyAddress,
    @Size(max = 60, message = "{lims.field.tooLong}") @Schema(example = "JY14101050012345")
        String partyLicence,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "王建国") String partyContact,
    @Size(max = 40, message = "{lims.field.tooLong}") @Schema(example = "13838112345")
        String partyPhone,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 300, message = "{lims.field.tooLong}")
        @Schema(example = "金水区丰产路农贸市场")
        String placeAddress,
    @Schema(format = "decimal", pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "34.7872")
        String latitude,
    @Schema(format = "decimal", pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "113.6901")
        String longitude,
    @Schema(format = "date-time", example = "2026-03-02T09:30:00+08:00") String sampledAt,
    Long sampler1Id,
    Long sampler2Id,
    Boolean samplersConfirmed,
    Boolean partyConfirmed,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "王建国")
        String partySignatory,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 50, message = "{lims.field.tooLong}")
        @Schema(example = "FT-2026-000123")
        String sealNumber,
    @Schema(
            description =
                "What the phone's form sends along (provisional code, location accuracy,"
                    + " signature, photos); absent on the desk form.")
        FieldEvidence field) {}
