package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.kernel.SampleCollected;
import cn.foodsafety.lims.kernel.TaskBatchCollected;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.planning.boundary.SamplingKinds;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.planning.entity.TaskState;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.control.FieldEvidenceRules;
import cn.foodsafety.lims.sampling.control.LabSelector;
import cn.foodsafety.lims.sampling.control.SampleFormRules;
import cn.foodsafety.lims.sampling.entity.Producer;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleNumber;
import cn.foodsafety.lims.sampling.entity.SampledParty;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The sampling form: a sampler records a sample (numbered under the counter's row lock, within a
 * task of his unit or outside the plan), signed by both samplers and the sampled party (Art. 19).
 */
@Stateless
public class SamplingForms {
  /** Sample and papers reach the laboratory within 5 working days of sampling (Art. 20). */
  static final int DELIVERY_WORKING_DAYS = 5;

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject TestItems testItems;

  @Inject WorkingCalendars calendars;

  @Inject SampleCounters counters;

  @Inject BlindCodes blindCodes;

  @Inject SamplingKinds kinds;

  @Inject Samples samples;

  @Inject cn.foodsafety.lims.platform.boundary.IdempotencyKeys idempotencyKeys;

  @Inject Event<SampleCollected> collectedEvent;
  @Inject Event<TaskBatchCollected> batchEvent;

  @Inject Clock clock = Clock.systemUTC();

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
        return samples.get(Long.parseLong(found.first().getLocation()));
      }
      case IN_PROGRESS, MISMATCH ->
          throw new cn.foodsafety.lims.platform.control.RuleViolationException(
              "lims.error.idempotencyInProgress");
      case NEW -> {}
    }
    idempotencyKeys.claim(caller, key, "sample-form");
    Sample recorded = record(form);
    // answered before the number is taken: the answer names the sample by its id
    idempotencyKeys.answer(caller, key, 201, null, String.valueOf(recorded.getId()), null);
    return finished(recorded);
  }

  /**
   * The fields of a sampling form that {@link #create} refuses when they are empty, for the pages
   * to mark: those of {@link SampleForm} that must not be blank, the kind of sampling's backup
   * quantity where one is kept, level, unit, category and kind of party when there is no task to
   * give them, and the second sampler, sampling time and both confirmations (Art. 19). The party's
   * licence is required for some kinds of party only and is not listed.
   */
  public static java.util.Set<String> requiredFields(boolean outsidePlan, boolean backupKept) {
    java.util.Set<String> fields =
        new java.util.LinkedHashSet<>(
            List.of(
                "foodName",
                "quantity",
                "quantityUnit",
                "storageCondition",
                "partyName",
                "partyAddress",
                "sampledAt",
                "placeAddress",
                "sampler2Id",
                "sealNumber",
                "samplersConfirmed",
                "partyConfirmed"));
    if (outsidePlan) {
      fields.addAll(List.of("level", "regionId", "categoryId", "partyKind"));
    }
    if (backupKept) {
      fields.add("backupQuantity");
    }
    return java.util.Set.copyOf(fields);
  }

  /**
   * Records a sampling form. Everything is checked first (each broken rule a field error, nothing
   * written); then the sample is written with all that goes with it, and its number taken last, in
   * the same transaction.
   */
  @RolesAllowed(Role.SAMPLER_NAME)
  public SampleData create(SampleForm form) {
    return finished(record(form));
  }

  /**
   * The recorded sample's number, then, last, the task's count: the task (planning) counts the
   * batch under its row lock, held only from there to the commit, or refuses it when it is no
   * longer open (which rolls the creation back).
   */
  private SampleData finished(Sample recorded) {
    Sample sample = numbered(recorded);
    if (sample.getTask() != null) {
      batchEvent.fire(new TaskBatchCollected(sample.getTask().getId(), sample.getId()));
    }
    return SampleData.of(sample, false, today());
  }

  /**
   * Checks and writes the form: the sample (with a placeholder for its number), its evidence, and,
   * through {@link SampleCollected}, the statistics facts. The task counts the batch later, in
   * {@link #create}.
   */
  private Sample record(SampleForm form) {
    User me = users.current();
    Organization unit = samplingUnitOf(me);
    Instant now = clock.instant();
    Violations v = Violations.of(validator, form);

    CollectionTask task = null;
    if (form.taskId() != null) {
      // read without a lock: the task checks that it is open again when it counts the batch, under
      // its row lock, last in this transaction (TaskBatchCollected); a lock taken here would make
      // the samplers of one task write their samples one at a time
      task = em.find(CollectionTask.class, form.taskId());
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
      if (!LabSelector.anyAccredited(
          LabAssignments.laboratories(em), LabAssignments.need(testItems, category, unit))) {
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
    SamplingKind kind = task != null ? task.getKind() : SamplingKind.orDefault(form.samplingKind());
    v.addIf(
        task != null && form.samplingKind() != null && form.samplingKind() != kind,
        "samplingKind",
        "lims.sample.task.differs",
        kind);
    BigDecimal backup =
        SampleFormRules.backupQuantity(
            kinds.rules().of(kind).backupSample(), kind, form.backupQuantity(), v);
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
    LocalDate sampledOn = CivilTime.dayOf(sampledAt);
    // the number's prefix is checked now (a region code that cannot name a counter is refused
    // before anything is written); the number itself is taken last, in numbered()
    SampleNumber.prefix(region.getCode(), sampledOn.getYear(), level);
    WorkingDayCalendar calendar = calendars.current();
    String blindCode = plan != null && plan.isBlindCoding() ? blindCodes.next() : null;

    Sample sample =
        Sample.collect(
            blindCode,
            new Sample.Origin(plan, task, level, kind, department, region, unit),
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
    // the statistics facts count the sample, in this transaction: before the number is taken, so
    // not under the counter's lock
    collectedEvent.fire(new SampleCollected(sample.getId(), task == null ? null : task.getId()));
    em.flush();
    return sample;
  }

  /**
   * Takes the sample's number, last in the transaction. Numbers have no gaps within a prefix, so
   * the counter's row stays locked from here to the commit and the samplers of one county, year and
   * level pass this stretch one at a time: only the counter's update, the sample's number and its
   * audit line (which names the number) are written in it, and then the task's count (its row
   * locked from there to the commit). Everything else of the creation (the sample's row, evidence,
   * statistics facts) was written before, while the other samplers' transactions ran alongside.
   * Measured: benchmarks in the README (sample creation).
   */
  private Sample numbered(Sample sample) {
    sample.numberAs(
        counters.next(
            SampleNumber.prefix(
                sample.getRegion().getCode(), sample.getSampledOn().getYear(), sample.getLevel())));
    audit.created(
        Samples.ENTITY,
        sample.getId(),
        sample.getSampleNumber()
            + " "
            + sample.getFoodName()
            + (sample.getTask() == null ? " (计划外)" : " task " + sample.getTask().getId()));
    em.flush();
    return sample;
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

  static Organization samplingUnitOf(User me) {
    if (me.getOrganization().getKind() != OrganizationKind.SAMPLING_UNIT) {
      throw new AccessDeniedException("lims.sample.samplerWithoutUnit");
    }
    return me.getOrganization();
  }

  private LocalDate today() {
    return CivilTime.today(clock);
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

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
