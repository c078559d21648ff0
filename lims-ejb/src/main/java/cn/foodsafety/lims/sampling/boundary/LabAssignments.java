package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.kernel.SampleAssigned;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.control.LabSelector;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which laboratory tests a sample: the rules' proposal (accreditation, separation of sampling and
 * testing, the week's load), the planner's assignment or override with a reason, and a sampling
 * unit's whole day at once.
 */
@Stateless
public class LabAssignments {
  /** A laboratory's load counts the samples assigned to it in this window (a week). */
  static final Duration LOAD_WINDOW = Duration.ofDays(7);

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject TestItems testItems;

  @Inject Event<SampleAssigned> assignedEvent;

  @Inject Clock clock = Clock.systemUTC();

  /** The laboratory the rules propose for a sample, without assigning it. */
  @RolesAllowed(Role.PLANNER_NAME)
  public AssignmentOutcome proposal(long id) {
    Viewer viewer = Viewer.of(users.current(), jurisdictions);
    Sample s = viewer.visible(em, id);
    Map<Long, Long> loads = loads();
    return outcome(s, propose(s, laboratories(em), loads), loads, false);
  }

  /**
   * Assigns a sample: to the proposed laboratory, or (override) to the one the planner names with a
   * reason; an override must still respect accreditation and the separation of sampling and
   * testing.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public AssignmentOutcome assign(long id, Assignment assignment) {
    Viewer viewer = Viewer.of(users.current(), jurisdictions);
    Sample s = viewer.visible(em, id);
    requireState(s, s.getState().canAssign());
    Assignment a = assignment == null ? new Assignment(null, null) : assignment;
    Violations v = Violations.of(validator, a);
    v.throwIfAny();
    List<LabSelector.Lab> labs = laboratories(em);
    Map<Long, Long> loads = loads();
    Organization lab;
    String reason = null;
    if (a.labId() == null) {
      LabSelector.Proposal proposal = propose(s, labs, loads);
      if (proposal.lab().isEmpty()) {
        throw new InvalidInputException(exclusions(proposal.excluded()));
      }
      lab = em.find(Organization.class, proposal.lab().get().id());
    } else {
      v.addIf(a.reason() == null || a.reason().isBlank(), "reason", "lims.field.required");
      lab = em.find(Organization.class, a.labId());
      Optional<LabSelector.Lab> candidate =
          labs.stream().filter(l -> l.id() == a.labId()).findFirst();
      if (lab == null || candidate.isEmpty()) {
        v.add("labId", "lims.sample.lab.unknown", a.labId());
      } else {
        LabSelector.Need need = need(testItems, s.getCategory(), s.getSamplingUnit());
        Optional<LabSelector.Exclusion> why =
            LabSelector.accreditation(candidate.get(), need)
                .or(
                    () ->
                        candidate.get().ownerId() == need.samplingOwnerId()
                            ? Optional.of(LabSelector.Exclusion.SAME_ORGANIZATION)
                            : Optional.empty());
        why.ifPresent(
            e -> {
              FieldError f = exclusion(candidate.get(), e);
              v.add(f.field(), f.key(), f.args().toArray());
            });
      }
      v.throwIfAny();
      reason = a.reason().strip();
    }
    s.assignTo(lab, users.current().getUsername(), clock.instant(), reason);
    audit.recordCaptured(reason);
    assignedEvent.fire(new SampleAssigned(id, lab.getId()));
    loads.merge(lab.getId(), 1L, Long::sum);
    return outcome(s, null, loads, true);
  }

  /**
   * The samples a sampling unit took on a day, each with the laboratory it has or the one proposed
   * for it (proposals count the ones before them, as bulk assignment would).
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public List<AssignmentOutcome> dayProposals(LocalDate day, Long samplingUnitId) {
    return forDay(day, samplingUnitId, false);
  }

  /** Assigns every unassigned sample of a sampling unit's day to its proposed laboratory. */
  @RolesAllowed(Role.PLANNER_NAME)
  public List<AssignmentOutcome> assignDay(LocalDate day, Long samplingUnitId) {
    return forDay(day, samplingUnitId, true);
  }

  private List<AssignmentOutcome> forDay(LocalDate day, Long samplingUnitId, boolean assign) {
    new Violations()
        .addIf(day == null, "date", "lims.field.required")
        .addIf(samplingUnitId == null, "samplingUnit", "lims.field.required")
        .throwIfAny();
    Viewer viewer = Viewer.of(users.current(), jurisdictions);
    List<LabSelector.Lab> labs = laboratories(em);
    Map<Long, Long> loads = loads();
    String by = users.current().getUsername();
    List<AssignmentOutcome> outcomes = new ArrayList<>();
    for (Sample s :
        em.createNamedQuery(Sample.OF_DAY, Sample.class)
            .setParameter("unit", samplingUnitId)
            .setParameter("day", day)
            .getResultList()) {
      if (!viewer.canSee(s)) {
        continue;
      }
      if (s.getLab() != null || !s.getState().canAssign()) {
        outcomes.add(outcome(s, null, loads, true));
        continue;
      }
      LabSelector.Proposal proposal = propose(s, labs, loads);
      if (proposal.lab().isPresent()) {
        loads.merge(proposal.lab().get().id(), 1L, Long::sum);
        if (assign) {
          Organization lab = em.find(Organization.class, proposal.lab().get().id());
          s.assignTo(lab, by, clock.instant(), null);
          assignedEvent.fire(new SampleAssigned(s.getId(), lab.getId()));
          outcomes.add(outcome(s, null, loads, true));
          continue;
        }
      }
      outcomes.add(outcome(s, proposal, loads, false));
    }
    // the laboratory of each sample assigned, as its history shows it
    audit.recordCaptured(null);
    return outcomes;
  }

  private AssignmentOutcome outcome(
      Sample s, LabSelector.Proposal proposal, Map<Long, Long> loads, boolean assigned) {
    Long labId;
    String code;
    String name;
    String nameEn;
    Integer capacity;
    if (assigned || proposal == null) {
      Organization lab = s.getLab();
      labId = lab == null ? null : lab.getId();
      code = lab == null ? null : lab.getCode();
      name = lab == null ? null : lab.getName();
      nameEn = lab == null ? null : lab.getNameEn();
      capacity = lab == null ? null : lab.getWeeklyCapacity();
    } else {
      LabSelector.Lab lab = proposal.lab().orElse(null);
      labId = lab == null ? null : lab.id();
      code = lab == null ? null : lab.code();
      name = lab == null ? null : lab.name();
      nameEn = lab == null ? null : lab.nameEn();
      capacity = lab == null ? null : lab.weeklyCapacity();
    }
    return new AssignmentOutcome(
        s.getId(),
        s.getSampleNumber(),
        s.getFoodName(),
        s.getCategory().getName(),
        labId,
        code,
        name,
        labId == null ? null : loads.getOrDefault(labId, 0L),
        capacity,
        assigned && labId != null,
        proposal == null ? List.of() : exclusions(proposal.excluded()),
        s.getCategory().getId(),
        nameEn);
  }

  private LabSelector.Proposal propose(
      Sample s, List<LabSelector.Lab> labs, Map<Long, Long> loads) {
    return LabSelector.propose(labs, need(testItems, s.getCategory(), s.getSamplingUnit()), loads);
  }

  private static List<FieldError> exclusions(List<LabSelector.Excluded> excluded) {
    return excluded.stream().map(e -> exclusion(e.lab(), e.reason())).toList();
  }

  private static FieldError exclusion(LabSelector.Lab lab, LabSelector.Exclusion why) {
    return FieldError.of(
        "labId",
        "lims.sample.lab.excluded",
        lab.code(),
        new cn.foodsafety.lims.platform.control.Messages.Name(lab.name(), lab.nameEn()),
        new cn.foodsafety.lims.platform.control.Messages.Key("lims.sample.lab.exclusion." + why));
  }

  /** The active laboratories as the selection sees them. */
  static List<LabSelector.Lab> laboratories(EntityManager em) {
    return em.createQuery(
            "select o from Organization o where o.kind = :kind and o.active = true order by o.code",
            Organization.class)
        .setParameter("kind", OrganizationKind.LABORATORY)
        .getResultStream()
        .map(
            o ->
                new LabSelector.Lab(
                    o.getId(),
                    o.getCode(),
                    o.getName(),
                    o.getNameEn(),
                    o.owner().getId(),
                    o.getScopeCategories().stream()
                        .map(FoodCategory::getId)
                        .collect(Collectors.toSet()),
                    o.getScopeTestItems().stream().map(TestItem::getId).collect(Collectors.toSet()),
                    o.getWeeklyCapacity() == null ? 0 : o.getWeeklyCapacity()))
        .toList();
  }

  static LabSelector.Need need(
      TestItems testItems, FoodCategory category, Organization samplingUnit) {
    List<Long> lineage = new ArrayList<>();
    for (FoodCategory c = category; c != null; c = c.getParent()) {
      lineage.add(c.getId());
    }
    return new LabSelector.Need(
        lineage,
        testItems.forCategory(category.getId()).stream()
            .map(TestItem::getId)
            .collect(Collectors.toSet()),
        samplingUnit.owner().getId());
  }

  /** Samples assigned in the last 7 days, by laboratory. */
  private Map<Long, Long> loads() {
    Map<Long, Long> loads = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Sample.LOAD_BY_LAB, Object[].class)
            .setParameter(
                "since",
                OffsetDateTime.ofInstant(clock.instant().minus(LOAD_WINDOW), ZoneOffset.UTC))
            .getResultList()) {
      loads.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return loads;
  }

  private static void requireState(Sample s, boolean allowed) {
    if (!allowed) {
      throw new RuleViolationException("lims.sample.state.wrong", s.getState());
    }
  }
}
