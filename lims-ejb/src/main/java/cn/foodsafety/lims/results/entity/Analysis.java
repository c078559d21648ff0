package cn.foodsafety.lims.results.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The laboratory's work on one received sample: its items, the state of its results, who entered,
 * reviewed and approved them, the sample's conclusion and the deadlines that follow from it. One
 * per sample (its id is the sample's); the state machine is {@link AnalysisState}.
 *
 * <p>The aggregate of the lab's work: items are added, dropped and given results only through it,
 * and it decides submit (every tested item has a result), review and approval (four eyes: whoever
 * entered any result neither reviews nor approves), rejection and amendment. A refusal is the
 * project's rule exception (a 4xx with a message), never an assertion.
 */
@Entity
@Table(name = "analysis")
@NamedQuery(
    name = Analysis.APPROVED_OF_LAB,
    query = "select a from Analysis a where a.lab = :lab and a.firstApprovedAt is not null")
public class Analysis implements Audited {

  public static final String APPROVED_OF_LAB = "Analysis.approvedOfLab";

  @Id
  @Column(name = "sample_id")
  private Long sampleId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sample_id", insertable = false, updatable = false)
  private Sample sample;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lab_id")
  private Organization lab;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnalysisState state = AnalysisState.IN_PROGRESS;

  @Column(name = "report_due", nullable = false)
  private LocalDate reportDue;

  @Column(name = "entered_by")
  private String enteredBy;

  @Column(name = "entered_at")
  private OffsetDateTime enteredAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "first_approved_at")
  private OffsetDateTime firstApprovedAt;

  @Column(name = "returned_reason")
  private String returnedReason;

  @Column(name = "amendment_reason")
  private String amendmentReason;

  @Enumerated(EnumType.STRING)
  private Verdict conclusion;

  @Column(name = "conclusion_due")
  private LocalDate conclusionDue;

  @Column(name = "conclusion_reported_at")
  private OffsetDateTime conclusionReportedAt;

  /**
   * A failing item of the approved report was a serious hazard (illegal addition, banned
   * substance): the conclusion is due within hours, not working days.
   */
  @Column(name = "serious_hazard", nullable = false)
  private boolean seriousHazard;

  /** The version of the last issued report (0 before the first approval). */
  @Column(name = "report_version", nullable = false)
  private int reportVersion;

  @Column(name = "report_number")
  private String reportNumber;

  @Version private long version;

  /** The sample's items, in the order they were created (the reports list them so). */
  @OneToMany(mappedBy = "analysis", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<SampleItem> items = new ArrayList<>();

  protected Analysis() {}

  /** The work starts when the lab has accepted the sample; the report is due when it says. */
  public Analysis(Sample sample) {
    this.sample = Objects.requireNonNull(sample);
    this.sampleId = Objects.requireNonNull(sample.getId());
    this.lab = Objects.requireNonNull(sample.getLab());
    this.reportDue = Objects.requireNonNull(sample.getReportDue());
  }

  /** An item for a test item of the sample's category, with its limit as it stands today. */
  public SampleItem plan(TestItem testItem) {
    SampleItem i = new SampleItem(this, testItem, false, null);
    items.add(i);
    return i;
  }

  /**
   * A test item the category does not bring, added by the lab with a reason: only while the results
   * are editable, once per sample, and within the lab's accreditation scope (a lab reports only on
   * what it is accredited for).
   */
  public SampleItem addItem(TestItem testItem, String reason) {
    Violations v = new Violations();
    checkEditable(v, "state");
    v.addIf(
        items.stream().anyMatch(i -> i.getTestItem().getId().equals(testItem.getId())),
        "testItemId",
        "lims.result.item.duplicate",
        testItem.getAnalyte());
    v.addIf(
        lab.getScopeTestItems().stream().noneMatch(x -> x.getId().equals(testItem.getId())),
        "testItemId",
        "lims.result.item.outsideScope",
        testItem.getAnalyte(),
        lab.getName());
    v.throwIfAny();
    SampleItem i = new SampleItem(this, testItem, true, Objects.requireNonNull(reason));
    items.add(i);
    return i;
  }

  /** The lab does not test an item, for a reason; false when it was dropped already. */
  public boolean dropItem(Long itemId, String reason) {
    Violations v = new Violations();
    checkEditable(v, "state");
    SampleItem item = itemId == null ? null : item(itemId);
    v.addIf(itemId == null, "itemId", "lims.field.required");
    v.addIf(itemId != null && item == null, "itemId", "lims.result.item.unknown", itemId);
    v.throwIfAny();
    if (item.isDropped()) {
      return false;
    }
    item.drop(Objects.requireNonNull(reason));
    return true;
  }

  /** Writes a checked, judged result into one of this analysis's items. */
  public void record(
      SampleItem item, SampleItem.Result result, Judgment judgment, String by, Instant at) {
    if (!state.isEditable()) {
      throw new RuleViolationException(lockedKey());
    }
    // by the sample, not by loading the list: an import records thousands of items at once
    if (!Objects.equals(item.getSampleId(), sampleId)) {
      throw InvalidInputException.of("itemId", "lims.result.item.unknown", item.getId());
    }
    item.record(result, judgment, by, at);
  }

  /** Adds the reason the results cannot be changed now (approved or under review), if so. */
  public void checkEditable(Violations v, String field) {
    if (!state.isEditable()) {
      v.add(field, lockedKey());
    }
  }

  /**
   * The results are complete and go to review: every item that is tested (not dropped) has a
   * result, and there is at least one. The sample conforms only if every tested item conforms.
   */
  public Verdict submit(String by, Instant at) {
    require(state.canSubmit());
    List<SampleItem> tested = tested();
    List<String> missing =
        tested.stream().filter(i -> !i.hasResult()).map(SampleItem::getAnalyte).toList();
    if (tested.isEmpty() || !missing.isEmpty()) {
      throw new RuleViolationException("lims.result.incomplete", String.join("、", missing));
    }
    this.enteredBy = Objects.requireNonNull(by);
    this.enteredAt = utc(at);
    this.conclusion =
        tested.stream().allMatch(i -> i.getVerdict() == Verdict.CONFORMING)
            ? Verdict.CONFORMING
            : Verdict.NON_CONFORMING;
    this.returnedReason = null;
    this.state = AnalysisState.ENTERED;
    return conclusion;
  }

  /** A reviewer who did not enter any of the results confirms them. */
  public void review(String by, Instant at) {
    require(state.canReview());
    requireNotEntrant(by);
    this.reviewedBy = Objects.requireNonNull(by);
    this.reviewedAt = utc(at);
    this.state = AnalysisState.REVIEWED;
  }

  /** Sent back to the analyst with the reason; the results become editable again. */
  public void reject(String reason) {
    require(state.canReject());
    this.returnedReason = Objects.requireNonNull(reason);
    this.reviewedBy = null;
    this.reviewedAt = null;
    this.state = AnalysisState.IN_PROGRESS;
  }

  /**
   * Whether {@code by} may approve now (reviewed, and not one who entered a result): checked before
   * the signature is, and again by {@link #approve}.
   */
  public void requireApprovableBy(String by) {
    require(state.canApprove());
    requireNotEntrant(by);
  }

  /**
   * Approved and signed: a new report version is issued. The conclusion must reach the regulator by
   * {@code conclusionDue} (2 working days when non-conforming, 7 when conforming: Arts. 24, 26).
   */
  public int approve(String by, Instant at, String number, LocalDate conclusionDue) {
    requireApprovableBy(by);
    this.approvedBy = Objects.requireNonNull(by);
    this.approvedAt = utc(at);
    if (firstApprovedAt == null) {
      this.firstApprovedAt = approvedAt;
    }
    if (reportNumber == null) {
      this.reportNumber = Objects.requireNonNull(number);
    }
    this.conclusionDue = Objects.requireNonNull(conclusionDue);
    this.conclusionReportedAt = null;
    this.reportVersion++;
    this.state = AnalysisState.APPROVED;
    return reportVersion;
  }

  /**
   * As {@link #approve(String, Instant, String, LocalDate)}, remembering whether a failing item was
   * a serious hazard (then {@code conclusionDue} is the day the 24 hours end).
   */
  public int approve(
      String by, Instant at, String number, LocalDate conclusionDue, boolean seriousHazard) {
    int version = approve(by, at, number, conclusionDue);
    this.seriousHazard = seriousHazard;
    return version;
  }

  public boolean isSeriousHazard() {
    return seriousHazard;
  }

  /** A correction after approval: editable again; the next approval issues a new version. */
  public void amend(String reason) {
    require(state.canAmend());
    this.amendmentReason = Objects.requireNonNull(reason);
    this.reviewedBy = null;
    this.reviewedAt = null;
    this.state = AnalysisState.IN_PROGRESS;
  }

  /**
   * A re-inspection found the food conforming: a non-conforming conclusion of an approved report
   * becomes conforming (the issued report versions stay as they were issued); false when there was
   * nothing to change.
   */
  public boolean overturn() {
    if (conclusion != Verdict.NON_CONFORMING) {
      return false;
    }
    require(state == AnalysisState.APPROVED);
    this.conclusion = Verdict.CONFORMING;
    return true;
  }

  /** The lab has reported the conclusion of the approved report to the regulator. */
  public void conclusionReported(Instant at) {
    require(state == AnalysisState.APPROVED && conclusionReportedAt == null);
    this.conclusionReportedAt = utc(at);
  }

  /** The items, in order (read only: they change through this analysis). */
  public List<SampleItem> getItems() {
    return Collections.unmodifiableList(items);
  }

  /** The items the lab tests (not dropped). */
  public List<SampleItem> tested() {
    return items.stream().filter(i -> !i.isDropped()).toList();
  }

  /** One of the items by id, or null. */
  public SampleItem item(long itemId) {
    return items.stream()
        .filter(i -> i.getId() != null && i.getId() == itemId)
        .findFirst()
        .orElse(null);
  }

  /** Whoever entered any of the results does not review or approve them (four eyes). */
  private void requireNotEntrant(String by) {
    boolean entered =
        Objects.equals(by, enteredBy)
            || items.stream().anyMatch(i -> Objects.equals(by, i.getEnteredBy()));
    if (entered) {
      throw new AccessDeniedException("lims.result.ownReview");
    }
  }

  /** Why the results cannot be changed now (approved, or under review), or null when they can. */
  public String lockedKey() {
    if (state.isEditable()) {
      return null;
    }
    return state == AnalysisState.APPROVED ? "lims.result.approved" : "lims.result.locked";
  }

  public boolean isReportOverdue(LocalDate today) {
    return state != AnalysisState.APPROVED && today.isAfter(reportDue);
  }

  public boolean isConclusionOverdue(LocalDate today) {
    return conclusionOverdue(conclusionDue, conclusionReportedAt != null, today);
  }

  /** The same rule for an analysis read as a list's columns rather than as an entity. */
  public static boolean conclusionOverdue(
      LocalDate conclusionDue, boolean conclusionReported, LocalDate today) {
    return conclusionDue != null && !conclusionReported && today.isAfter(conclusionDue);
  }

  private void require(boolean allowed) {
    if (!allowed) {
      throw new RuleViolationException("lims.result.state.wrong", state);
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  public Long getSampleId() {
    return sampleId;
  }

  public Sample getSample() {
    return sample;
  }

  public Organization getLab() {
    return lab;
  }

  public AnalysisState getState() {
    return state;
  }

  public LocalDate getReportDue() {
    return reportDue;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return instant(enteredAt);
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return instant(reviewedAt);
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return instant(approvedAt);
  }

  public Instant getFirstApprovedAt() {
    return instant(firstApprovedAt);
  }

  public String getReturnedReason() {
    return returnedReason;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public Verdict getConclusion() {
    return conclusion;
  }

  public LocalDate getConclusionDue() {
    return conclusionDue;
  }

  public Instant getConclusionReportedAt() {
    return instant(conclusionReportedAt);
  }

  public int getReportVersion() {
    return reportVersion;
  }

  public String getReportNumber() {
    return reportNumber;
  }

  public long getVersion() {
    return version;
  }

  /** The trail files the analysis under its sample, as the sample's history reads it. */
  @Override
  public Long getId() {
    return sampleId;
  }

  @Override
  public String auditLabel() {
    return String.valueOf(sampleId);
  }

  /**
   * What the history follows as fields: the conclusion, the report version, the day the conclusion
   * is due and when it was reported (in China's time). The state is a business event of its own
   * (STATE_CHANGE); who entered, reviewed and approved are in those events' lines.
   */
  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return switch (attribute) {
      case "conclusion", "conclusionDue", "reportVersion" ->
          Audited.super.auditFields(attribute, value);
      case "conclusionReportedAt" ->
          Collections.singletonMap(
              attribute,
              value == null ? null : CivilTime.at(((OffsetDateTime) value).toInstant()).toString());
      default -> Map.of();
    };
  }
}
