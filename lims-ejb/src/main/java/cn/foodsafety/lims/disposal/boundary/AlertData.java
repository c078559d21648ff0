package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.AlertKind;
import java.time.LocalDate;

/**
 * An active alert: a case due soon or overdue ({@code caseId} set) or a lab report past its due
 * date; the number and food to recognise it, who must act (by id and name) and since when.
 */
public record AlertData(
    AlertKind kind,
    Long caseId,
    long sampleId,
    String number,
    String foodName,
    Long orgId,
    String orgName,
    LocalDate dueOn,
    LocalDate raisedOn) {}
