package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open collection task as a sampler sees it, with the batches already collected. */
@Schema(
    name = "SamplerTask",
    description =
        "An open collection task as a sampler sees it, with the batches already collected.")
public record TaskData(
    long id,
    SamplingLevel level,
    SamplingKind samplingKind,
    Department department,
    long regionId,
    String regionName,
    long categoryId,
    String categoryName,
    PartyKind partyKind,
    int batches,
    long collected,
    LocalDate dueDate,
    String note,
    boolean blindCoding) {}
