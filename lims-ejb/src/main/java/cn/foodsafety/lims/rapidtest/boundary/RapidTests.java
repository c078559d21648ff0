package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.planning.entity.SamplingPlan;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.rapidtest.control.RapidTestFile;
import cn.foodsafety.lims.rapidtest.entity.Market;
import cn.foodsafety.lims.rapidtest.entity.RapidKit;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import cn.foodsafety.lims.rapidtest.entity.RapidTest;
import cn.foodsafety.lims.rapidtest.entity.TestingPoint;
import cn.foodsafety.lims.sampling.control.SampleFormRules;
import cn.foodsafety.lims.sampling.entity.PartyKind;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Rapid tests in markets: recording one (phone page or API) or a device's file, the hold and the
 * laboratory confirmation of a positive, the lists, the figures and each market's public day.
 *
 * <p>A positive holds the batch and creates, in the same transaction, a collection task of one
 * batch for the market's sampling unit in the approved plan of the market's city for the year: a
 * proper sample, taken and tested by a certified laboratory through the normal flow, confirms or
 * clears it. The operator may object within {@code rapid.objectionHours} (4) hours; the retest is
 * never a rapid method (Food Safety Law Art. 88, as DOMAIN.md quotes it).
 */
@Stateless
@LocalBean
public class RapidTests {

  static final String ENTITY = "RapidTest";
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  /** What an import wrote. */
  public record ImportOutcome(int tests, int positives, List<RapidTestData> recorded) {}

  @RolesAllowed({Role.SAMPLER_NAME, Role.SUPERVISOR_NAME})
  public RapidTestData record(RapidTestForm form) {
    Violations v = Violations.of(validator, form);
    Checked c = check(form, "", v);
    v.throwIfAny();
    return data(persist(c, RapidTest.Source.PHONE));
  }

  /**
   * A device's CSV file: every row is checked first (each bad row listed with its row number and
   * column, e.g. an unknown kit); nothing is written while any row is wrong.
   */
  @RolesAllowed({Role.SAMPLER_NAME, Role.SUPERVISOR_NAME})
  public ImportOutcome importFile(byte[] content) {
    if (content == null || content.length == 0) {
      throw InvalidInputException.of("file", "lims.field.required");
    }
    List<RapidTestFile.Row> rows = RapidTestFile.read(content);
    Violations v = new Violations();
    v.addIf(rows.isEmpty(), "file", "lims.rapid.file.empty");
    Map<String, Market> markets = new HashMap<>();
    Map<String, Long> categories = new HashMap<>();
    List<Checked> checked = new ArrayList<>();
    for (RapidTestFile.Row row : rows) {
      String prefix = "rows[" + row.number() + "].";
      Market market = null;
      String code = row.get("market");
      if (code == null) {
        v.add(prefix + "market", "lims.field.required");
      } else {
        market =
            markets.computeIfAbsent(
                code,
                k ->
                    em.createQuery("select m from Market m where m.code = :c", Market.class)
                        .setParameter("c", k)
                        .getResultStream()
                        .findFirst()
                        .orElse(null));
        v.addIf(market == null, prefix + "market", "lims.rapid.market.unknown", code);
      }
      Long pointId = null;
      if (market != null && row.get("point") != null) {
        long marketId = market.getId();
        pointId =
            em.createQuery(
                    "select p.id from TestingPoint p where p.market.id = :m and p.name = :n",
                    Long.class)
                .setParameter("m", marketId)
                .setParameter("n", row.get("point"))
                .getResultStream()
                .findFirst()
                .orElse(null);
        v.addIf(pointId == null, prefix + "point", "lims.rapid.point.unknown", row.get("point"));
      }
      Long categoryId = null;
      String category = row.get("category");
      if (category != null) {
        categoryId =
            categories.computeIfAbsent(
                category,
                k ->
                    em.createQuery("select c.id from FoodCategory c where c.code = :c", Long.class)
                        .setParameter("c", k)
                        .getResultStream()
                        .findFirst()
                        .orElse(-1L));
        if (categoryId == -1L) {
          v.add(prefix + "category", "lims.rapid.category.unknown", category);
          categoryId = null;
        }
      } else {
        v.add(prefix + "category", "lims.field.required");
      }
      RapidResult result = result(row.get("result"));
      v.addIf(
          result == null,
          prefix + "result",
          "lims.rapid.result.unknown",
          Objects.toString(row.get("result"), ""));
      RapidTestForm form =
          new RapidTestForm(
              market == null ? null : market.getId(),
              pointId,
              row.get("stall"),
              row.get("operator"),
              row.get("food"),
              categoryId,
              row.get("kit"),
              result,
              row.get("tester"),
              row.get("testedAt"),
              null);
      for (var bad : validator.validate(form)) {
        String field = bad.getPropertyPath().toString();
        if (!List.of("marketId", "categoryId", "result").contains(field)) {
          v.add(prefix + column(field), "lims.field.required");
        }
      }
      if (market != null && categoryId != null && result != null) {
        checked.add(check(form, prefix, v));
      } else {
        // the row is already wrong: its kit and time are still reported with it
        copyKitAndTime(form, prefix, v);
      }
    }
    v.throwIfAny();
    List<RapidTestData> recorded = new ArrayList<>();
    for (Checked c : checked) {
      recorded.add(data(persist(c, RapidTest.Source.FILE)));
    }
    int positives = (int) recorded.stream().filter(r -> r.result() == RapidResult.POSITIVE).count();
    return new ImportOutcome(recorded.size(), positives, recorded);
  }

  /** A market's tests of a day (today in China when no day is given), latest first. */
  @RolesAllowed({Role.SAMPLER_NAME, Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
  public List<RapidTestData> list(Long marketId, LocalDate day) {
    LocalDate d = day == null ? LocalDate.now(clock.withZone(CHINA)) : day;
    return ofDay(marketId, d).stream().map(this::data).toList();
  }

  @RolesAllowed({Role.SAMPLER_NAME, Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
  public RapidTestData get(long id) {
    RapidTest t = em.find(RapidTest.class, id);
    if (t == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return data(t);
  }

  /** The figures of a period (default: the last 30 days up to today, China time). */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
  public RapidFigures figures(LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(CHINA));
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.minusDays(29) : from;
    if (start.isAfter(end)) {
      throw InvalidInputException.of("from", "lims.rapid.period");
    }
    BigDecimal floor = settings.decimalValue("rapid.positiveRateFloor", new BigDecimal("0.5"));
    List<RapidTest> tests =
        em.createQuery(
                "select t from RapidTest t where t.testedAt >= :from and t.testedAt < :to"
                    + " order by t.market.code, t.testedAt",
                RapidTest.class)
            .setParameter("from", start.atStartOfDay(CHINA).toOffsetDateTime())
            .setParameter("to", end.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime())
            .getResultList();
    Map<Long, Outcome> outcomes = outcomes(tests);
    Map<Long, Acc> byMarket = new LinkedHashMap<>();
    Map<String, Acc> byDay = new LinkedHashMap<>();
    for (RapidTest t : tests) {
      Market m = t.getMarket();
      LocalDate day = t.getTestedAt().atZone(CHINA).toLocalDate();
      Outcome o =
          t.getConfirmationTask() == null ? null : outcomes.get(t.getConfirmationTask().getId());
      byMarket.computeIfAbsent(m.getId(), k -> new Acc(m, null)).add(t, o);
      byDay.computeIfAbsent(m.getId() + "/" + day, k -> new Acc(m, day)).add(t, o);
    }
    return new RapidFigures(
        start,
        end,
        floor,
        byMarket.values().stream().map(a -> a.row(floor)).toList(),
        byDay.values().stream().map(a -> a.row(floor)).toList());
  }

  /** A market's day for the public page (no sign-in). */
  @PermitAll
  public PublicMarketDay publicDay(String code, LocalDate day) {
    Market m =
        em.createQuery("select m from Market m where m.code = :c and m.active = true", Market.class)
            .setParameter("c", code == null ? "" : code.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException(ENTITY, code));
    LocalDate d = day == null ? LocalDate.now(clock.withZone(CHINA)) : day;
    List<RapidTest> tests = ofDay(m.getId(), d);
    Map<Long, Outcome> outcomes = outcomes(tests);
    List<PublicMarketDay.Line> lines =
        tests.stream()
            .map(
                t -> {
                  Outcome o =
                      t.getConfirmationTask() == null
                          ? null
                          : outcomes.get(t.getConfirmationTask().getId());
                  return new PublicMarketDay.Line(
                      t.getStall(),
                      t.getFoodName(),
                      t.getItem(),
                      t.getMethod(),
                      t.getResult(),
                      china(t.getTestedAt()),
                      held(t, o),
                      o == null ? null : o.conclusion());
                })
            .toList();
    return new PublicMarketDay(
        m.getCode(),
        m.getName(),
        m.getAddress(),
        d,
        lines.size(),
        lines.stream().filter(l -> l.result() == RapidResult.POSITIVE).count(),
        lines);
  }

  /** The QR code of a market's public page, to hang at its testing point. */
  public record Qr(String marketCode, byte[] png) {}

  @PermitAll
  public Qr publicQr(String code, String pageAddress) {
    PublicMarketDay day = publicDay(code, null);
    String page =
        pageAddress
            + "?m="
            + java.net.URLEncoder.encode(day.marketCode(), java.nio.charset.StandardCharsets.UTF_8);
    return new Qr(
        day.marketCode(), cn.foodsafety.lims.sampling.control.SampleDocuments.qrPng(page, 360));
  }

  // ---------------------------------------------------------------- helpers

  private record Checked(
      Market market,
      TestingPoint point,
      RapidTestForm form,
      FoodCategory category,
      RapidKit kit,
      Instant testedAt) {}

  /** The form's references and rules; {@code prefix} names the row of a file. */
  private Checked check(RapidTestForm form, String prefix, Violations v) {
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

  private void copyKitAndTime(RapidTestForm form, String prefix, Violations v) {
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

  private static String column(String field) {
    return switch (field) {
      case "operatorName" -> "operator";
      case "foodName" -> "food";
      case "kitCode" -> "kit";
      default -> field;
    };
  }

  private static RapidResult result(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "阴性", "negative", "neg", "-" -> RapidResult.NEGATIVE;
      case "阳性", "positive", "pos", "+" -> RapidResult.POSITIVE;
      default -> null;
    };
  }

  private RapidTest persist(Checked c, RapidTest.Source source) {
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
        ENTITY,
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
    LocalDate today = LocalDate.ofInstant(now, CHINA);
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

  private List<RapidTest> ofDay(Long marketId, LocalDate day) {
    var query =
        em.createQuery(
                "select t from RapidTest t where t.testedAt >= :from and t.testedAt < :to"
                    + (marketId == null ? "" : " and t.market.id = :m")
                    + " order by t.testedAt desc, t.id desc",
                RapidTest.class)
            .setParameter("from", day.atStartOfDay(CHINA).toOffsetDateTime())
            .setParameter("to", day.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
    if (marketId != null) {
      query.setParameter("m", marketId);
    }
    return query.getResultList();
  }

  /** The laboratory outcome of a confirmation task: its sample and, once approved, the verdict. */
  private record Outcome(long sampleId, String sampleNumber, String conclusion) {}

  private Map<Long, Outcome> outcomes(List<RapidTest> tests) {
    List<Long> taskIds =
        tests.stream()
            .map(RapidTest::getConfirmationTask)
            .filter(Objects::nonNull)
            .map(CollectionTask::getId)
            .distinct()
            .toList();
    Map<Long, Outcome> out = new HashMap<>();
    if (taskIds.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.task_id, s.id, s.sample_number,"
                    + " CASE WHEN a.approved_at IS NULL THEN NULL ELSE a.conclusion END"
                    + " FROM sample s LEFT JOIN analysis a ON a.sample_id = s.id"
                    + " WHERE s.task_id IN ("
                    + String.join(",", taskIds.stream().map(String::valueOf).toList())
                    + ")"
                    + " AND s.state <> 'REJECTED' ORDER BY s.id")
            .getResultList();
    for (Object[] r : rows) {
      out.putIfAbsent(
          ((Number) r[0]).longValue(),
          new Outcome(((Number) r[1]).longValue(), (String) r[2], (String) r[3]));
    }
    return out;
  }

  private static boolean held(RapidTest t, Outcome o) {
    // released once the laboratory finds the food conforming
    return t.isBatchHeld() && (o == null || !"CONFORMING".equals(o.conclusion()));
  }

  private RapidTestData data(RapidTest t) {
    Outcome o =
        t.getConfirmationTask() == null
            ? null
            : outcomes(List.of(t)).get(t.getConfirmationTask().getId());
    return new RapidTestData(
        t.getId(),
        t.getMarket().getId(),
        t.getMarket().getCode(),
        t.getMarket().getName(),
        t.getPoint() == null ? null : t.getPoint().getId(),
        t.getPoint() == null ? null : t.getPoint().getName(),
        t.getStall(),
        t.getOperatorName(),
        t.getFoodName(),
        t.getCategory().getId(),
        t.getCategory().getName(),
        t.getKit().getCode(),
        t.getItem(),
        t.getMethod(),
        t.getResult(),
        t.getTester(),
        china(t.getTestedAt()),
        t.getObjectionUntil() == null ? null : china(t.getObjectionUntil()),
        t.isObjectionOpen(clock.instant()),
        held(t, o),
        t.getConfirmationTask() == null ? null : t.getConfirmationTask().getId(),
        o == null ? null : o.sampleId(),
        o == null ? null : o.sampleNumber(),
        o == null ? null : o.conclusion());
  }

  private static OffsetDateTime china(Instant at) {
    return at.atZone(CHINA).toOffsetDateTime();
  }

  /** Counts of one market or one market's day. */
  private static final class Acc {
    final Market market;
    final LocalDate day;
    long tests;
    long positives;
    long confirmations;
    long nonConforming;
    long cleared;
    long pending;

    Acc(Market market, LocalDate day) {
      this.market = market;
      this.day = day;
    }

    void add(RapidTest t, Outcome o) {
      tests++;
      if (t.getResult() != RapidResult.POSITIVE) {
        return;
      }
      positives++;
      if (t.getConfirmationTask() != null) {
        confirmations++;
      }
      if (o != null && "NON_CONFORMING".equals(o.conclusion())) {
        nonConforming++;
      } else if (o != null && "CONFORMING".equals(o.conclusion())) {
        cleared++;
      } else {
        pending++;
      }
    }

    RapidFigures.Row row(BigDecimal floor) {
      BigDecimal rate = percent(positives, tests);
      return new RapidFigures.Row(
          market.getId(),
          market.getCode(),
          market.getName(),
          day,
          tests,
          positives,
          rate,
          confirmations,
          percent(confirmations, positives),
          nonConforming,
          cleared,
          pending,
          tests > 0 && rate.compareTo(floor) < 0);
    }

    private static BigDecimal percent(long part, long whole) {
      return whole == 0
          ? BigDecimal.ZERO.setScale(2)
          : BigDecimal.valueOf(part * 100)
              .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
  }
}
