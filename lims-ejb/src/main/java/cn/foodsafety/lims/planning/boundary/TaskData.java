package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.TaskState;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A collection task: batches of a plan's cell group (unit, level, department, category; the
 * category may be one below the group's top-level category) for a sampling unit, by a due date,
 * optionally from one kind of sampled party, of one kind of sampling (监督抽检, 风险监测, 评价性抽检). {@code
 * collected} counts the samples taken for it so far (rejected ones not counted).
 */
public record TaskData(
    Long id,
    @NotNull(message = "{lims.field.required}") Long planId,
    Integer planYear,
    String cityName,
    Long campaignId,
    @NotNull(message = "{lims.field.required}") Long regionId,
    String regionName,
    @NotNull(message = "{lims.field.required}") SamplingLevel level,
    @NotNull(message = "{lims.field.required}") Department department,
    @NotNull(message = "{lims.field.required}") Long categoryId,
    String categoryName,
    PartyKind partyKind,
    @NotNull(message = "{lims.field.required}") Long samplingUnitId,
    String samplingUnitName,
    @NotNull(message = "{lims.field.required}") @Positive(message = "{lims.field.positive}")
        Integer batches,
    Long collected,
    @NotNull(message = "{lims.field.required}") LocalDate dueDate,
    TaskState state,
    @Size(max = 1000, message = "{lims.field.tooLong}") String note,
    String createdBy,
    Instant createdAt,
    Long version,
    @Schema(description = "监督抽检 / 风险监测 / 评价性抽检; default: the plan's kind (supervisory)")
        SamplingKind samplingKind) {

  static TaskData of(CollectionTask t) {
    long collected = t.getCollected();
    return new TaskData(
        t.getId(),
        t.getPlan().getId(),
        t.getPlan().getYear(),
        t.getPlan().getCity().getName(),
        t.getCampaign() == null ? null : t.getCampaign().getId(),
        t.getRegion().getId(),
        t.getRegion().getName(),
        t.getLevel(),
        t.getDepartment(),
        t.getCategory().getId(),
        t.getCategory().getName(),
        t.getPartyKind(),
        t.getSamplingUnit().getId(),
        t.getSamplingUnit().getName(),
        t.getBatches(),
        collected,
        t.getDueDate(),
        t.getState(),
        t.getNote(),
        t.getCreatedBy(),
        t.getCreatedAt(),
        t.getVersion(),
        t.getKind());
  }
}
