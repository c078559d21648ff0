package cn.foodsafety.lims.disclosure.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;

/**
 * A published result as the public sees it, and nothing more: the food and its label data, who made
 * it, where it was taken, its category, level and kind of sampling, the dates, the verdict and, for
 * a non-conforming result, each failing item against its limit. Its only id is the public id; it
 * carries no internal id, note, blind code, laboratory, method, person or phone number. Empty
 * fields are written as null, so every record has the same keys.
 */
@JsonbNillable
public record PublicResult(
    String publicId,
    String product,
    String brand,
    String specification,
    String batchNumber,
    LocalDate productionDate,
    String producerName,
    String producerAddress,
    String sampledPartyName,
    String sampledPartyAddress,
    String category,
    String categoryEn,
    SamplingLevel level,
    LocalDate sampledOn,
    LocalDate publishedOn,
    Verdict verdict,
    List<PublicItem> failingItems,
    SamplingKind samplingKind) {}
