package cn.foodsafety.lims.disclosure.boundary;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An approved sample of the supervisor's region with its publication state: published or not, and
 * when and by whom if it is. The category and region come with their ids, so a page names them in
 * its language.
 */
public record PublicationRow(
    long sampleId,
    String sampleNumber,
    String foodName,
    String brand,
    String categoryName,
    SamplingLevel level,
    String regionName,
    String producerName,
    String partyName,
    LocalDate sampledOn,
    Verdict conclusion,
    boolean published,
    String publicId,
    Instant publishedAt,
    String publishedBy,
    Long categoryId,
    Long regionId) {}
