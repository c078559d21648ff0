package cn.foodsafety.lims.sampling.web;

import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.web.FacesLabels;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.sampling.boundary.Assignment;
import cn.foodsafety.lims.sampling.boundary.AssignmentOutcome;
import cn.foodsafety.lims.sampling.boundary.LabAssignments;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * sampling/assignment.xhtml: a planner picks a sampling unit's day, sees the laboratory proposed
 * for each sample (and why the others were left out), assigns them all, or overrides one with a
 * reason.
 */
@Named
@ViewScoped
public class AssignSamplesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LabAssignments labAssignments;

  @Inject Organizations organizations;

  @Inject FacesText text;

  @Inject FacesLabels labels;

  @Inject CivilClock civilClock;

  private String day;
  private Long samplingUnitId;
  private List<AssignmentOutcome> rows = List.of();
  private Long overrideSampleId;
  private Long overrideLabId;
  private String overrideReason;

  @PostConstruct
  void init() {
    day = civilClock.today().toString();
  }

  public void show() {
    try {
      rows = labAssignments.dayProposals(date(), samplingUnitId);
    } catch (RuntimeException e) {
      text.show(e, "day");
    }
  }

  public void assignAll() {
    try {
      // the day's list holds the samples assigned before too: count only those assigned now
      java.util.Set<Long> before =
          labAssignments.dayProposals(date(), samplingUnitId).stream()
              .filter(AssignmentOutcome::assigned)
              .map(AssignmentOutcome::sampleId)
              .collect(java.util.stream.Collectors.toSet());
      List<AssignmentOutcome> done = labAssignments.assignDay(date(), samplingUnitId);
      text.info(
          "sampling.assignment.done",
          done.stream().filter(o -> o.assigned() && !before.contains(o.sampleId())).count(),
          before.size());
      rows = labAssignments.dayProposals(date(), samplingUnitId);
    } catch (RuntimeException e) {
      text.show(e, "day");
    }
  }

  public void override() {
    try {
      if (overrideSampleId == null) {
        throw cn.foodsafety.lims.platform.control.InvalidInputException.of(
            "overrideSampleId", "lims.field.required");
      }
      labAssignments.assign(overrideSampleId, new Assignment(overrideLabId, overrideReason));
      overrideReason = null;
      rows = labAssignments.dayProposals(date(), samplingUnitId);
      rows.stream()
          .filter(o -> o.sampleId() == overrideSampleId)
          .findFirst()
          .ifPresent(
              o ->
                  text.info(
                      "sampling.assignment.reassigned",
                      o.sampleNumber(),
                      labels.organization(o.labId(), o.labName())));
    } catch (RuntimeException e) {
      text.show(e, "override");
    }
  }

  /** Why the other laboratories were left out, in the page's language. */
  public String excluded(AssignmentOutcome row) {
    return row.excluded().stream().map(this::message).collect(Collectors.joining("；"));
  }

  private String message(FieldError e) {
    return Messages.text(text.locale(), e.key(), e.args().toArray());
  }

  private LocalDate date() {
    try {
      return day == null || day.isBlank() ? null : LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw cn.foodsafety.lims.platform.control.InvalidInputException.of(
          "date", "lims.field.date", day);
    }
  }

  public List<OrganizationData> getSamplingUnits() {
    return organizations.byKind(OrganizationKind.SAMPLING_UNIT);
  }

  public List<OrganizationData> getLaboratories() {
    return organizations.laboratories();
  }

  public List<AssignmentOutcome> getRows() {
    return rows;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public Long getSamplingUnitId() {
    return samplingUnitId;
  }

  public void setSamplingUnitId(Long samplingUnitId) {
    this.samplingUnitId = samplingUnitId;
  }

  public Long getOverrideSampleId() {
    return overrideSampleId;
  }

  public void setOverrideSampleId(Long overrideSampleId) {
    this.overrideSampleId = overrideSampleId;
  }

  public Long getOverrideLabId() {
    return overrideLabId;
  }

  public void setOverrideLabId(Long overrideLabId) {
    this.overrideLabId = overrideLabId;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }
}
