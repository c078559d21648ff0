package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.CaseClock;
import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.FollowUpCase;
import cn.foodsafety.lims.disposal.entity.Urgency;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.Listing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * The list's rows read as columns (the case with its sample's number and food, its category's,
   * region's and responsible organization's names) instead of as entities: no case, sample or
   * reference record is built, registered and compared at commit for a page.
   */
  static Listing.Projection<FollowUpCase, CaseRow> columns(LocalDate today, int dueSoonDays) {
    return new Listing.Projection<>() {
      @Override
      public List<String> columns() {
        // through the case's sample, category, region and responsible organization (inner joins)
        return List.of(
            "caseNumber",
            "sample.id",
            "sample.sampleNumber",
            "sample.foodName",
            "category.id",
            "category.name",
            "level",
            "region.id",
            "region.name",
            "responsible.id",
            "responsible.name",
            "state",
            "receivedOn",
            "deadline",
            "statutoryDeadline",
            "completedOn",
            "id");
      }

      @Override
      public List<CaseRow> rows(List<Object[]> values) {
        List<CaseRow> rows = new ArrayList<>(values.size());
        for (Object[] v : values) {
          CaseState state = (CaseState) v[11];
          LocalDate deadline = (LocalDate) v[13];
          LocalDate completedOn = (LocalDate) v[15];
          rows.add(
              of(
                  (Long) v[16],
                  (String) v[0],
                  (Long) v[1],
                  (String) v[2],
                  (String) v[3],
                  (Long) v[4],
                  (String) v[5],
                  (SamplingLevel) v[6],
                  (Long) v[7],
                  (String) v[8],
                  (Long) v[9],
                  (String) v[10],
                  state,
                  (LocalDate) v[12],
                  deadline,
                  (LocalDate) v[14],
                  completedOn,
                  today,
                  dueSoonDays));
        }
        return rows;
      }
    };
  }

  private static CaseRow of(
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
      LocalDate statutoryDeadline,
      LocalDate completedOn,
      LocalDate today,
      int dueSoonDays) {
    boolean closed = state.isClosed();
    return new CaseRow(
        id,
        caseNumber,
        sampleId,
        sampleNumber,
        foodName,
        categoryId,
        categoryName,
        level,
        regionId,
        regionName,
        responsibleId,
        responsibleName,
        state,
        receivedOn,
        deadline,
        !deadline.equals(statutoryDeadline),
        closed ? null : ChronoUnit.DAYS.between(today, deadline),
        closed ? null : CaseClock.urgency(deadline, today, dueSoonDays),
        completedOn,
        completedOn == null ? null : CaseClock.completedOnTime(completedOn, deadline));
  }
}
