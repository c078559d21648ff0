package cn.foodsafety.lims.statistics.boundary;

import java.time.LocalDate;

/** A follow-up case behind a figure. */
public record StatCaseRow(
    long id,
    String caseNumber,
    long sampleId,
    String sampleNumber,
    String foodName,
    String level,
    String regionName,
    String state,
    LocalDate receivedOn,
    LocalDate startedOn,
    LocalDate deadline,
    LocalDate completedOn) {}
