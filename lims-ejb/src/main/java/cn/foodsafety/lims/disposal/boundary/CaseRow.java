package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.Urgency;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A case in a list: what, where, who handles it, its state and the deadline that counts, with the
 * days left (negative when overdue) and the urgency on the day asked. Category, unit and
 * responsible organization come with their ids, so a page in English can name them in English.
 */
public record CaseRow(
    long id,
    String caseNumber,
    long sampleId,
    String sampleNumber,
    String foodName,
    long categoryId,
    String categoryName,
    SamplingLevel level,
    long regionId,
    String regionName,
    long responsibleId,
    String responsibleName,
    CaseState state,
    LocalDate receivedOn,
    LocalDate deadline,
    boolean extended,
    Long daysLeft,
    Urgency urgency,
    LocalDate completedOn,
    Boolean onTime) {

  static CaseRow of(FollowUpCase c, LocalDate today, int dueSoonDays) {
    boolean closed = c.getState().isClosed();
    return new CaseRow(
        c.getId(),
        c.getCaseNumber(),
        c.getSample().getId(),
        c.getSample().getSampleNumber(),
        c.getSample().getFoodName(),
        c.getCategory().getId(),
        c.getCategory().getName(),
        c.getLevel(),
        c.getRegion().getId(),
        c.getRegion().getName(),
        c.getResponsible().getId(),
        c.getResponsible().getName(),
        c.getState(),
        c.getReceivedOn(),
        c.getDeadline(),
        !c.getDeadline().equals(c.getStatutoryDeadline()),
        closed ? null : ChronoUnit.DAYS.between(today, c.getDeadline()),
        closed ? null : CaseClock.urgency(c.getDeadline(), today, dueSoonDays),
        c.getCompletedOn(),
        c.getCompletedOn() == null
            ? null
            : CaseClock.completedOnTime(c.getCompletedOn(), c.getDeadline()));
  }
}
