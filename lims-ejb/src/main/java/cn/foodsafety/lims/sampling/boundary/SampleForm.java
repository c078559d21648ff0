package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.sampling.entity.PartyKind;
import cn.foodsafety.lims.sampling.entity.StorageCondition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The sampling form as a sampler submits it (POST /samples). Decimals and times are text, so that a
 * typing error is a field error: quantities like {@code "2.5"}, {@code sampledAt} as ISO date and
 * time ({@code 2026-03-02T09:30:00+08:00}, or without an offset in China time), {@code
 * productionDate} as {@code 2026-02-20}.
 *
 * <p>With a {@code taskId} the level, department, region, category and kind of party default to the
 * task's; without one the sample is outside the plan and {@code level}, {@code regionId} (a
 * county-level unit) and {@code categoryId} are required. {@code sampler1Id} defaults to the
 * signed-in sampler.
 */
public record SampleForm(
    Long taskId,
    SamplingLevel level,
    Department department,
    Long regionId,
    @NotBlank(message = "{lims.field.required}") @Size(max = 200, message = "{lims.field.tooLong}")
        String foodName,
    Long categoryId,
    @Size(max = 100, message = "{lims.field.tooLong}") String brand,
    @Size(max = 100, message = "{lims.field.tooLong}") String specification,
    @Size(max = 100, message = "{lims.field.tooLong}") String batchNumber,
    String productionDate,
    @Size(max = 50, message = "{lims.field.tooLong}") String shelfLife,
    String quantity,
    @NotBlank(message = "{lims.field.required}") @Size(max = 20, message = "{lims.field.tooLong}")
        String quantityUnit,
    String backupQuantity,
    @NotNull(message = "{lims.field.required}") StorageCondition storageCondition,
    @Size(max = 200, message = "{lims.field.tooLong}") String producerName,
    @Size(max = 300, message = "{lims.field.tooLong}") String producerAddress,
    @Size(max = 60, message = "{lims.field.tooLong}") String producerLicence,
    Long producerRegionId,
    @NotBlank(message = "{lims.field.required}") @Size(max = 200, message = "{lims.field.tooLong}")
        String partyName,
    PartyKind partyKind,
    @NotBlank(message = "{lims.field.required}") @Size(max = 300, message = "{lims.field.tooLong}")
        String partyAddress,
    @Size(max = 60, message = "{lims.field.tooLong}") String partyLicence,
    @Size(max = 100, message = "{lims.field.tooLong}") String partyContact,
    @Size(max = 40, message = "{lims.field.tooLong}") String partyPhone,
    @NotBlank(message = "{lims.field.required}") @Size(max = 300, message = "{lims.field.tooLong}")
        String placeAddress,
    String latitude,
    String longitude,
    String sampledAt,
    Long sampler1Id,
    Long sampler2Id,
    Boolean samplersConfirmed,
    Boolean partyConfirmed,
    @Size(max = 100, message = "{lims.field.tooLong}") String partySignatory,
    @NotBlank(message = "{lims.field.required}") @Size(max = 50, message = "{lims.field.tooLong}")
        String sealNumber) {}
