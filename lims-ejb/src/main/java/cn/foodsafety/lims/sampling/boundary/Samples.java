package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.control.RegionTree;
import cn.foodsafety.lims.masterdata.control.WorkingDayCalendar;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.planning.entity.TaskState;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.sampling.control.FieldEvidenceRules;
import cn.foodsafety.lims.sampling.control.LabSelector;
import cn.foodsafety.lims.sampling.control.SampleDocuments;
import cn.foodsafety.lims.sampling.control.SampleFormRules;
import cn.foodsafety.lims.sampling.entity.PartyKind;
import cn.foodsafety.lims.sampling.entity.Producer;
import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleCounter;
import cn.foodsafety.lims.sampling.entity.SampleNumber;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.sampling.entity.SampledParty;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.Role;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sample form and the chain of custody: samplers collect (a numbered form, with its printed
 * papers) and ship, planners assign each sample to an eligible laboratory, the laboratory receives
 * it, which starts its clock. Every step is audited; who sees which samples is decided here, for
 * the API and the pages alike ({@link Viewer}).
 */
@Stateless
@LocalBean
public class Samples {

  static final String ENTITY = "Sample";
  static final String TASK_ENTITY = "CollectionTask";

  /** Sample and papers reach the laboratory within 5 working days of sampling (Art. 20). */
  static final int DELIVERY_WORKING_DAYS = 5;

  /** The laboratory reports within 20 working days of receipt (Art. 24). */
  static final int REPORT_WORKING_DAYS = 20;

  /** A laboratory's load counts the samples assigned to it in this window (a week). */
  static final Duration LOAD_WINDOW = Duration.ofDays(7);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BLIND_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject TestItems testItems;

  @Inject WorkingCalendars calendars;

  @Inject SampleCounters counters;

  @Inject cn.foodsafety.lims.platform.boundary.IdempotencyKeys idempotencyKeys;

  @Inject Event<SampleAccepted> accepted;

  @Inject Event<SampleCollected> collectedEvent;

  @Inject Event<SampleRejected> rejectedEvent;

  @Inject Event<SampleAssigned> assignedEvent;

  @Inject Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- reading

  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public Page<SampleData> list(ListQuery query) {
    Viewer viewer = viewer();
    LocalDate today = today();
    Map<String, String> filters = new HashMap<>(query.filters());
    String late = filters.remove("late");
    String unassigned = filters.remove("unassigned");
    ListQuery rest =
        new ListQuery(
            query.page(), query.size(), query.sort(), query.descending(), query.search(), filters);
    Listing<Sample> listing =
        Listing.of(Sample.class)
            .sortable(
                "sampleNumber",
                "sampledAt",
                "sampledOn",
                "foodName",
                "state",
                "level",
                "deliveryDue",
                "createdAt")
            .sortableAs("categoryName", "category.name")
            .sortableAs("regionName", "region.name")
            .sortableAs("samplingUnitName", "samplingUnit.name")
            .defaultSort("sampleNumber")
            .filterable("state", SampleState::valueOf)
            .filterable("level", SamplingLevel::valueOf)
            .filterable("department", Department::valueOf)
            .filterable("outsidePlan", Boolean::valueOf)
            .filterable("deliveredLate", Boolean::valueOf)
            .filterable("sampledOn", LocalDate::parse)
            .filterable("samplingUnit.id", Long::valueOf)
            .filterable("lab.id", Long::valueOf)
            .filterable("region.id", Long::valueOf)
            .filterable("category.id", Long::valueOf)
            .filterable("task.id", Long::valueOf)
            .filterable("plan.id", Long::valueOf)
            .batchFetch(
                "plan",
                "task",
                "region",
                "samplingUnit",
                "category",
                "producer.region",
                "sampler1",
                "sampler2",
                "lab")
            .where(viewer::visible);
    if (viewer.onlyLab()) {
      // a laboratory must not find a blind-coded sample by the names it may not see
      listing.searchable("sampleNumber", "blindCode", "foodName");
    } else {
      listing
          .sortableAs("partyName", "party.name")
          .searchable("sampleNumber", "blindCode", "foodName", "party.name", "producer.name");
    }
    if (late != null) {
      boolean wanted = Boolean.parseBoolean(late);
      listing.where(
          (cb, root) -> {
            var isLate =
                cb.or(
                    cb.isTrue(root.get("deliveredLate")),
                    cb.and(
                        cb.isNull(root.get("receivedAt")),
                        cb.lessThan(root.<LocalDate>get("deliveryDue"), today)));
            return wanted ? isLate : cb.not(isLate);
          });
    }
    if (Boolean.parseBoolean(unassigned)) {
      listing.where((cb, root) -> cb.isNull(root.get("lab")));
    }
    return listing.run(em, rest).map(s -> SampleData.of(s, viewer.masks(s), today));
  }

  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public SampleData get(long id) {
    Viewer viewer = viewer();
    Sample s = visible(id, viewer);
    return SampleData.of(s, viewer.masks(s), today());
  }

  // ---------------------------------------------------------------- collecting

  /** A sampler's open tasks (those of his sampling unit), soonest due first. */
  @RolesAllowed(Role.SAMPLER_NAME)
  public List<TaskData> myOpenTasks() {
    Organization unit = samplingUnitOf(users.current());
    return em.createQuery(
            "select t from CollectionTask t where t.samplingUnit = :unit and t.state = :open"
                + " order by t.dueDate, t.id",
            CollectionTask.class)
        .setParameter("unit", unit)
        .setParameter("open", TaskState.OPEN)
        .getResultStream()
        .map(
            t ->
                new TaskData(
                    t.getId(),
                    t.getLevel(),
                    t.getDepartment(),
                    t.getRegion().getId(),
                    t.getRegion().getName(),
                    t.getCategory().getId(),
                    t.getCategory().getName(),
                    t.getPartyKind(),
                    t.getBatches(),
                    collected(t),
                    t.getDueDate(),
                    t.getNote(),
                    t.getPlan().isBlindCoding()))
        .toList();
  }

  /** The samplers of the signed-in sampler's unit: who can sign the form with him. */
  @RolesAllowed(Role.SAMPLER_NAME)
  public List<PersonChoice> samplersOfMyUnit() {
    Organization unit = samplingUnitOf(users.current());
    return em.createQuery(
            "select u from User u where u.organization = :unit and u.active = true"
                + " order by u.username",
            User.class)
        .setParameter("unit", unit)
        .getResultStream()
        .filter(u -> u.has(Role.SAMPLER))
        .map(u -> new PersonChoice(u.getId(), u.getUsername(), u.getDisplayName()))
        .toList();
  }

  /**
   * Records a sampling form. Everything is checked first (each broken rule a field error, nothing
   * written); then the number is taken under the counter's row lock and the sample inserted in the
   * same transaction.
   */
  /**
   * The phone form's create: the form carries a key of its own (a hidden field), claimed in this
   * transaction; the same form sent twice (a double tap, a retry after a lost answer) gives the
   * sample of the first, never a second sample.
   */
  @RolesAllowed(Role.SAMPLER_NAME)
  public SampleData createOnce(String formKey, SampleForm form) {
    if (formKey == null || formKey.isBlank() || formKey.length() > 100) {
      return create(form);
    }
    String caller = users.current().getUsername();
    String key = "sample-form:" + formKey.strip();
    var found = idempotencyKeys.lookup(caller, key, "sample-form");
    switch (found.claim()) {
      case REPLAY -> {
        return get(Long.parseLong(found.first().getLocation()));
      }
      case IN_PROGRESS, MISMATCH ->
          throw new cn.foodsafety.lims.platform.control.RuleViolationException(
              "lims.error.idempotencyInProgress");
      case NEW -> {}
    }
    idempotencyKeys.claim(caller, key, "sample-form");
    SampleData created = create(form);
    idempotencyKeys.answer(caller, key, 201, null, String.valueOf(created.id()), null);
    return created;
  }

  @RolesAllowed(Role.SAMPLER_NAME)
  public SampleData create(SampleForm form) {
    User me = users.current();
    Organization unit = samplingUnitOf(me);
    Instant now = clock.instant();
    Violations v = Violations.of(validator, form);

    CollectionTask task = null;
    if (form.taskId() != null) {
      // locked: two samples of one task are counted one after the other
      task = em.find(CollectionTask.class, form.taskId(), LockModeType.PESSIMISTIC_WRITE);
      if (task == null) {
        v.add("taskId", "lims.field.unknownReference", form.taskId());
      } else if (!task.getSamplingUnit().getId().equals(unit.getId())) {
        v.add("taskId", "lims.sample.task.otherUnit");
        task = null;
      } else if (task.getState() == TaskState.CANCELLED) {
        v.add("taskId", "lims.sample.task.cancelled");
        task = null;
      } else if (!task.isOpen()) {
        v.add("taskId", "lims.sample.task.notOpen", task.getState());
        task = null;
      }
    }
    SamplingLevel level = form.level();
    Department department = form.department();
    Long regionId = form.regionId();
    Long categoryId = form.categoryId();
    PartyKind partyKind = form.partyKind();
    if (task != null) {
      v.addIf(
          level != null && level != task.getLevel(),
          "level",
          "lims.sample.task.differs",
          task.getLevel());
      v.addIf(
          regionId != null && !regionId.equals(task.getRegion().getId()),
          "regionId",
          "lims.sample.task.differs",
          task.getRegion().getName());
      level = task.getLevel();
      department = task.getDepartment();
      regionId = task.getRegion().getId();
      categoryId = categoryId == null ? task.getCategory().getId() : categoryId;
      partyKind = partyKind == null ? task.getPartyKind() : partyKind;
    } else if (form.taskId() == null) {
      v.addIf(level == null, "level", "lims.field.required");
      department = department == null ? Department.MARKET_REGULATION : department;
    }
    v.addIf(partyKind == null, "partyKind", "lims.field.required");

    Region region = regionId == null ? null : em.find(Region.class, regionId);
    if (regionId == null) {
      v.addIf(form.taskId() == null, "regionId", "lims.field.required");
    } else if (region == null) {
      v.add("regionId", "lims.field.unknownReference", regionId);
    } else if (region.getKind() != RegionKind.COUNTY || !region.isActive()) {
      v.add("regionId", "lims.sample.region.county", region.getName());
    }

    FoodCategory category = categoryId == null ? null : em.find(FoodCategory.class, categoryId);
    if (categoryId == null) {
      v.addIf(form.taskId() == null, "categoryId", "lims.field.required");
    } else if (category == null) {
      v.add("categoryId", "lims.field.unknownReference", categoryId);
    } else if (!category.isActive()) {
      v.add("categoryId", "lims.field.inactiveReference", category.getName());
    } else {
      if (task != null && !category.isWithin(task.getCategory())) {
        v.add("categoryId", "lims.sample.category.outsideTask", task.getCategory().getName());
      }
      if (!LabSelector.anyAccredited(laboratories(), need(category, unit))) {
        v.add("categoryId", "lims.sample.category.noLab", category.getName());
      }
    }

    Region producerRegion = null;
    if (form.producerRegionId() != null) {
      producerRegion = em.find(Region.class, form.producerRegionId());
      v.addIf(
          producerRegion == null,
          "producerRegionId",
          "lims.field.unknownReference",
          form.producerRegionId());
    }

    Long sampler1Id = form.sampler1Id() == null ? me.getId() : form.sampler1Id();
    SampleFormRules.differentSamplers(sampler1Id, form.sampler2Id(), v);
    User sampler1 = sampler("sampler1Id", sampler1Id, unit, v);
    User sampler2 =
        Objects.equals(sampler1Id, form.sampler2Id())
            ? null
            : sampler("sampler2Id", form.sampler2Id(), unit, v);

    SampleFormRules.licenceWhereRequired(partyKind, form.partyLicence(), v);
    Instant sampledAt = SampleFormRules.pastMoment(form.sampledAt(), "sampledAt", now, v);
    LocalDate productionDate = SampleFormRules.date(form.productionDate(), "productionDate", v);
    SampleFormRules.productionNotAfterSampling(productionDate, sampledAt, v);
    BigDecimal quantity = SampleFormRules.positiveDecimal(form.quantity(), "quantity", v);
    BigDecimal backup = SampleFormRules.positiveDecimal(form.backupQuantity(), "backupQuantity", v);
    BigDecimal latitude = SampleFormRules.coordinate(form.latitude(), "latitude", 90, v);
    BigDecimal longitude = SampleFormRules.coordinate(form.longitude(), "longitude", 180, v);
    // the form is signed by both samplers and by the sampled party (Art. 19)
    v.addIf(
        !Boolean.TRUE.equals(form.samplersConfirmed()),
        "samplersConfirmed",
        "lims.sample.confirmation.required");
    v.addIf(
        !Boolean.TRUE.equals(form.partyConfirmed()),
        "partyConfirmed",
        "lims.sample.confirmation.required");
    FieldEvidenceRules.Checked evidence =
        fieldEvidence(form, blank(form.latitude()) != null || blank(form.longitude()) != null, v);
    v.throwIfAny();

    SamplingPlan plan = task == null ? null : task.getPlan();
    LocalDate sampledOn = sampledAt.atZone(Sample.ZONE).toLocalDate();
    WorkingDayCalendar calendar = calendars.current();
    String blindCode = plan != null && plan.isBlindCoding() ? newBlindCode() : null;

    // last: the counter's row stays locked until this transaction ends
    SampleCounter counter =
        counters.lock(SampleNumber.prefix(region.getCode(), sampledOn.getYear(), level));
    SampleNumber number = counter.next();
    Sample sample =
        Sample.collect(
            number,
            blindCode,
            new Sample.Origin(plan, task, level, department, region, unit),
            new Sample.Food(
                form.foodName().strip(),
                category,
                blank(form.brand()),
                blank(form.specification()),
                blank(form.batchNumber()),
                productionDate,
                blank(form.shelfLife()),
                quantity,
                form.quantityUnit().strip(),
                backup,
                form.storageCondition()),
            new Producer(
                blank(form.producerName()),
                blank(form.producerAddress()),
                blank(form.producerLicence()),
                producerRegion),
            new SampledParty(
                form.partyName().strip(),
                partyKind,
                form.partyAddress().strip(),
                blank(form.partyLicence()),
                blank(form.partyContact()),
                blank(form.partyPhone())),
            new Sample.Collection(
                sampledAt,
                form.placeAddress().strip(),
                latitude,
                longitude,
                sampler1,
                sampler2,
                true,
                true,
                blank(form.partySignatory()),
                form.sealNumber().strip()),
            calendar.addWorkingDays(sampledOn, DELIVERY_WORKING_DAYS),
            me.getUsername(),
            now);
    em.persist(sample);
    em.flush();
    if (evidence != null) {
      evidence.entities(sample.getId(), now).forEach(em::persist);
    }
    audit.created(
        ENTITY,
        sample.getId(),
        sample.getSampleNumber()
            + " "
            + sample.getFoodName()
            + (task == null ? " (计划外)" : " task " + task.getId()));
    collectedEvent.fire(new SampleCollected(sample.getId()));
    if (task != null && collected(task) >= task.getBatches()) {
      task.complete();
      audit.action(
          AuditAction.STATE_CHANGE,
          TASK_ENTITY,
          task.getId(),
          "state",
          TaskState.OPEN.name(),
          TaskState.COMPLETED.name(),
          sample.getSampleNumber());
    }
    return SampleData.of(sample, false, today());
  }

  /** The phone form's evidence, checked; null for a form without it. */
  private static FieldEvidenceRules.Checked fieldEvidence(
      SampleForm form, boolean hasLocation, Violations v) {
    FieldEvidence f = form.field();
    if (f == null) {
      return null;
    }
    List<FieldEvidence.FieldPhoto> photos =
        f.photos() == null ? List.of() : f.photos().stream().filter(Objects::nonNull).toList();
    return FieldEvidenceRules.check(
        f.provisionalCode(),
        f.locationAccuracy(),
        f.signature(),
        photos.stream().map(FieldEvidence.FieldPhoto::kind).toList(),
        photos.stream().map(FieldEvidence.FieldPhoto::data).toList(),
        hasLocation,
        v);
  }

  // ---------------------------------------------------------------- chain of custody

  /** The sampling unit hands the sample (assigned to a laboratory) to the carrier. */
  @RolesAllowed(Role.SAMPLER_NAME)
  public SampleData ship(long id, Shipment shipment) {
    Viewer viewer = viewer();
    Sample s = visible(id, viewer);
    if (!viewer.isSamplerOf(s)) {
      throw new AccessDeniedException("lims.sample.notYourUnit");
    }
    Violations v = Violations.of(validator, shipment);
    requireState(s, s.getState().canShip());
    if (s.getLab() == null) {
      throw new RuleViolationException("lims.sample.ship.noLab", s.getSampleNumber());
    }
    Instant at = SampleFormRules.pastMoment(shipment.shippedAt(), "shippedAt", clock.instant(), v);
    v.addIf(
        at != null && at.isBefore(s.getSampledAt()),
        "shippedAt",
        "lims.sample.shippedAt.beforeSampling");
    BigDecimal temperature =
        SampleFormRules.temperature(s.getStorageCondition(), shipment.temperature(), v);
    v.throwIfAny();
    s.ship(at, shipment.method().strip(), temperature);
    em.flush();
    audit.changed(
        ENTITY,
        id,
        new AuditTrail.Changes()
            .compare("shippedAt", null, SampleData.china(at))
            .compare("shipMethod", null, s.getShipMethod())
            .compare("shipTemperature", null, SampleData.plain(temperature)),
        null);
    audit.action(
        AuditAction.STATE_CHANGE,
        ENTITY,
        id,
        "state",
        SampleState.COLLECTED.name(),
        SampleState.SHIPPED.name(),
        null);
    return SampleData.of(s, false, today());
  }

  /**
   * The laboratory the sample is assigned to takes it in: accepted, its 20 working days start and
   * its test items are created (by the observers of {@link SampleAccepted}, in this transaction);
   * rejected, with the reason, and the task gets the batch back.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public SampleData receive(long id, Receipt receipt) {
    Viewer viewer = viewer();
    Sample s = visible(id, viewer);
    if (!viewer.isLabOf(s)) {
      throw new AccessDeniedException("lims.sample.notYourLab");
    }
    Violations v = Violations.of(validator, receipt);
    requireState(s, s.getState().canReceive());
    Instant at = SampleFormRules.pastMoment(receipt.receivedAt(), "receivedAt", clock.instant(), v);
    v.addIf(
        at != null && at.isBefore(s.getShippedAt()),
        "receivedAt",
        "lims.sample.receivedAt.beforeShipment",
        SampleData.china(s.getShippedAt()).toLocalDateTime().toString().replace('T', ' '));
    boolean rejected = receipt.condition() == ReceiptCondition.REJECTED;
    v.addIf(
        rejected && receipt.rejectionReason() == null, "rejectionReason", "lims.field.required");
    v.addIf(
        rejected
            && receipt.rejectionReason() != null
            && receipt.rejectionReason().needsNote()
            && (receipt.note() == null || receipt.note().isBlank()),
        "note",
        "lims.sample.rejection.noteRequired");
    v.throwIfAny();
    LocalDate receivedOn = at.atZone(Sample.ZONE).toLocalDate();
    LocalDate reportDue =
        rejected ? null : calendars.current().addWorkingDays(receivedOn, REPORT_WORKING_DAYS);
    s.receive(
        at,
        users.current().getUsername(),
        receipt.condition(),
        rejected ? receipt.rejectionReason() : null,
        blank(receipt.note()),
        reportDue);
    em.flush();
    audit.changed(
        ENTITY,
        id,
        new AuditTrail.Changes()
            .compare("receivedAt", null, SampleData.china(at))
            .compare("receiptCondition", null, s.getReceiptCondition())
            .compare("rejectionReason", null, s.getRejectionReason())
            .compare("reportDue", null, s.getReportDue())
            .compare("deliveredLate", null, s.isDeliveredLate() ? "true" : null),
        s.getRejectionNote());
    audit.action(
        AuditAction.STATE_CHANGE,
        ENTITY,
        id,
        "state",
        SampleState.SHIPPED.name(),
        s.getState().name(),
        s.getRejectionReason() == null ? null : s.getRejectionReason().name());
    if (!rejected) {
      // the lab's work (its test items with the limits as they stand today) begins at receipt
      accepted.fire(new SampleAccepted(id));
    } else {
      rejectedEvent.fire(new SampleRejected(id));
    }
    CollectionTask task = s.getTask();
    if (rejected && task != null && task.getState() == TaskState.COMPLETED) {
      em.lock(task, LockModeType.PESSIMISTIC_WRITE);
      if (collected(task) < task.getBatches()) {
        task.reopen();
        audit.action(
            AuditAction.STATE_CHANGE,
            TASK_ENTITY,
            task.getId(),
            "state",
            TaskState.COMPLETED.name(),
            TaskState.OPEN.name(),
            s.getSampleNumber());
      }
    }
    return SampleData.of(s, viewer.masks(s), today());
  }

  // ---------------------------------------------------------------- lab assignment

  /** The laboratory the rules propose for a sample, without assigning it. */
  @RolesAllowed(Role.PLANNER_NAME)
  public AssignmentOutcome proposal(long id) {
    Viewer viewer = viewer();
    Sample s = visible(id, viewer);
    Map<Long, Long> loads = loads();
    return outcome(s, propose(s, laboratories(), loads), loads, false);
  }

  /**
   * Assigns a sample: to the proposed laboratory, or (override) to the one the planner names with a
   * reason; an override must still respect accreditation and the separation of sampling and
   * testing.
   */
  @RolesAllowed(Role.PLANNER_NAME)
  public AssignmentOutcome assign(long id, Assignment assignment) {
    Viewer viewer = viewer();
    Sample s = visible(id, viewer);
    requireState(s, s.getState().canAssign());
    Assignment a = assignment == null ? new Assignment(null, null) : assignment;
    Violations v = Violations.of(validator, a);
    v.throwIfAny();
    List<LabSelector.Lab> labs = laboratories();
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
        LabSelector.Need need = need(s.getCategory(), s.getSamplingUnit());
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
    Organization before = s.getLab();
    s.assignTo(lab, users.current().getUsername(), clock.instant(), reason);
    em.flush();
    audit.changed(
        ENTITY,
        id,
        new AuditTrail.Changes()
            .compare("lab", before == null ? null : before.getCode(), lab.getCode()),
        reason);
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

  // ---------------------------------------------------------------- papers

  /** The sampling form as PDF (Chinese). */
  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public Paper form(long id) {
    SampleData d = get(id);
    return new Paper(d.sampleNumber() + ".pdf", SamplePapers.form(d));
  }

  /** The label (QR code of the number) as PDF, or as PNG of the QR code alone. */
  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public Paper label(long id, boolean png) {
    SampleData d = get(id);
    return png
        ? new Paper(d.sampleNumber() + ".png", SampleDocuments.qrPng(d.sampleNumber(), 300))
        : new Paper(d.sampleNumber() + "-label.pdf", SamplePapers.label(d));
  }

  /** A printable document with its file name. */
  public record Paper(String fileName, byte[] content) {}

  // ---------------------------------------------------------------- helpers

  private List<AssignmentOutcome> forDay(LocalDate day, Long samplingUnitId, boolean assign) {
    new Violations()
        .addIf(day == null, "date", "lims.field.required")
        .addIf(samplingUnitId == null, "samplingUnit", "lims.field.required")
        .throwIfAny();
    Viewer viewer = viewer();
    List<LabSelector.Lab> labs = laboratories();
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
          audit.changed(
              ENTITY,
              s.getId(),
              new AuditTrail.Changes().compare("lab", null, lab.getCode()),
              null);
          assignedEvent.fire(new SampleAssigned(s.getId(), lab.getId()));
          outcomes.add(outcome(s, null, loads, true));
          continue;
        }
      }
      outcomes.add(outcome(s, proposal, loads, false));
    }
    em.flush();
    return outcomes;
  }

  private AssignmentOutcome outcome(
      Sample s, LabSelector.Proposal proposal, Map<Long, Long> loads, boolean assigned) {
    Long labId;
    String code;
    String name;
    Integer capacity;
    if (assigned || proposal == null) {
      Organization lab = s.getLab();
      labId = lab == null ? null : lab.getId();
      code = lab == null ? null : lab.getCode();
      name = lab == null ? null : lab.getName();
      capacity = lab == null ? null : lab.getWeeklyCapacity();
    } else {
      LabSelector.Lab lab = proposal.lab().orElse(null);
      labId = lab == null ? null : lab.id();
      code = lab == null ? null : lab.code();
      name = lab == null ? null : lab.name();
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
        proposal == null ? List.of() : exclusions(proposal.excluded()));
  }

  private LabSelector.Proposal propose(
      Sample s, List<LabSelector.Lab> labs, Map<Long, Long> loads) {
    return LabSelector.propose(labs, need(s.getCategory(), s.getSamplingUnit()), loads);
  }

  private static List<FieldError> exclusions(List<LabSelector.Excluded> excluded) {
    return excluded.stream().map(e -> exclusion(e.lab(), e.reason())).toList();
  }

  private static FieldError exclusion(LabSelector.Lab lab, LabSelector.Exclusion why) {
    return FieldError.of(
        "labId",
        "lims.sample.lab.excluded",
        lab.code(),
        lab.name(),
        new cn.foodsafety.lims.platform.control.Messages.Key("lims.sample.lab.exclusion." + why));
  }

  /** The active laboratories as the selection sees them. */
  private List<LabSelector.Lab> laboratories() {
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
                    o.owner().getId(),
                    o.getScopeCategories().stream()
                        .map(FoodCategory::getId)
                        .collect(Collectors.toSet()),
                    o.getScopeTestItems().stream().map(TestItem::getId).collect(Collectors.toSet()),
                    o.getWeeklyCapacity() == null ? 0 : o.getWeeklyCapacity()))
        .toList();
  }

  private LabSelector.Need need(FoodCategory category, Organization samplingUnit) {
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

  private long collected(CollectionTask task) {
    return em.createNamedQuery(Sample.COUNT_FOR_TASK, Long.class)
        .setParameter("task", task)
        .setParameter("rejected", SampleState.REJECTED)
        .getSingleResult();
  }

  private User sampler(String field, Long id, Organization unit, Violations v) {
    if (id == null) {
      return null;
    }
    User u = em.find(User.class, id);
    if (u == null) {
      v.add(field, "lims.field.unknownReference", id);
      return null;
    }
    v.addIf(
        !u.isActive() || !u.has(Role.SAMPLER) || !u.getOrganization().getId().equals(unit.getId()),
        field,
        "lims.sample.sampler.notInUnit",
        u.getDisplayName(),
        unit.getName());
    return u;
  }

  private String newBlindCode() {
    for (int attempt = 0; attempt < 10; attempt++) {
      StringBuilder code = new StringBuilder("BL-");
      for (int i = 0; i < 8; i++) {
        code.append(BLIND_ALPHABET.charAt(RANDOM.nextInt(BLIND_ALPHABET.length())));
      }
      String candidate = code.toString();
      long taken =
          em.createNamedQuery(Sample.COUNT_BLIND_CODE, Long.class)
              .setParameter("code", candidate)
              .getSingleResult();
      if (taken == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free blind code found");
  }

  private static Organization samplingUnitOf(User me) {
    if (me.getOrganization().getKind() != OrganizationKind.SAMPLING_UNIT) {
      throw new AccessDeniedException("lims.sample.samplerWithoutUnit");
    }
    return me.getOrganization();
  }

  private static void requireState(Sample s, boolean allowed) {
    if (!allowed) {
      throw new RuleViolationException("lims.sample.state.wrong", s.getState());
    }
  }

  private Sample visible(long id, Viewer viewer) {
    Sample s = em.find(Sample.class, id);
    if (s == null || !viewer.canSee(s)) {
      throw new NotFoundException(ENTITY, id);
    }
    return s;
  }

  private Viewer viewer() {
    return Viewer.of(users.current(), top -> RegionTree.idsWithin(em, top));
  }

  private LocalDate today() {
    return clock.instant().atZone(Sample.ZONE).toLocalDate();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
