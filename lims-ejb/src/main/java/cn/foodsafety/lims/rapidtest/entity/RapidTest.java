package cn.foodsafety.lims.rapidtest.entity;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One rapid test at a market's stall. A positive holds the batch until a certified laboratory has
 * confirmed or cleared it on a proper sample ({@link #confirmBy}); the operator may object within
 * the objection window (4 hours by default, a setting), and the retest is never a rapid method: the
 * confirmation is a laboratory sample (Food Safety Law Art. 88, as DOMAIN.md quotes it).
 */
@Entity
@Table(name = "rapid_test")
public class RapidTest {

  /** Entered on the phone page or imported from a device's CSV file. */
  public enum Source {
    PHONE,
    FILE
  }

  @Id
  @SequenceGenerator(name = "rapid_test_seq", sequenceName = "rapid_test_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rapid_test_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "market_id", nullable = false, updatable = false)
  private Market market;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "point_id", updatable = false)
  private TestingPoint point;

  @Column(nullable = false, updatable = false)
  private String stall;

  @Column(name = "operator_name", nullable = false, updatable = false)
  private String operatorName;

  @Column(name = "food_name", nullable = false, updatable = false)
  private String foodName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false, updatable = false)
  private FoodCategory category;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "kit_id", nullable = false, updatable = false)
  private RapidKit kit;

  /** The kit's item and method as they were on the day (the kit's record may change). */
  @Column(nullable = false, updatable = false)
  private String item;

  @Column(nullable = false, updatable = false)
  private String method;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private RapidResult result;

  @Column(nullable = false, updatable = false)
  private String tester;

  @Column(name = "tested_at", nullable = false, updatable = false)
  private OffsetDateTime testedAt;

  @Column(name = "objection_until", updatable = false)
  private OffsetDateTime objectionUntil;

  @Column(name = "batch_held", nullable = false)
  private boolean batchHeld;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "confirmation_task_id")
  private CollectionTask confirmationTask;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Source source;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected RapidTest() {}

  /** What was tested where, by whom. */
  public record Stall(Market market, TestingPoint point, String stall, String operatorName) {}

  /**
   * Records a test; a positive holds the batch at once and opens its objection window of {@code
   * objectionWindow} from the test.
   */
  public RapidTest(
      Stall where,
      String foodName,
      FoodCategory category,
      RapidKit kit,
      RapidResult result,
      String tester,
      Instant testedAt,
      Duration objectionWindow,
      Source source,
      String recordedBy,
      Instant recordedAt) {
    this.market = Objects.requireNonNull(where.market());
    this.point = where.point();
    this.stall = Objects.requireNonNull(where.stall());
    this.operatorName = Objects.requireNonNull(where.operatorName());
    this.foodName = Objects.requireNonNull(foodName);
    this.category = Objects.requireNonNull(category);
    this.kit = Objects.requireNonNull(kit);
    this.item = kit.getItem();
    this.method = kit.getMethod();
    this.result = Objects.requireNonNull(result);
    this.tester = Objects.requireNonNull(tester);
    this.testedAt = testedAt.atOffset(ZoneOffset.UTC);
    this.source = Objects.requireNonNull(source);
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = recordedAt.atOffset(ZoneOffset.UTC);
    if (result == RapidResult.POSITIVE) {
      this.batchHeld = true;
      this.objectionUntil = testedAt.plus(objectionWindow).atOffset(ZoneOffset.UTC);
    }
  }

  /** The laboratory sample that confirms or clears a positive: a task of the normal flow. */
  public void confirmBy(CollectionTask task) {
    if (result != RapidResult.POSITIVE) {
      throw new cn.foodsafety.lims.platform.control.RuleViolationException(
          "lims.rapid.confirm.notPositive");
    }
    this.confirmationTask = Objects.requireNonNull(task);
  }

  public boolean isObjectionOpen(Instant now) {
    return objectionUntil != null && now.isBefore(objectionUntil.toInstant());
  }

  public Long getId() {
    return id;
  }

  public Market getMarket() {
    return market;
  }

  public TestingPoint getPoint() {
    return point;
  }

  public String getStall() {
    return stall;
  }

  public String getOperatorName() {
    return operatorName;
  }

  public String getFoodName() {
    return foodName;
  }

  public FoodCategory getCategory() {
    return category;
  }

  public RapidKit getKit() {
    return kit;
  }

  public String getItem() {
    return item;
  }

  public String getMethod() {
    return method;
  }

  public RapidResult getResult() {
    return result;
  }

  public String getTester() {
    return tester;
  }

  public Instant getTestedAt() {
    return testedAt.toInstant();
  }

  public Instant getObjectionUntil() {
    return objectionUntil == null ? null : objectionUntil.toInstant();
  }

  public boolean isBatchHeld() {
    return batchHeld;
  }

  public CollectionTask getConfirmationTask() {
    return confirmationTask;
  }

  public Source getSource() {
    return source;
  }
}
