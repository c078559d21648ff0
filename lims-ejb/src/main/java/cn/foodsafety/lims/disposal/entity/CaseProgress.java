package cn.foodsafety.lims.disposal.entity;

import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The order of a follow-up's steps and what each needs (SAMR Order No. 15): nothing before the case
 * is accepted; the re-inspection window opens with the delivery of the result to the operator and
 * is closed for microbiological failures and an expired backup sample; the regulator accepts or
 * refuses the application (a refusal with its reason), and only an accepted one gets a lab, within
 * the designation window of {@link RequestWindows} (after it only with a recorded cause); a
 * designated lab before an outcome; an objection (异议) is a request of its own, with its ground, in
 * the same 7 working days, accepted for review or refused (with its reason) and, once accepted,
 * decided with reasoning; enforcement after investigation, rectification after enforcement;
 * completion only when delivery, a risk control, investigation, enforcement and rectification are
 * recorded and no re-inspection is pending. Each step's date lies between the last step's date and
 * today.
 */
public final class CaseProgress {

  private final CaseClock clock;

  private final RequestWindows windows;

  /** The rules with the statutory windows of a re-inspection application. */
  public CaseProgress(CaseClock clock) {
    this(clock, RequestWindows.of(clock.calendar()));
  }

  /** The rules with the windows of a re-inspection application as configured. */
  public CaseProgress(CaseClock clock, RequestWindows windows) {
    this.clock = Objects.requireNonNull(clock);
    this.windows = Objects.requireNonNull(windows);
  }

  /** What the rules need to know of a case. */
  public record Facts(
      String caseNumber,
      CaseState state,
      LocalDate receivedOn,
      LocalDate lastStepOn,
      LocalDate deliveredOn,
      LocalDate backupExpiresOn,
      boolean microbiological,
      boolean reinspectionPending,
      boolean riskControl,
      boolean reinspectionOpen,
      LocalDate requestAcceptedOn,
      boolean objectionPending) {

    /** The facts of a case with no accepted application and no objection pending. */
    public Facts(
        String caseNumber,
        CaseState state,
        LocalDate receivedOn,
        LocalDate lastStepOn,
        LocalDate deliveredOn,
        LocalDate backupExpiresOn,
        boolean microbiological,
        boolean reinspectionPending,
        boolean riskControl,
        boolean reinspectionOpen) {
      this(
          caseNumber,
          state,
          receivedOn,
          lastStepOn,
          deliveredOn,
          backupExpiresOn,
          microbiological,
          reinspectionPending,
          riskControl,
          reinspectionOpen,
          null,
          false);
    }

    public static Facts of(FollowUpCase c) {
      return new Facts(
          c.getCaseNumber(),
          c.getState(),
          c.getReceivedOn(),
          c.getLastStepOn(),
          c.getDeliveredOn(),
          c.getBackupExpiresOn(),
          c.isMicrobiological(),
          c.isReinspectionPending(),
          c.isRiskControl(),
          c.isReinspectionOpen(),
          c.getRequestAcceptedOn(),
          c.isObjectionPending());
    }
  }

  /**
   * The steps of a risk-control follow-up (risk monitoring: DOMAIN.md), in their order: notify the
   * operator, inspect, risk measures (repeatable), closed. No acceptance, re-inspection,
   * enforcement or rectification: a risk-monitoring result is not an enforcement basis.
   */
  public static final List<StepKind> RISK_CONTROL_STEPS =
      List.of(
          StepKind.DELIVERED, StepKind.INVESTIGATION, StepKind.RISK_CONTROL, StepKind.COMPLETED);

  private static final Set<StepKind> REINSPECTION_STEPS =
      EnumSet.of(
          StepKind.REINSPECTION_REQUESTED,
          StepKind.REQUEST_ACCEPTED,
          StepKind.REQUEST_REFUSED,
          StepKind.LAB_DESIGNATED,
          StepKind.REINSPECTION_OUTCOME,
          StepKind.OBJECTION_RAISED,
          StepKind.OBJECTION_ACCEPTED,
          StepKind.OBJECTION_REFUSED,
          StepKind.OBJECTION_DECIDED);

  /**
   * The step already recorded that rules a kind out: an application (or an objection) is accepted
   * or refused, not both; a refused application gets no lab and no outcome, a refused objection no
   * review.
   */
  public static Optional<StepKind> excludedBy(StepKind kind, Set<StepKind> done) {
    StepKind other =
        switch (kind) {
          case REQUEST_ACCEPTED, LAB_DESIGNATED, REINSPECTION_OUTCOME -> StepKind.REQUEST_REFUSED;
          case REQUEST_REFUSED -> StepKind.REQUEST_ACCEPTED;
          case OBJECTION_ACCEPTED, OBJECTION_DECIDED -> StepKind.OBJECTION_REFUSED;
          case OBJECTION_REFUSED -> StepKind.OBJECTION_ACCEPTED;
          default -> null;
        };
    return other != null && done.contains(other) ? Optional.of(other) : Optional.empty();
  }

  /** Whether a kind of step belongs to the case's route at all (the kind of sampling decides). */
  public static boolean belongs(StepKind kind, Facts c) {
    if (REINSPECTION_STEPS.contains(kind)) {
      return c.reinspectionOpen();
    }
    return !c.riskControl() || RISK_CONTROL_STEPS.contains(kind);
  }

  /** A step as someone wants to record it. */
  public record Proposed(StepKind kind, LocalDate on, CaseStep.Particulars particulars) {}

  /**
   * The field errors of a proposed step on a case that has the given steps; a closed case refuses
   * every step.
   */
  public Violations check(Facts c, Collection<StepKind> steps, Proposed step, LocalDate today) {
    if (c.state().isClosed()) {
      throw new RuleViolationException("lims.case.closed", c.caseNumber(), c.state());
    }
    Violations v = new Violations();
    if (step.kind() == null) {
      return v.add("kind", "lims.field.required");
    }
    Set<StepKind> done = EnumSet.noneOf(StepKind.class);
    done.addAll(steps);
    StepKind kind = step.kind();
    if (!belongs(kind, c)) {
      return v.add(
          "kind",
          REINSPECTION_STEPS.contains(kind)
              ? "lims.case.kind.noReinspection"
              : "lims.case.kind.stepNotInRoute",
          kind);
    }
    if (done.contains(kind) && !kind.isRepeatable()) {
      return v.add("kind", "lims.case.step.twice", kind);
    }
    Optional<StepKind> excluded = excludedBy(kind, done);
    if (excluded.isPresent()) {
      return v.add("kind", "lims.case.request.excluded", kind, excluded.get());
    }
    missing(kind, done, c).ifPresent(m -> v.add("kind", "lims.case.step.outOfOrder", kind, m));
    if (!v.isEmpty()) {
      return v;
    }
    LocalDate on = step.on();
    if (on == null) {
      v.add("date", "lims.field.required");
    } else if (on.isAfter(today)) {
      v.add("date", "lims.case.step.future", today);
    } else {
      LocalDate previous = c.lastStepOn() != null ? c.lastStepOn() : c.receivedOn();
      v.addIf(on.isBefore(previous), "date", "lims.case.step.beforePrevious", previous);
    }
    particulars(c, kind, on, step.particulars(), v);
    return v;
  }

  /** The step a kind still waits for, if any. */
  public static Optional<StepKind> missing(StepKind kind, Set<StepKind> done, Facts c) {
    if (c.riskControl()) {
      // each step of the risk-control route waits for the one before it; closing for all three
      int at = RISK_CONTROL_STEPS.indexOf(kind);
      return RISK_CONTROL_STEPS.subList(0, Math.max(0, at)).stream()
          .filter(n -> !done.contains(n))
          .findFirst();
    }
    List<StepKind> needs = new ArrayList<>();
    switch (kind) {
      case ACCEPTED -> {
        // the first step
      }
      case DELIVERED, RISK_CONTROL, INVESTIGATION -> needs.add(StepKind.ACCEPTED);
      case REINSPECTION_REQUESTED, OBJECTION_RAISED -> needs.add(StepKind.DELIVERED);
      case REQUEST_ACCEPTED, REQUEST_REFUSED -> needs.add(StepKind.REINSPECTION_REQUESTED);
      case LAB_DESIGNATED -> needs.add(StepKind.REQUEST_ACCEPTED);
      case REINSPECTION_OUTCOME -> needs.add(StepKind.LAB_DESIGNATED);
      case OBJECTION_ACCEPTED, OBJECTION_REFUSED -> needs.add(StepKind.OBJECTION_RAISED);
      // only an objection accepted for review is decided on its merits
      case OBJECTION_DECIDED -> needs.add(StepKind.OBJECTION_ACCEPTED);
      case ENFORCEMENT -> needs.add(StepKind.INVESTIGATION);
      case RECTIFICATION -> needs.add(StepKind.ENFORCEMENT);
      case COMPLETED -> {
        needs.addAll(
            List.of(
                StepKind.ACCEPTED,
                StepKind.DELIVERED,
                StepKind.RISK_CONTROL,
                StepKind.INVESTIGATION,
                StepKind.ENFORCEMENT,
                StepKind.RECTIFICATION));
        if (c.reinspectionPending()) {
          needs.add(StepKind.REINSPECTION_OUTCOME);
        }
        if (c.objectionPending()) {
          needs.add(StepKind.OBJECTION_DECIDED);
        }
      }
    }
    if (kind != StepKind.ACCEPTED && !done.contains(StepKind.ACCEPTED)) {
      return Optional.of(StepKind.ACCEPTED);
    }
    return needs.stream().filter(n -> !done.contains(n)).findFirst();
  }

  private void particulars(
      Facts c, StepKind kind, LocalDate on, CaseStep.Particulars p, Violations v) {
    switch (kind) {
      case DELIVERED ->
          v.addIf(
              p.backupExpiresOn() != null && on != null && p.backupExpiresOn().isBefore(on),
              "backupExpiresOn",
              "lims.case.backup.beforeDelivery");
      case REINSPECTION_REQUESTED -> {
        v.addIf(p.requestKind() == null, "requestKind", "lims.field.required");
        // an objection is a request of its own (OBJECTION_RAISED), with its own outcome
        if (p.requestKind() == RequestKind.OBJECTION) {
          v.add("requestKind", "lims.case.objection.ownStep");
        } else if (on != null) {
          boolean expired = c.backupExpiresOn() != null && on.isAfter(c.backupExpiresOn());
          clock
              .reinspectionRefusal(c.deliveredOn(), on, c.microbiological(), expired)
              .ifPresent(
                  r ->
                      v.add(
                          r == CaseClock.Refusal.AFTER_WINDOW ? "date" : "requestKind",
                          "lims.case.reinspection." + r.name(),
                          clock.reinspectionWindowEnd(c.deliveredOn())));
        }
      }
      case LAB_DESIGNATED -> {
        v.addIf(p.lab() == null, "labId", "lims.field.required");
        if (on != null && c.requestAcceptedOn() != null) {
          // 5 working days from acceptance, +5 only for a recorded cause (Art. 32)
          switch (windows.designation(c.requestAcceptedOn(), on)) {
            case NEEDS_CAUSE ->
                v.addIf(
                    blank(p.delayCause()),
                    "delayCause",
                    "lims.case.designation.causeRequired",
                    windows.designationDue(c.requestAcceptedOn()));
            case TOO_LATE ->
                v.add(
                    "date",
                    "lims.case.designation.tooLate",
                    windows.extendedDesignationDue(c.requestAcceptedOn()));
            case IN_TIME -> {
              // nothing to explain
            }
          }
        }
      }
      case REQUEST_REFUSED -> v.addIf(blank(p.note()), "note", "lims.case.request.reasonRequired");
      case REQUEST_ACCEPTED, OBJECTION_ACCEPTED -> {
        // the date is all; a late decision is recorded as it happened, and the sweep flags it
      }
      case OBJECTION_REFUSED ->
          v.addIf(blank(p.note()), "note", "lims.case.objection.refusalReason");
      case OBJECTION_RAISED -> {
        v.addIf(p.objectionGround() == null, "objectionGround", "lims.case.objection.ground");
        if (on != null && c.deliveredOn() != null) {
          // the same 7 working days from delivery as a re-inspection (Arts. 30-35)
          v.addIf(
              on.isAfter(clock.reinspectionWindowEnd(c.deliveredOn())),
              "date",
              "lims.case.reinspection.AFTER_WINDOW",
              clock.reinspectionWindowEnd(c.deliveredOn()));
        }
      }
      case OBJECTION_DECIDED -> {
        v.addIf(p.objectionOutcome() == null, "objectionOutcome", "lims.field.required");
        v.addIf(blank(p.note()), "note", "lims.case.objection.reasoning");
      }
      case REINSPECTION_OUTCOME -> v.addIf(p.outcome() == null, "outcome", "lims.field.required");
      case RISK_CONTROL -> {
        v.addIf(p.measure() == null, "measure", "lims.field.required");
        boolean counted = p.measure() == RiskMeasure.SEALING || p.measure() == RiskMeasure.RECALL;
        v.addIf(counted && p.quantity() == null, "quantity", "lims.field.required");
        v.addIf(negative(p.quantity()), "quantity", "lims.case.negative");
        v.addIf(
            p.quantity() != null && blank(p.quantityUnit()), "quantityUnit", "lims.field.required");
      }
      case INVESTIGATION, RECTIFICATION, COMPLETED ->
          v.addIf(blank(p.note()), "note", "lims.field.required");
      case ENFORCEMENT -> {
        v.addIf(negative(p.amount()), "amount", "lims.case.negative");
        v.addIf(
            blank(p.reference()) && p.amount() == null && blank(p.note()),
            "note",
            "lims.case.enforcement.reasonForNone");
      }
      case ACCEPTED -> {
        // the date is all
      }
    }
  }

  private static boolean negative(BigDecimal d) {
    return d != null && d.signum() < 0;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
