package cn.foodsafety.lims.sampling.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.masterdata.entity.DecimalText;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.security.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * The sampling form (抽样单) of one batch and what happens to the sample until the laboratory has it:
 * assignment to a laboratory, shipment, receipt. Created complete and valid by {@link #collect}; it
 * changes only through the steps of its chain of custody, each guarded here.
 */
@Entity
@Table(name = "sample")
@NamedQuery(
    name = Sample.FIND_BY_NUMBER,
    query = "select s from Sample s where s.sampleNumber = :number")
@NamedQuery(
    name = Sample.LOAD_BY_LAB,
    query =
        "select s.lab.id, count(s) from Sample s where s.lab is not null and s.assignedAt >= :since"
            + " group by s.lab.id")
@NamedQuery(
    name = Sample.OF_DAY,
    query =
        "select s from Sample s where s.samplingUnit.id = :unit and s.sampledOn = :day"
            + " order by s.sampleNumber")
@NamedQuery(
    name = Sample.COUNT_BLIND_CODE,
    query = "select count(s) from Sample s where s.blindCode = :code")
public class Sample implements Audited {

  public static final String FIND_BY_NUMBER = "Sample.findByNumber";
  public static final String LOAD_BY_LAB = "Sample.loadByLab";
  public static final String OF_DAY = "Sample.ofDay";
  public static final String COUNT_BLIND_CODE = "Sample.countBlindCode";

  /**
   * The placeholder number's start: never a valid {@link SampleNumber} (which starts with a digit
   * or letter).
   */
  private static final String UNNUMBERED = "~";

  @Id
  @SequenceGenerator(name = "sample_seq", sequenceName = "sample_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_seq")
  private Long id;

  @Column(name = "sample_number", nullable = false, unique = true)
  private String sampleNumber;

  @Column(name = "blind_code")
  private String blindCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private SamplingPlan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "task_id")
  private CollectionTask task;

  @Column(name = "outside_plan", nullable = false)
  private boolean outsidePlan;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_level", nullable = false)
  private SamplingLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "sampling_kind", nullable = false)
  private SamplingKind kind = SamplingKind.SUPERVISORY;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Department department;

  /** The county-level unit where the sample was taken. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sampling_unit_id")
  private Organization samplingUnit;

  @Column(name = "food_name", nullable = false)
  private String foodName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id")
  private FoodCategory category;

  private String brand;

  private String specification;

  @Column(name = "batch_number")
  private String batchNumber;

  @Column(name = "production_date")
  private LocalDate productionDate;

  @Column(name = "shelf_life")
  private String shelfLife;

  /** How much was taken (columns quantity, quantity_unit). */
  @Embedded private Quantity quantity;

  /** None for a kind of sampling that keeps no backup sample (risk monitoring). */
  @Convert(converter = DecimalText.class)
  @Column(name = "backup_quantity")
  private BigDecimal backupQuantity;

  @Enumerated(EnumType.STRING)
  @Column(name = "storage_condition", nullable = false)
  private StorageCondition storageCondition;

  @Embedded private Producer producer;

  @Embedded private SampledParty party;

  @Column(name = "place_address", nullable = false)
  private String placeAddress;

  @Convert(converter = DecimalText.class)
  private BigDecimal latitude;

  @Convert(converter = DecimalText.class)
  private BigDecimal longitude;

  @Column(name = "sampled_at", nullable = false)
  private OffsetDateTime sampledAt;

  @Column(name = "sampled_on", nullable = false)
  private LocalDate sampledOn;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sampler1_id")
  private User sampler1;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sampler2_id")
  private User sampler2;

  @Column(name = "samplers_confirmed", nullable = false)
  private boolean samplersConfirmed;

  @Column(name = "party_confirmed", nullable = false)
  private boolean partyConfirmed;

  @Column(name = "party_signatory")
  private String partySignatory;

  @Column(name = "seal_number", nullable = false)
  private String sealNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SampleState state = SampleState.COLLECTED;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lab_id")
  private Organization lab;

  @Column(name = "assigned_at")
  private OffsetDateTime assignedAt;

  @Column(name = "assigned_by")
  private String assignedBy;

  @Column(name = "assignment_reason")
  private String assignmentReason;

  @Column(name = "shipped_at")
  private OffsetDateTime shippedAt;

  @Column(name = "ship_method")
  private String shipMethod;

  @Convert(converter = DecimalText.class)
  @Column(name = "ship_temperature")
  private BigDecimal shipTemperature;

  @Column(name = "delivery_due", nullable = false)
  private LocalDate deliveryDue;

  @Column(name = "delivered_late", nullable = false)
  private boolean deliveredLate;

  @Column(name = "received_at")
  private OffsetDateTime receivedAt;

  @Column(name = "received_by")
  private String receivedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "receipt_condition")
  private ReceiptCondition receiptCondition;

  @Enumerated(EnumType.STRING)
  @Column(name = "rejection_reason")
  private RejectionReason rejectionReason;

  @Column(name = "rejection_note")
  private String rejectionNote;

  @Column(name = "report_due")
  private LocalDate reportDue;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  // The related records' ids as their foreign key columns, read-only (written through the
  // relations above): a list reads its page's rows from this table alone, without joins, and the
  // related codes and names in one query per table (sampling.boundary.SampleRows).
  @Column(name = "plan_id", insertable = false, updatable = false)
  private Long planId;

  @Column(name = "task_id", insertable = false, updatable = false)
  private Long taskId;

  @Column(name = "region_id", insertable = false, updatable = false)
  private Long regionId;

  @Column(name = "sampling_unit_id", insertable = false, updatable = false)
  private Long samplingUnitId;

  @Column(name = "category_id", insertable = false, updatable = false)
  private Long categoryId;

  @Column(name = "producer_region_id", insertable = false, updatable = false)
  private Long producerRegionId;

  @Column(name = "sampler1_id", insertable = false, updatable = false)
  private Long sampler1Id;

  @Column(name = "sampler2_id", insertable = false, updatable = false)
  private Long sampler2Id;

  @Column(name = "lab_id", insertable = false, updatable = false)
  private Long labId;

  protected Sample() {}

  /**
   * Where a sample comes from: its plan and task (none outside the plan), who ordered it and the
   * kind of sampling (supervisory when not said).
   */
  public record Origin(
      SamplingPlan plan,
      CollectionTask task,
      SamplingLevel level,
      SamplingKind kind,
      Department department,
      Region region,
      Organization samplingUnit) {
    public Origin {
      kind = SamplingKind.orDefault(kind);
      Objects.requireNonNull(level);
      Objects.requireNonNull(department);
      Objects.requireNonNull(region);
      Objects.requireNonNull(samplingUnit);
    }
  }

  /**
   * What was taken: the food, its label data and the quantities; the backup quantity is none for a
   * kind of sampling that keeps no backup sample.
   */
  public record Food(
      String name,
      FoodCategory category,
      String brand,
      String specification,
      String batchNumber,
      LocalDate productionDate,
      String shelfLife,
      BigDecimal quantity,
      String quantityUnit,
      BigDecimal backupQuantity,
      StorageCondition storageCondition) {
    public Food {
      Objects.requireNonNull(name);
      Objects.requireNonNull(category);
      Objects.requireNonNull(storageCondition);
      // the parameters, not the accessors: a compact constructor runs before the fields are set
      Quantity taken = Quantity.of(quantity, quantityUnit, "quantity");
      if (backupQuantity != null) {
        taken.withAmount(backupQuantity, "backupQuantity");
      }
    }

    /** The quantity taken, or a field error on quantity/quantityUnit. */
    public Quantity taken() {
      return Quantity.of(quantity, quantityUnit, "quantity");
    }
  }

  /** How it was taken: when, where, by whom, who signed, the seal. */
  public record Collection(
      Instant sampledAt,
      String placeAddress,
      BigDecimal latitude,
      BigDecimal longitude,
      User sampler1,
      User sampler2,
      boolean samplersConfirmed,
      boolean partyConfirmed,
      String partySignatory,
      String sealNumber) {
    public Collection {
      Objects.requireNonNull(sampledAt);
      Objects.requireNonNull(placeAddress);
      Objects.requireNonNull(sealNumber);
      // two different samplers sign every form (Art. 17 of the sampling measures)
      if (Objects.requireNonNull(sampler1).getUsername().equals(sampler2.getUsername())) {
        throw InvalidInputException.of("sampler2Id", "lims.sample.samplers.same");
      }
    }
  }

  /**
   * A collected sample, due at the laboratory on {@code deliveryDue} (5 working days after
   * sampling: Art. 20), still to be numbered ({@link #numberAs}) before its transaction commits.
   */
  public static Sample collect(
      String blindCode,
      Origin origin,
      Food food,
      Producer producer,
      SampledParty party,
      Collection collection,
      LocalDate deliveryDue,
      String createdBy,
      Instant createdAt) {
    Sample s = new Sample();
    // unique, and seen by the creating transaction only: numberAs replaces it before the commit
    s.sampleNumber = UNNUMBERED + java.util.UUID.randomUUID();
    s.blindCode = blindCode;
    s.plan = origin.plan();
    s.task = origin.task();
    s.outsidePlan = origin.task() == null;
    s.level = origin.level();
    s.kind = origin.kind();
    s.department = origin.department();
    s.region = origin.region();
    s.samplingUnit = origin.samplingUnit();
    s.foodName = food.name();
    s.category = food.category();
    s.brand = food.brand();
    s.specification = food.specification();
    s.batchNumber = food.batchNumber();
    s.shelfLife = food.shelfLife();
    s.quantity = food.taken();
    s.backupQuantity = food.backupQuantity();
    s.storageCondition = food.storageCondition();
    s.producer = Objects.requireNonNull(producer);
    s.party = Objects.requireNonNull(party);
    s.placeAddress = collection.placeAddress();
    s.latitude = collection.latitude();
    s.longitude = collection.longitude();
    s.sampledAt = utc(collection.sampledAt());
    s.sampledOn = CivilTime.dayOf(collection.sampledAt());
    if (food.productionDate() != null && food.productionDate().isAfter(s.sampledOn)) {
      throw InvalidInputException.of(
          "productionDate",
          "lims.sample.productionDate.afterSampling",
          food.productionDate(),
          s.sampledOn);
    }
    s.productionDate = food.productionDate();
    s.sampler1 = collection.sampler1();
    s.sampler2 = collection.sampler2();
    s.samplersConfirmed = collection.samplersConfirmed();
    s.partyConfirmed = collection.partyConfirmed();
    s.partySignatory = collection.partySignatory();
    s.sealNumber = collection.sealNumber();
    s.deliveryDue = Objects.requireNonNull(deliveryDue);
    s.createdBy = Objects.requireNonNull(createdBy);
    s.createdAt = utc(createdAt);
    return s;
  }

  /**
   * Gives the collected sample its number, once. The number is taken last in the creating
   * transaction (the counter's row stays locked from then until the commit, see {@code
   * SamplingForms}), so the sample's row is first written with a placeholder that no other
   * transaction ever sees.
   */
  public void numberAs(SampleNumber number) {
    if (isNumbered()) {
      throw new IllegalStateException("sample " + id + " is numbered already: " + sampleNumber);
    }
    this.sampleNumber = number.toString();
  }

  /** False only between {@link #collect} and {@link #numberAs}, inside the creating transaction. */
  public boolean isNumbered() {
    return !sampleNumber.startsWith(UNNUMBERED);
  }

  /** Sends the sample to a laboratory (proposed or chosen by a planner, with the reason). */
  public void assignTo(Organization laboratory, String by, Instant at, String reason) {
    if (!state.canAssign()) {
      throw new RuleViolationException("lims.sample.state.wrong", state);
    }
    this.lab = Objects.requireNonNull(laboratory);
    this.assignedBy = Objects.requireNonNull(by);
    this.assignedAt = utc(at);
    this.assignmentReason = reason;
  }

  /** Hands the sample to the carrier; chilled and frozen samples travel with a temperature. */
  public void ship(Instant at, String method, BigDecimal temperature) {
    if (!state.canShip()) {
      throw new RuleViolationException("lims.sample.state.wrong", state);
    }
    if (lab == null) {
      throw new RuleViolationException("lims.sample.ship.noLab", sampleNumber);
    }
    if (at.isBefore(getSampledAt())) {
      throw InvalidInputException.of("shippedAt", "lims.sample.shippedAt.beforeSampling");
    }
    if (storageCondition.needsTemperature() && temperature == null) {
      throw InvalidInputException.of(
          "temperature", "lims.sample.temperature.required", storageCondition);
    }
    this.shippedAt = utc(at);
    this.shipMethod = Objects.requireNonNull(method);
    this.shipTemperature = temperature;
    this.state = SampleState.SHIPPED;
  }

  /**
   * The laboratory takes the sample in. Accepted, the lab's clock starts: the report is due on
   * {@code reportDue} (20 working days after receipt: Art. 24).
   */
  public void receive(
      Instant at,
      String by,
      ReceiptCondition condition,
      RejectionReason reason,
      String note,
      LocalDate reportDue) {
    if (!state.canReceive()) {
      throw new RuleViolationException("lims.sample.state.wrong", state);
    }
    if (at.isBefore(getShippedAt())) {
      throw InvalidInputException.of(
          "receivedAt", "lims.sample.receivedAt.beforeShipment", getShippedAt());
    }
    Objects.requireNonNull(condition);
    if (condition == ReceiptCondition.REJECTED) {
      Objects.requireNonNull(reason);
      if (reason.needsNote() && (note == null || note.isBlank())) {
        throw InvalidInputException.of("note", "lims.sample.rejection.noteRequired");
      }
      this.state = SampleState.REJECTED;
      this.reportDue = null;
    } else {
      this.state = SampleState.RECEIVED;
      this.reportDue = Objects.requireNonNull(reportDue);
    }
    this.receivedAt = utc(at);
    this.receivedBy = Objects.requireNonNull(by);
    this.receiptCondition = condition;
    this.rejectionReason = condition == ReceiptCondition.REJECTED ? reason : null;
    this.rejectionNote = note;
    this.deliveredLate = getReceivedOn().isAfter(deliveryDue);
  }

  /**
   * Late delivery (Art. 20): received after the due date, or not yet received and the due date is
   * past.
   */
  public boolean isLate(LocalDate today) {
    return late(receivedAt != null, deliveredLate, deliveryDue, today);
  }

  /** The same rule for a sample read as a list's columns rather than as an entity. */
  public static boolean late(
      boolean received, boolean deliveredLate, LocalDate deliveryDue, LocalDate today) {
    return received ? deliveredLate : today.isAfter(deliveryDue);
  }

  /** Whether the laboratory must not see who made or sold the food (the plan's blind coding). */
  public boolean isBlind() {
    return blindCode != null;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getSampleNumber() {
    return sampleNumber;
  }

  public String getBlindCode() {
    return blindCode;
  }

  public SamplingPlan getPlan() {
    return plan;
  }

  public CollectionTask getTask() {
    return task;
  }

  public boolean isOutsidePlan() {
    return outsidePlan;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public SamplingKind getKind() {
    return kind;
  }

  public Department getDepartment() {
    return department;
  }

  public Region getRegion() {
    return region;
  }

  public Organization getSamplingUnit() {
    return samplingUnit;
  }

  public String getFoodName() {
    return foodName;
  }

  public FoodCategory getCategory() {
    return category;
  }

  public String getBrand() {
    return brand;
  }

  public String getSpecification() {
    return specification;
  }

  public String getBatchNumber() {
    return batchNumber;
  }

  public LocalDate getProductionDate() {
    return productionDate;
  }

  public String getShelfLife() {
    return shelfLife;
  }

  /** How much was taken, with its unit. */
  public Quantity quantity() {
    return quantity;
  }

  /** The backup sample's quantity in the sample's unit, or null for none. */
  public Quantity backupQuantity() {
    return backupQuantity == null ? null : quantity.withAmount(backupQuantity, "backupQuantity");
  }

  public BigDecimal getQuantity() {
    return quantity.amount();
  }

  public String getQuantityUnit() {
    return quantity.unit();
  }

  public BigDecimal getBackupQuantity() {
    return backupQuantity;
  }

  public StorageCondition getStorageCondition() {
    return storageCondition;
  }

  public Producer getProducer() {
    return producer == null ? new Producer(null, null, null, null) : producer;
  }

  public SampledParty getParty() {
    return party;
  }

  public String getPlaceAddress() {
    return placeAddress;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public Instant getSampledAt() {
    return sampledAt.toInstant();
  }

  public LocalDate getSampledOn() {
    return sampledOn;
  }

  public User getSampler1() {
    return sampler1;
  }

  public User getSampler2() {
    return sampler2;
  }

  public boolean isSamplersConfirmed() {
    return samplersConfirmed;
  }

  public boolean isPartyConfirmed() {
    return partyConfirmed;
  }

  public String getPartySignatory() {
    return partySignatory;
  }

  public String getSealNumber() {
    return sealNumber;
  }

  public SampleState getState() {
    return state;
  }

  public Organization getLab() {
    return lab;
  }

  public Instant getAssignedAt() {
    return assignedAt == null ? null : assignedAt.toInstant();
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public String getAssignmentReason() {
    return assignmentReason;
  }

  public Instant getShippedAt() {
    return shippedAt == null ? null : shippedAt.toInstant();
  }

  public String getShipMethod() {
    return shipMethod;
  }

  public BigDecimal getShipTemperature() {
    return shipTemperature;
  }

  public LocalDate getDeliveryDue() {
    return deliveryDue;
  }

  public boolean isDeliveredLate() {
    return deliveredLate;
  }

  public Instant getReceivedAt() {
    return receivedAt == null ? null : receivedAt.toInstant();
  }

  /** The civil date of receipt, from which the lab's working days are counted. */
  public LocalDate getReceivedOn() {
    return receivedAt == null ? null : CivilTime.dayOf(receivedAt.toInstant());
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public ReceiptCondition getReceiptCondition() {
    return receiptCondition;
  }

  public RejectionReason getRejectionReason() {
    return rejectionReason;
  }

  public String getRejectionNote() {
    return rejectionNote;
  }

  public LocalDate getReportDue() {
    return reportDue;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  public long getVersion() {
    return version;
  }

  /**
   * What the sample's history follows as fields: the laboratory (by its code), the shipment and the
   * receipt, times in China's time. The state is a business event of its own (STATE_CHANGE), and
   * what the sample form edits is recorded by its use case.
   */
  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return switch (attribute) {
      case "lab",
          "shipMethod",
          "shipTemperature",
          "receiptCondition",
          "rejectionReason",
          "reportDue" ->
          Audited.super.auditFields(attribute, value);
      case "shippedAt", "receivedAt" ->
          Collections.singletonMap(
              attribute,
              value == null ? null : CivilTime.at(((OffsetDateTime) value).toInstant()).toString());
      // late delivery is noted when it happens: an on-time sample has no line
      case "deliveredLate" ->
          Collections.singletonMap(attribute, Boolean.TRUE.equals(value) ? "true" : null);
      default -> Map.of();
    };
  }

  @Override
  public String auditLabel() {
    return sampleNumber;
  }
}
