package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.rapidtest.entity.Market;
import cn.foodsafety.lims.rapidtest.entity.RapidKit;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import cn.foodsafety.lims.rapidtest.entity.RapidTest;
import cn.foodsafety.lims.rapidtest.entity.TestingPoint;
import cn.foodsafety.lims.sampling.control.SampleFormRules;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Recording a rapid test, shared by entry on the phone ({@link RapidTests}) and the device file
 * ({@link RapidTestImports}), in the caller's transaction: the form's references and rules, the
 * test written with its audit line and, for a positive, its confirmation task.
 *
 * <p>A positive holds the batch and creates, in the same transaction, a collection task of one
 * batch for the market's sampling unit in the approved plan of the market's city for the year: a
 * proper sample, taken and tested by a certified laboratory through the normal flow, confirms or
 * clears it. The operator may object within {@code rapid.objectionHours} (4) hours; the retest is
 * never a rapid method (Food Safety Law Art. 88, as DOMAIN.md quotes it).
 */
final class RapidTestEntry {

  private final EntityManager em;

  private final AuditTrail audit;

  private final Users users;

  private final Settings settings;

  private final Clock clock;

  RapidTestEntry(EntityManager em, AuditTrail audit, Users users, Settings settings, Clock clock) {
    this.em = em;
    this.audit = audit;
    this.users = users;
    this.settings = settings;
    this.clock = clock;
  }

  record Checked(
      Market market,
      TestingPoint point,
      RapidTestForm form,
      FoodCategory category,
      RapidKit kit,
      Instant testedAt) {}

  /** The form's references and rules; {@code prefix} names the row of a file. */
  Checked check(RapidTestForm form, String prefix, Violations v) {
    v.addIf(form.retestOf() != null, prefix + "retestOf", "lims.rapid.retest.notRapid");
    Market market = form.marketId() == null ? null : em.find(Market.class, form.marketId());
    v.addIf(
        form.marketId() != null && (market == null || !market.isActive()),
        prefix + "marketId",
        "lims.field.unknownReference",
        form.marketId());
    TestingPoint point = null;
    if (form.pointId() != null) {
      point = em.find(TestingPoint.class, form.pointId());
      v.addIf(
          point == null || market == null || !point.getMarket().getId().equals(market.getId()),
          prefix + "pointId",
          "lims.rapid.point.unknown",
          form.pointId());
    }
    FoodCategory category =
        form.categoryId() == null ? null : em.find(FoodCategory.class, form.categoryId());
    v.addIf(
        form.categoryId() != null && (category == null || !category.isActive()),
        prefix + "categoryId",
        "lims.field.unknownReference",
        form.categoryId());
    RapidKit kit = kit(form.kitCode(), prefix, v);
    Instant at =
        SampleFormRules.pastMoment(form.testedAt(), prefix + "testedAt", clock.instant(), v);
    return new Checked(market, point, form, category, kit, at);
  }

  void copyKitAndTime(RapidTestForm form, String prefix, Violations v) {
    v.addIf(form.retestOf() != null, prefix + "retestOf", "lims.rapid.retest.notRapid");
    kit(form.kitCode(), prefix, v);
    SampleFormRules.pastMoment(form.testedAt(), prefix + "testedAt", clock.instant(), v);
  }

  private RapidKit kit(String code, String prefix, Violations v) {
    if (code == null || code.isBlank()) {
      return null;
    }
    RapidKit kit =
        em.createNamedQuery(RapidKit.BY_CODE, RapidKit.class)
            .setParameter("code", code.strip())
            .getResultStream()
            .findFirst()
            .orElse(null);
    String field = prefix.isEmpty() ? "kitCode" : prefix + "kit";
    if (kit == null) {
      v.add(field, "lims.rapid.kit.unknown", code.strip());
    } else if (!kit.isActive()) {
      v.add(field, "lims.field.inactiveReference", kit.getName());
    }
    return kit;
  }

  static String column(String field) {
    return switch (field) {
      case "operatorName" -> "operator";
      case "foodName" -> "food";
      case "kitCode" -> "kit";
      default -> field;
    };
  }

  static RapidResult result(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "阴性", "negative", "neg", "-" -> RapidResult.NEGATIVE;
      case "阳性", "positive", "pos", "+" -> RapidResult.POSITIVE;
      default -> null;
    };
  }

  RapidTest persist(Checked c, RapidTest.Source source) {
    String me = users.current().getUsername();
    Instant now = clock.instant();
    RapidTestForm f = c.form();
    Duration window = Duration.ofHours(settings.intValue("rapid.objectionHours", 4));
    RapidTest t =
        new RapidTest(
            new RapidTest.Stall(c.market(), c.point(), f.stall().strip(), f.operatorName().strip()),
            f.foodName().strip(),
            c.category(),
            c.kit(),
            f.result(),
            f.tester().strip(),
            c.testedAt(),
            window,
            source,
            me,
            now);
    em.persist(t);
    if (t.getResult() == RapidResult.POSITIVE) {
      t.confirmBy(confirmationTask(t, me, now));
    }
    em.flush();
    audit.created(
        RapidTestStore.ENTITY,
        t.getId(),
        c.market().getCode()
            + " "
            + t.getStall()
            + " "
            + t.getFoodName()
            + " "
            + t.getItem()
            + " "
            + t.getResult()
            + (t.getConfirmationTask() == null
                ? ""
                : " → task " + t.getConfirmationTask().getId()));
    return t;
  }

  /**
   * The laboratory confirmation of a positive: one batch of the test's category from a farmers'
   * market, for the market's sampling unit, in the approved plan of the market's city this year.
   */
  private CollectionTask confirmationTask(RapidTest t, String me, Instant now) {
    Market m = t.getMarket();
    LocalDate today = LocalDate.ofInstant(now, RapidTestStore.CHINA);
    SamplingPlan plan =
        em.createNamedQuery(SamplingPlan.FIND_BY_CITY_AND_YEAR, SamplingPlan.class)
            .setParameter("city", m.getRegion().getParent())
            .setParameter("year", today.getYear())
            .getResultStream()
            .filter(p -> !p.isDraft())
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "lims.rapid.noPlan",
                        m.getRegion().getParent() == null
                            ? ""
                            : m.getRegion().getParent().getName(),
                        String.valueOf(today.getYear())));
    int days = settings.intValue("rapid.confirmationDueDays", 3);
    CollectionTask task =
        new CollectionTask(
            plan,
            null,
            m.getRegion(),
            SamplingLevel.COUNTY,
            Department.MARKET_REGULATION,
            t.getCategory(),
            PartyKind.FARMERS_MARKET,
            m.getSamplingUnit(),
            1,
            today.plusDays(days),
            "快检阳性确证 / rapid-test positive: "
                + m.getName()
                + " "
                + t.getStall()
                + " "
                + t.getFoodName()
                + " "
                + t.getItem()
                + "（"
                + t.getMethod()
                + "）",
            me,
            now);
    em.persist(task);
    em.flush();
    audit.created("CollectionTask", task.getId(), "rapid test positive at " + m.getCode());
    return task;
  }
}
