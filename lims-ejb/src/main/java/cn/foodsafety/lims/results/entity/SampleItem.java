package cn.foodsafety.lims.results.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.DecimalText;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.results.control.LimitEvaluator;
import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.persistence.AttributeOverride;
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
 * One test item of a sample: the limit as it stood when the item was created (a snapshot, so a
 * later change of the standard does not change an issued judgment) and the laboratory's result with
 * its judgment.
 */
@Entity
@Table(name = "sample_item")
@NamedQuery(
    name = SampleItem.OF_SAMPLE,
    query = "select i from SampleItem i where i.sample.id = :sample order by i.id")
@NamedQuery(
    name = SampleItem.OF_SAMPLES,
    query = "select i from SampleItem i where i.sample.id in :samples order by i.sample.id, i.id")
@NamedQuery(
    name = SampleItem.FAILING_OF_SAMPLE,
    query =
        "select i from SampleItem i where i.sample.id = :sample and i.dropped = false"
            + " and i.verdict = cn.foodsafety.lims.kernel.Verdict.NON_CONFORMING"
            + " order by i.analyte")
public class SampleItem implements Audited {

  public static final String OF_SAMPLE = "SampleItem.ofSample";

  /** The items of a sample that failed (not dropped), by analyte. */
  public static final String FAILING_OF_SAMPLE = "SampleItem.failingOfSample";

  public static final String OF_SAMPLES = "SampleItem.ofSamples";

  @Id
  @SequenceGenerator(
      name = "sample_item_seq",
      sequenceName = "sample_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_item_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sample_id")
  private Sample sample;

  /** The lab work this item belongs to (the same column: an analysis's id is its sample's). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "sample_id", insertable = false, updatable = false)
  private Analysis analysis;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "test_item_id")
  private TestItem testItem;

  @Column(nullable = false)
  private String analyte;

  /** The limit as it stood when the item was created; its unit is the column limit_unit. */
  @Embedded
  @AttributeOverride(name = "unit", column = @Column(name = "limit_unit", nullable = false))
  private Limit limit;

  @Column(nullable = false)
  private boolean microbiological;

  @Column(nullable = false)
  private boolean dropped;

  @Column(name = "added_by_lab", nullable = false)
  private boolean addedByLab;

  @Column(name = "change_reason")
  private String changeReason;

  /** The value as reported: the lab's digits, and numeric for the database (reported_number). */
  @Embedded private MeasuredValue reported;

  @Column(name = "not_detected", nullable = false)
  private boolean notDetected;

  @Convert(converter = DecimalText.class)
  private BigDecimal lod;

  @Column(name = "result_unit")
  private String resultUnit;

  /** The value converted into the limit's unit: what is compared with the limit. */
  @Embedded
  @AttributeOverride(name = "text", column = @Column(name = "value_in_limit_unit"))
  @AttributeOverride(
      name = "number",
      column = @Column(name = "limit_unit_number", precision = 38, scale = 10))
  private MeasuredValue inLimitUnit;

  @Enumerated(EnumType.STRING)
  private Verdict verdict;

  @Convert(converter = DecimalText.class)
  @Column(name = "times_over")
  private BigDecimal timesOver;

  private String method;

  private String instrument;

  private String analyst;

  @Column(name = "tested_on")
  private LocalDate testedOn;

  @Column(name = "entered_by")
  private String enteredBy;

  @Column(name = "entered_at")
  private OffsetDateTime enteredAt;

  @Version private long version;

  /**
   * The sample's id as its foreign key column, read-only (written through {@link #sample}): which
   * sample an item belongs to, without loading the sample (an import records thousands of items).
   */
  @Column(name = "sample_id", insertable = false, updatable = false)
  private Long sampleId;

  protected SampleItem() {}

  /**
   * The item of an analysis for a test item, with a snapshot of its limit; {@code reason} is given
   * when the laboratory adds an item the category does not have. Created by {@link Analysis}.
   */
  SampleItem(Analysis analysis, TestItem item, boolean addedByLab, String reason) {
    this(analysis.getSample(), item, addedByLab, reason);
    this.analysis = analysis;
  }

  /**
   * An item a sample would get, not part of any analysis: what a file check or a choice list shows
   * before the lab's work on the sample has begun.
   */
  public static SampleItem preview(Sample sample, TestItem item, boolean addedByLab) {
    return new SampleItem(sample, item, addedByLab, null);
  }

  private SampleItem(Sample sample, TestItem item, boolean addedByLab, String reason) {
    this.sample = Objects.requireNonNull(sample);
    this.sampleId = sample.getId();
    this.testItem = Objects.requireNonNull(item);
    this.analyte = item.getAnalyte();
    this.limit = item.getLimit();
    this.microbiological = item.isMicrobiological();
    this.method = item.getMethodStandard();
    this.lod = item.getLod();
    this.addedByLab = addedByLab;
    this.changeReason = reason;
  }

  /** The limit this item is judged against (a value: the test item's, as it was). */
  public Limit limit() {
    return limit;
  }

  /** What the laboratory reports for this item. */
  public record Result(
      BigDecimal value,
      boolean notDetected,
      BigDecimal lod,
      String unit,
      String method,
      String instrument,
      String analyst,
      LocalDate testedOn) {
    public Result {
      Objects.requireNonNull(unit);
      if (!notDetected && (value == null || value.signum() < 0)) {
        throw InvalidInputException.of("value", "lims.field.notNegative");
      }
    }
  }

  /** Records a result with its judgment (made by {@link LimitEvaluator} against {@link #limit}). */
  void record(Result r, Judgment judgment, String by, Instant at) {
    if (dropped) {
      throw InvalidInputException.of("itemId", "lims.result.item.dropped", analyte);
    }
    this.reported = r.notDetected() ? null : MeasuredValue.of(r.value());
    this.notDetected = r.notDetected();
    // a limit of detection carried over from the test item is in the unit used so far: it follows
    // the result into the unit the lab reports in
    String lodUnit = lodUnit();
    this.lod =
        r.lod() != null
            ? r.lod()
            : lod == null ? null : Units.convert(lod, lodUnit, r.unit()).orElse(null);
    this.resultUnit = r.unit();
    this.method = r.method() != null ? r.method() : method;
    this.instrument = r.instrument();
    this.analyst = r.analyst();
    this.testedOn = r.testedOn();
    this.inLimitUnit = MeasuredValue.of(judgment.valueInLimitUnit());
    this.verdict = judgment.verdict();
    this.timesOver = judgment.timesOver();
    this.enteredBy = Objects.requireNonNull(by);
    this.enteredAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** The laboratory does not test this item, for a reason. */
  void drop(String reason) {
    this.dropped = true;
    this.changeReason = Objects.requireNonNull(reason);
  }

  public boolean hasResult() {
    return verdict != null;
  }

  /** The unit of {@link #getLod}: the unit of the last result, or the limit's before any. */
  public String lodUnit() {
    return resultUnit != null ? resultUnit : limit.unit();
  }

  /** The result as the report prints it: the value with the lab's digits, or 未检出 (LOD). */
  public String resultText() {
    if (!hasResult()) {
      return "";
    }
    if (notDetected) {
      return lod == null ? "未检出" : "未检出(<" + lod.toPlainString() + ")";
    }
    return reported.value().toPlainString();
  }

  public Long getId() {
    return id;
  }

  public Sample getSample() {
    return sample;
  }

  /** The id of {@link #getSample}, without loading the sample. */
  public Long getSampleId() {
    return sampleId != null ? sampleId : sample.getId();
  }

  public TestItem getTestItem() {
    return testItem;
  }

  public String getAnalyte() {
    return analyte;
  }

  /** The unit of the limit (a result may be reported in another one). */
  public String getLimitUnit() {
    return limit.unit();
  }

  public boolean isMicrobiological() {
    return microbiological;
  }

  public boolean isDropped() {
    return dropped;
  }

  public boolean isAddedByLab() {
    return addedByLab;
  }

  public String getChangeReason() {
    return changeReason;
  }

  /** The reported value with the lab's digits (null when not detected or not yet measured). */
  public BigDecimal getReportedValue() {
    return reported == null ? null : reported.value();
  }

  public boolean isNotDetected() {
    return notDetected;
  }

  public BigDecimal getLod() {
    return lod;
  }

  public String getResultUnit() {
    return resultUnit;
  }

  public BigDecimal getValueInLimitUnit() {
    return inLimitUnit == null ? null : inLimitUnit.value();
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public BigDecimal getTimesOver() {
    return timesOver;
  }

  public String getMethod() {
    return method;
  }

  public String getInstrument() {
    return instrument;
  }

  public String getAnalyst() {
    return analyst;
  }

  public LocalDate getTestedOn() {
    return testedOn;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return analyte;
  }

  /**
   * What the history follows of a result: the value with its digits, not detected, the limit of
   * detection, unit, method, instrument, analyst, test day, verdict and times over the limit.
   * Dropping or adding an item is an event of its own, recorded by its use case.
   */
  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return switch (attribute) {
      case "reported" ->
          Collections.singletonMap(
              "value", value == null ? null : Audited.text(((MeasuredValue) value).value()));
      case "reported.text" -> Collections.singletonMap("value", Audited.text(value));
      case "resultUnit" -> Collections.singletonMap("unit", Audited.text(value));
      case "notDetected",
          "lod",
          "method",
          "instrument",
          "analyst",
          "testedOn",
          "verdict",
          "timesOver" ->
          Audited.super.auditFields(attribute, value);
      default -> Map.of();
    };
  }
}
