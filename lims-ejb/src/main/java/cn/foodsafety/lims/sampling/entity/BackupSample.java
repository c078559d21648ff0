package cn.foodsafety.lims.sampling.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToOne;
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
 * The backup sample (留样) of one sample in the laboratory's store (SAMR Order No. 15, Art. 25):
 * where it is, how much, in what condition; the retention end once the conclusion is known; taken
 * out for a re-inspection (custody passes to the re-inspection lab) or disposed of (how, by whom,
 * before which witness). Its transitions are guarded here.
 */
@Entity
@Table(name = "backup_sample")
@NamedQuery(
    name = BackupSample.OF_SAMPLE,
    query = "select b from BackupSample b where b.sample.id = :sample")
@NamedQuery(
    name = BackupSample.HELD,
    query =
        "select b from BackupSample b where b.state = cn.foodsafety.lims.sampling.entity"
            + ".BackupState.HELD and b.retentionEnd is not null and b.retentionEnd < :today")
public class BackupSample implements Audited {

  public static final String OF_SAMPLE = "BackupSample.ofSample";
  public static final String HELD = "BackupSample.heldPastEnd";

  @Id
  @SequenceGenerator(
      name = "backup_sample_seq",
      sequenceName = "backup_sample_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backup_sample_seq")
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sample_id", updatable = false)
  private Sample sample;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lab_id", updatable = false)
  private Organization lab;

  @Column(nullable = false)
  private String store;

  @Column(nullable = false)
  private String shelf;

  /** How much is kept (columns quantity, quantity_unit). */
  @Embedded private Quantity quantity;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_condition", nullable = false)
  private BackupCondition condition;

  @Column(name = "shelf_life_end")
  private LocalDate shelfLifeEnd;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "conclusion_on")
  private LocalDate conclusionOn;

  private Boolean conforming;

  @Column(name = "retention_end")
  private LocalDate retentionEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BackupState state = BackupState.HELD;

  @Column(name = "taken_out_on")
  private LocalDate takenOutOn;

  @Column(name = "taken_out_by")
  private String takenOutBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "custody_lab_id")
  private Organization custodyLab;

  @Column(name = "custody_receiver")
  private String custodyReceiver;

  @Column(name = "disposed_on")
  private LocalDate disposedOn;

  @Column(name = "disposed_how")
  private String disposedHow;

  @Column(name = "disposed_by")
  private String disposedBy;

  private String witness;

  @Version private long version;

  protected BackupSample() {}

  /** Where the lab puts a sample's backup at receipt, how much and in what condition. */
  public record Placement(
      String store,
      String shelf,
      BigDecimal quantity,
      String quantityUnit,
      BackupCondition condition,
      LocalDate shelfLifeEnd) {
    public Placement {
      Objects.requireNonNull(store);
      Objects.requireNonNull(shelf);
      Objects.requireNonNull(condition);
      // the parameters, not kept(): a compact constructor runs before the fields are set
      Quantity.of(quantity, quantityUnit, "quantity");
    }

    /** The quantity kept, or a field error on quantity/quantityUnit. */
    public Quantity kept() {
      return Quantity.of(quantity, quantityUnit, "quantity");
    }
  }

  public BackupSample(Sample sample, Placement p, String by, Instant at) {
    this.sample = Objects.requireNonNull(sample);
    this.lab = Objects.requireNonNull(sample.getLab());
    this.store = p.store();
    this.shelf = p.shelf();
    this.quantity = p.kept();
    this.condition = p.condition();
    this.shelfLifeEnd = p.shelfLifeEnd();
    this.recordedBy = Objects.requireNonNull(by);
    this.recordedAt = OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
  }

  /**
   * The conclusion of the sample's (latest) report: the retention end follows from it (Art. 25).
   */
  public void concluded(LocalDate on, boolean conforming) {
    this.conclusionOn = Objects.requireNonNull(on);
    this.conforming = conforming;
    this.retentionEnd = BackupRetention.retentionEnd(on, conforming, shelfLifeEnd);
  }

  /**
   * Taken out of the store for a re-inspection: custody passes to the re-inspection laboratory
   * (whoever received it there signs).
   */
  public void takeOut(LocalDate on, String by, Organization toLab, String receiver) {
    if (state != BackupState.HELD) {
      throw new RuleViolationException("lims.backup.notInStore", sample.getSampleNumber(), state);
    }
    this.takenOutOn = Objects.requireNonNull(on);
    this.takenOutBy = Objects.requireNonNull(by);
    this.custodyLab = Objects.requireNonNull(toLab);
    this.custodyReceiver = Objects.requireNonNull(receiver);
    this.state = BackupState.TAKEN_OUT;
  }

  /**
   * Disposed of after its retention, before a witness. A backup still needed by a pending
   * re-inspection or objection is refused (the boundary knows whether one is pending).
   */
  public void dispose(LocalDate on, String how, String by, String witness, boolean requestPending) {
    if (state != BackupState.HELD) {
      throw new RuleViolationException("lims.backup.notInStore", sample.getSampleNumber(), state);
    }
    if (requestPending) {
      throw InvalidInputException.of(
          "sampleId", "lims.backup.neededByRequest", sample.getSampleNumber());
    }
    if (!BackupRetention.disposable(retentionEnd, false, on)) {
      throw InvalidInputException.of(
          "disposedOn",
          "lims.backup.retentionNotOver",
          sample.getSampleNumber(),
          retentionEnd == null ? "—" : retentionEnd.toString());
    }
    this.disposedOn = Objects.requireNonNull(on);
    this.disposedHow = Objects.requireNonNull(how);
    this.disposedBy = Objects.requireNonNull(by);
    this.witness = Objects.requireNonNull(witness);
    this.state = BackupState.DISPOSED;
  }

  /** Whether it can serve a re-inspection requested on a day (in the store, not expired). */
  public boolean usableFor(LocalDate on) {
    return BackupRetention.usableFor(state.isInStore(), retentionEnd, on);
  }

  public Long getId() {
    return id;
  }

  public Sample getSample() {
    return sample;
  }

  public Organization getLab() {
    return lab;
  }

  public String getStore() {
    return store;
  }

  public String getShelf() {
    return shelf;
  }

  public Quantity quantity() {
    return quantity;
  }

  public BigDecimal getQuantity() {
    return quantity.amount();
  }

  public String getQuantityUnit() {
    return quantity.unit();
  }

  public BackupCondition getCondition() {
    return condition;
  }

  public LocalDate getShelfLifeEnd() {
    return shelfLifeEnd;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt.toInstant();
  }

  public LocalDate getConclusionOn() {
    return conclusionOn;
  }

  public Boolean getConforming() {
    return conforming;
  }

  public LocalDate getRetentionEnd() {
    return retentionEnd;
  }

  public BackupState getState() {
    return state;
  }

  public LocalDate getTakenOutOn() {
    return takenOutOn;
  }

  public String getTakenOutBy() {
    return takenOutBy;
  }

  public Organization getCustodyLab() {
    return custodyLab;
  }

  public String getCustodyReceiver() {
    return custodyReceiver;
  }

  public LocalDate getDisposedOn() {
    return disposedOn;
  }

  public String getDisposedHow() {
    return disposedHow;
  }

  public String getDisposedBy() {
    return disposedBy;
  }

  public String getWitness() {
    return witness;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return String.valueOf(id);
  }

  /**
   * What the backup store's history follows: the state, who holds the sample after it is taken out
   * (the laboratory by its name, the receiver) and how it was disposed of before which witness.
   */
  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return switch (attribute) {
      case "state", "custodyReceiver", "disposedHow", "witness" ->
          Audited.super.auditFields(attribute, value);
      case "custodyLab" ->
          Collections.singletonMap(
              attribute, value == null ? null : ((Organization) value).getName());
      default -> Map.of();
    };
  }
}
