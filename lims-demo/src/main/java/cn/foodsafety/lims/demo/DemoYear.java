package cn.foodsafety.lims.demo;

import cn.foodsafety.lims.disclosure.boundary.Publications;
import cn.foodsafety.lims.disclosure.boundary.PublishRequest;
import cn.foodsafety.lims.disposal.boundary.AssistanceInput;
import cn.foodsafety.lims.disposal.boundary.CaseData;
import cn.foodsafety.lims.disposal.boundary.CaseExtensions;
import cn.foodsafety.lims.disposal.boundary.CaseSteps;
import cn.foodsafety.lims.disposal.boundary.Cases;
import cn.foodsafety.lims.disposal.boundary.DeadlineSweep;
import cn.foodsafety.lims.disposal.boundary.Decision;
import cn.foodsafety.lims.disposal.boundary.ExtensionData;
import cn.foodsafety.lims.disposal.boundary.ExtensionRequest;
import cn.foodsafety.lims.disposal.boundary.InvestigationData;
import cn.foodsafety.lims.disposal.boundary.InvestigationStepInput;
import cn.foodsafety.lims.disposal.boundary.ResponsibilityData;
import cn.foodsafety.lims.disposal.boundary.StepInput;
import cn.foodsafety.lims.disposal.entity.ExtensionState;
import cn.foodsafety.lims.disposal.entity.InvestigationStep;
import cn.foodsafety.lims.disposal.entity.ReinspectionOutcome;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.RiskMeasure;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.masterdata.boundary.TestItemData;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.oversight.boundary.AuditForm;
import cn.foodsafety.lims.oversight.boundary.Audits;
import cn.foodsafety.lims.oversight.boundary.OversightRequest;
import cn.foodsafety.lims.oversight.boundary.RecordCheckRuns;
import cn.foodsafety.lims.oversight.boundary.ReviewForm;
import cn.foodsafety.lims.oversight.control.AuditData;
import cn.foodsafety.lims.planning.boundary.CellGroupData;
import cn.foodsafety.lims.planning.boundary.CollectionTasks;
import cn.foodsafety.lims.planning.boundary.PlanAllocations;
import cn.foodsafety.lims.planning.boundary.PlanData;
import cn.foodsafety.lims.planning.boundary.PlanInputs;
import cn.foodsafety.lims.planning.boundary.SamplingPlans;
import cn.foodsafety.lims.planning.boundary.TaskData;
import cn.foodsafety.lims.planning.boundary.TaskGroups;
import cn.foodsafety.lims.planning.entity.FollowUpRoute;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.LimsException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.results.boundary.ItemAddition;
import cn.foodsafety.lims.results.boundary.ItemData;
import cn.foodsafety.lims.results.boundary.Reason;
import cn.foodsafety.lims.results.boundary.ReportData;
import cn.foodsafety.lims.results.boundary.ResultEntries;
import cn.foodsafety.lims.results.boundary.ResultEntry;
import cn.foodsafety.lims.results.boundary.ResultSheet;
import cn.foodsafety.lims.results.boundary.Results;
import cn.foodsafety.lims.results.boundary.Reviews;
import cn.foodsafety.lims.results.boundary.Signature;
import cn.foodsafety.lims.sampling.boundary.Assignment;
import cn.foodsafety.lims.sampling.boundary.AssignmentOutcome;
import cn.foodsafety.lims.sampling.boundary.Custody;
import cn.foodsafety.lims.sampling.boundary.LabAssignments;
import cn.foodsafety.lims.sampling.boundary.Receipt;
import cn.foodsafety.lims.sampling.boundary.SampleData;
import cn.foodsafety.lims.sampling.boundary.SampleForm;
import cn.foodsafety.lims.sampling.boundary.SamplingForms;
import cn.foodsafety.lims.sampling.boundary.Shipment;
import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.StorageCondition;
import cn.foodsafety.lims.security.boundary.AccountBootstrap;
import cn.foodsafety.lims.security.boundary.UserData;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A year of sampling in Zhengzhou, written through the boundaries as the users would write it: the
 * planner creates the year's plan (the allocator spreads each unit's quota, with fixed national,
 * provincial and routine-monitoring batches), approves it (the approval refuses broken totals) and
 * turns cell groups into tasks; two sampling teams fill in the forms of their tasks (real numbers
 * from the counters), the planner assigns each sample to a laboratory that may test it (抽检分离), the
 * teams ship, the laboratories receive, enter results (judged by the evaluator), submit, review and
 * approve with the password (report PDF, report number); approval of a non-conforming report opens
 * the case, whose regulator records its steps through the case rules, in every state a case can be
 * in. Every step runs at the moment it happened (in time order, {@link DemoClock}) as the user who
 * takes it ({@link Acting}), so every record has its audit trail. Deterministic: a fixed seed, and
 * moments that follow from the working days of the year up to the day it is written.
 */
@Dependent
public class DemoYear {

  private static final Logger LOG = Logger.getLogger(DemoYear.class.getName());
  static final ZoneId CHINA = CivilTime.ZONE;
  static final long SEED = 20_260_101L;
  private static final String PASSWORD = AccountBootstrap.DEMO_PASSWORD;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** Who takes the steps: the demo users (README) and the regulators' supervisors made here. */
  record Actor(String username, Set<String> roles) {}

  static final Actor ADMIN = new Actor("admin", Set.of("ADMIN"));
  static final Actor PLANNER = new Actor("planner", Set.of("PLANNER"));
  static final Actor SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"));

  /** A sampling team with its two samplers and the laboratory its samples go to. */
  record Team(
      String code, Actor sampler1, Actor sampler2, String labCode, Actor tech, Actor reviewer) {}

  static final Team AGRICULTURAL =
      new Team(
          "TEAM-HNFDI-1",
          new Actor("sampler", Set.of("SAMPLER")),
          new Actor("sampler2", Set.of("SAMPLER")),
          "LAB-ZZAQ",
          new Actor("labtech", Set.of("LAB_TECH")),
          new Actor("reviewer", Set.of("LAB_REVIEWER")));
  static final Team PROCESSED =
      new Team(
          "TEAM-ZZAQ",
          new Actor("sampler3", Set.of("SAMPLER")),
          new Actor("sampler4", Set.of("SAMPLER")),
          "LAB-HNFDI",
          new Actor("labtech2", Set.of("LAB_TECH")),
          new Actor("reviewer2", Set.of("LAB_REVIEWER")));

  /**
   * A food the teams sample: its category (code), storage, and the test item the laboratory adds
   * when the category brings none (dairy and meat products: veterinary drug residues).
   */
  record Food(String categoryCode, String name, StorageCondition storage, Long addedItem) {}

  static final List<Food> AGRICULTURAL_FOODS =
      List.of(
          new Food("33010201", "芹菜", StorageCondition.AMBIENT, null),
          new Food("33010101", "韭菜", StorageCondition.AMBIENT, null),
          new Food("33010301", "豇豆", StorageCondition.AMBIENT, null),
          new Food("33010401", "生姜", StorageCondition.AMBIENT, null),
          new Food("33010501", "辣椒", StorageCondition.AMBIENT, null),
          new Food("330103", "四季豆", StorageCondition.AMBIENT, null),
          new Food("33010402", "山药", StorageCondition.AMBIENT, null),
          new Food("33020101", "香蕉", StorageCondition.AMBIENT, null),
          new Food("330301", "牛肉", StorageCondition.CHILLED, null),
          new Food("33030101", "猪肉", StorageCondition.CHILLED, null),
          new Food("330302", "鸡肉", StorageCondition.CHILLED, null),
          new Food("3304", "草鱼", StorageCondition.CHILLED, null),
          new Food("330403", "鱿鱼", StorageCondition.FROZEN, null));

  /** 恩诺沙星 (enrofloxacin, ≤ 100 μg/kg), which the laboratory adds for dairy and meat products. */
  static final long ENROFLOXACIN = 16L;

  static final List<Food> PROCESSED_FOODS =
      List.of(
          new Food("0102", "大米", StorageCondition.AMBIENT, null),
          new Food("04", "五香牛肉", StorageCondition.CHILLED, ENROFLOXACIN),
          new Food("05", "巴氏杀菌乳", StorageCondition.CHILLED, ENROFLOXACIN),
          new Food("0301", "火锅底料", StorageCondition.AMBIENT, null),
          new Food("2301", "凉皮", StorageCondition.CHILLED, null),
          new Food("2601", "蜂蜜", StorageCondition.AMBIENT, null));

  /** How a case goes; the early failures get the long stories, so that they can finish. */
  enum Story {
    COMPLETED_LATE,
    EXTENDED,
    COMPLETED_ON_TIME,
    WITHDRAWN,
    OVERTURNED,
    RECTIFIED,
    ENFORCED,
    INVESTIGATED,
    RISK_CONTROLLED,
    REINSPECTION,
    DELIVERED,
    ACCEPTED,
    OPEN
  }

  /**
   * The producer's side of a failing sample: as the index falls (one producer in nine in 中原区, the
   * others' place not known), or set for the failures that must show a route: a sample taken at its
   * producer (production stage: the case goes to the producer's regulator), a market's sample whose
   * producer lies in the city (the producer's regulator gets an investigation task).
   */
  enum ProducerSide {
    AS_IT_FALLS,
    SAMPLED_AT_PRODUCER,
    PRODUCER_IN_CITY
  }

  static final String[] PARTIES = {"农贸市场", "超市", "批发市场", "餐饮店", "食堂", "网店"};
  static final PartyKind[] PARTY_KINDS = {
    PartyKind.FARMERS_MARKET,
    PartyKind.SUPERMARKET,
    PartyKind.WHOLESALE_MARKET,
    PartyKind.CATERING,
    PartyKind.CANTEEN,
    PartyKind.ONLINE
  };
  static final String[] FACTORS = {"1.6", "2.4", "1.3", "4.0", "1.9"};

  @Inject SamplingPlans plans;

  @Inject PlanAllocations allocations;

  @Inject DemoPublic publicSide;
  @Inject CollectionTasks tasks;

  @Inject TaskGroups taskGroups;
  @Inject Custody custody;

  @Inject LabAssignments labAssignments;

  @Inject SamplingForms samplingForms;
  @Inject Results results;

  @Inject Reviews reviews;
  @Inject Cases cases;

  @Inject CaseExtensions caseExtensions;

  @Inject CaseSteps caseSteps;

  @Inject cn.foodsafety.lims.disposal.boundary.CaseResponsibilities responsibilities;

  @Inject cn.foodsafety.lims.disposal.boundary.ProducerInvestigations investigations;
  @Inject DeadlineSweep sweep;
  @Inject DemoSteps steps;
  @Inject Users users;
  @Inject Publications publications;
  @Inject RecordCheckRuns recordChecks;
  @Inject Audits audits;
  @Inject Organizations organizations;
  @Inject FoodCategories categories;
  @Inject TestItems testItems;
  @Inject WorkingCalendars calendars;

  /** One step of the year: a moment, and what happens then. */
  private record Event(Instant at, long order, Runnable step) {}

  private final PriorityQueue<Event> queue =
      new PriorityQueue<>(
          (a, b) ->
              a.at().equals(b.at())
                  ? Long.compare(a.order(), b.order())
                  : a.at().compareTo(b.at()));
  private long order;
  private Instant until;
  WorkingDayCalendar calendar;
  final Map<String, Long> organizationIds = new HashMap<>();
  final Map<Long, OrganizationData> organizationsById = new HashMap<>();
  final Map<String, Long> categoryIds = new HashMap<>();
  private final Map<Long, TestItemData> items = new HashMap<>();
  private final Map<String, Long> userIds = new HashMap<>();
  private final Map<Long, Actor[]> bureauSupervisors = new HashMap<>();
  private final Map<String, List<Batch>> rounds = new HashMap<>();
  private int written;
  private int opened;

  /** The kind of sampling of a task group (supervisory when absent). */
  private final Map<String, SamplingKind> groupKinds = new HashMap<>();

  /** The kind of sampling of a task. */
  private final Map<Long, SamplingKind> taskKinds = new HashMap<>();

  private int refused;

  /** The assistance requests of the year so far (two in three are sent). */
  private int assistanceRequests;

  private int failures;

  /** Whether the case DOMAIN.md quotes (enrofloxacin 160 against ≤ 100 μg/kg) is written. */
  private boolean quotedCaseWritten;

  /** Writes the year once (nothing when its plan exists) and says what was written. */
  public String write(int sampleCount) {
    LocalDate today = LocalDate.now(CHINA);
    int year = today.getYear();
    until = Instant.now().minusSeconds(600);
    calendar = calendars.current();
    as(ADMIN, Instant.now(), this::readReferenceData);
    long cityId = organizationsById.get(organizationIds.get("ZZ-SAMR")).regionId();
    boolean exists =
        as(
            PLANNER,
            Instant.now(),
            () ->
                plans
                        .list(
                            new ListQuery(
                                0, 1, null, false, null, Map.of("year", String.valueOf(year))))
                        .total()
                    > 0);
    if (exists) {
      return "the plan of " + year + " exists: nothing written";
    }
    long started = System.nanoTime();
    ensureAccounts(LocalDate.of(year - 1, 12, 1));
    PlanData plan = plan(cityId, year);
    long planned = System.nanoTime();
    List<LocalDate> days = workingDays(LocalDate.of(year, 1, 2), today.minusDays(1));
    if (days.isEmpty()) {
      return "no working day of " + year + " has passed: only the plan written";
    }
    List<Batch> batches = schedule(plan, days, sampleCount);
    kinds(batches);
    Map<String, Long> taskIds = tasks(plan, batches, LocalDate.of(year - 1, 12, 20));
    long tasked = System.nanoTime();
    for (Batch b : batches) {
      b.taskId = taskIds.get(b.group());
      at(b.sampledAt().plusSeconds(40 * 60), () -> collect(b));
    }
    publicSide.schedule(this, plan, days);
    while (!queue.isEmpty()) {
      Event e = queue.poll();
      e.step().run();
    }
    long lived = System.nanoTime();
    as(ADMIN, Instant.now(), () -> sweep.runNow());
    oversight(year, written);
    long ended = System.nanoTime();
    DemoProgress.counts(written, opened, refused);
    // where the time went, so that a slow start can be told apart (plan, tasks, the year's steps,
    // the deadline sweep with the oversight)
    return String.format(
        "plan %d of %d approved; %d samples, %d cases, %d steps refused, in %d s"
            + " (plan %d s, tasks %d s, samples and cases %d s, sweep and oversight %d s)",
        plan.id(),
        year,
        written,
        opened,
        refused,
        seconds(started, ended),
        seconds(started, planned),
        seconds(planned, tasked),
        seconds(tasked, lived),
        seconds(lived, ended));
  }

  // ---------------------------------------------------------------- reference data and accounts

  private Void readReferenceData() {
    ListQuery all = new ListQuery(0, ListQuery.MAX_SIZE, null, false, null, Map.of());
    for (OrganizationData o : organizations.list(all).items()) {
      organizationIds.put(o.code(), o.id());
      organizationsById.put(o.id(), o);
    }
    for (FoodCategoryData c : categories.list(all).items()) {
      categoryIds.put(c.code(), c.id());
    }
    for (TestItemData t : testItems.list(all).items()) {
      items.put(t.id(), t);
    }
    for (UserData u : users.list(all).items()) {
      userIds.put(u.username(), u.id());
    }
    return null;
  }

  /**
   * The second sampler of the agricultural testing center's team, and two supervisors for each
   * county-level market regulator that has no demo user (the one who records the steps, the other
   * who decides extensions), made by the administrator.
   */
  private void ensureAccounts(LocalDate day) {
    Instant at = moment(day, 9, 0);
    account(at, "sampler4", "郑抽样", "TEAM-ZZAQ", "SAMPLER");
    bureauSupervisors.put(
        organizationIds.get("MR-410105"),
        new Actor[] {supervisor("jinshui"), supervisor("jinshui2")});
    account(at, "zhongyuan2", "韩中原", "MR-410102", "SUPERVISOR");
    bureauSupervisors.put(
        organizationIds.get("MR-410102"),
        new Actor[] {supervisor("zhongyuan"), supervisor("zhongyuan2")});
    for (OrganizationData o : organizationsById.values()) {
      if (o.kind() == OrganizationKind.REGULATOR
          && o.code().startsWith("MR-")
          && !bureauSupervisors.containsKey(o.id())) {
        String code = o.code().substring(3);
        account(at, "mr" + code, o.name().replace("市场监督管理局", "") + "核查员", o.code(), "SUPERVISOR");
        account(
            at, "mr" + code + "b", o.name().replace("市场监督管理局", "") + "审批员", o.code(), "SUPERVISOR");
        bureauSupervisors.put(
            o.id(), new Actor[] {supervisor("mr" + code), supervisor("mr" + code + "b")});
      }
    }
  }

  private static Actor supervisor(String username) {
    return new Actor(username, Set.of("SUPERVISOR"));
  }

  private void account(Instant at, String username, String name, String orgCode, String role) {
    if (userIds.containsKey(username)) {
      return;
    }
    UserData made =
        as(
            ADMIN,
            at,
            () ->
                users.create(
                    new UserData(
                        null,
                        username,
                        name,
                        PASSWORD,
                        organizationIds.get(orgCode),
                        null,
                        Set.of(cn.foodsafety.lims.platform.entity.Role.valueOf(role)),
                        "zh-CN",
                        true,
                        null,
                        null,
                        null)));
    userIds.put(username, made.id());
  }

  // ---------------------------------------------------------------- the plan and its tasks

  /**
   * The planner creates the plan in December of the year before (7 per 1,000 residents, allocated
   * at once), enters the batches that arrive fixed from above for every unit, allocates again and
   * approves: the approval itself refuses a plan with a broken total.
   */
  private PlanData plan(long cityId, int year) {
    PlanData created =
        as(
            PLANNER,
            moment(LocalDate.of(year - 1, 12, 8), 10, 0),
            () ->
                plans.create(
                    new PlanData(
                        null, cityId, null, year, null, null, null, false, null, null, null, null,
                        null, null, null, null, null, null, null, null)));
    long agri = categoryIds.get("33");
    long grain = categoryIds.get("01");
    as(
        PLANNER,
        moment(LocalDate.of(year - 1, 12, 9), 15, 0),
        () -> {
          PlanInputs now = allocations.inputs(created.id());
          List<PlanInputs.Fixed> fixed = new ArrayList<>();
          for (PlanData.UnitData u : created.units()) {
            fixed.add(
                new PlanInputs.Fixed(u.regionId(), null, SamplingLevel.NATIONAL, agri, null, 24));
            fixed.add(
                new PlanInputs.Fixed(u.regionId(), null, SamplingLevel.PROVINCIAL, agri, null, 20));
            fixed.add(
                new PlanInputs.Fixed(u.regionId(), null, SamplingLevel.PROVINCIAL, grain, null, 6));
            fixed.add(
                new PlanInputs.Fixed(
                    u.regionId(), null, SamplingLevel.ROUTINE_MONITORING, agri, null, 60));
          }
          return allocations.updateInputs(
              created.id(),
              new PlanInputs(
                  fixed,
                  now.departmentWeights(),
                  now.categoryWeights(),
                  now.monthWeights(),
                  now.version()));
        });
    PlanData allocated =
        as(
            PLANNER,
            moment(LocalDate.of(year - 1, 12, 10), 9, 30),
            () -> allocations.allocate(created.id()));
    return as(
        PLANNER,
        moment(LocalDate.of(year - 1, 12, 15), 16, 0),
        () -> plans.approve(allocated.id(), allocated.version()));
  }

  /** One task per cell group the teams sample, a little more than they collect by today. */
  /**
   * The kind of sampling of each task group (DOMAIN.md, Zhengzhou 2021: evaluative batches beside
   * the supervisory ones): about one county-level group in five is evaluative sampling, and about
   * one group in six without a failing story is risk monitoring, of which the first one finds a
   * problem (a risk-control follow-up instead of a case). The stories of the failing batches stay
   * on the 90-day case, so that every state of a case is shown.
   */
  private void kinds(List<Batch> batches) {
    Set<String> failingGroups = new java.util.HashSet<>();
    Map<String, Batch> firstOf = new java.util.LinkedHashMap<>();
    for (Batch b : batches) {
      firstOf.putIfAbsent(b.group(), b);
      if (b.failing) {
        failingGroups.add(b.group());
      }
    }
    int n = 0;
    boolean problemFound = false;
    for (Map.Entry<String, Batch> g : firstOf.entrySet()) {
      int i = n++;
      Batch first = g.getValue();
      if (!failingGroups.contains(g.getKey()) && i % 6 == 1) {
        groupKinds.put(g.getKey(), SamplingKind.RISK_MONITORING);
        if (!problemFound) {
          first.failing = true;
          problemFound = true;
        }
      } else if (first.level == SamplingLevel.COUNTY && i % 5 == 2) {
        groupKinds.put(g.getKey(), SamplingKind.EVALUATIVE);
      }
    }
  }

  private Map<String, Long> tasks(PlanData plan, List<Batch> batches, LocalDate day) {
    Map<String, Integer> wanted = new LinkedHashMap<>();
    Map<String, Batch> first = new HashMap<>();
    for (Batch b : batches) {
      wanted.merge(b.group(), 1, Integer::sum);
      first.putIfAbsent(b.group(), b);
    }
    Map<String, Integer> available = new HashMap<>();
    Map<String, Department> departments = new HashMap<>();
    as(
        PLANNER,
        moment(day, 9, 0),
        () -> {
          // the department whose cell group has the most room (routine monitoring is planned
          // under agriculture, the rest mostly under market regulation)
          for (CellGroupData g : taskGroups.groups(plan.id())) {
            String key = g.regionId() + "/" + g.level() + "/" + g.categoryId();
            if (g.available() > available.getOrDefault(key, 0)) {
              available.put(key, g.available());
              departments.put(key, g.department());
            }
          }
          return null;
        });
    Map<String, Long> ids = new HashMap<>();
    for (Map.Entry<String, Integer> w : wanted.entrySet()) {
      Batch b = first.get(w.getKey());
      int room = available.getOrDefault(w.getKey(), 0);
      int count = Math.min(room, w.getValue() + 1 + w.getValue() / 10);
      if (count < w.getValue()) {
        LOG.warning("demo: group " + w.getKey() + " has " + room + " batches for " + w.getValue());
        continue;
      }
      TaskData task =
          as(
              PLANNER,
              moment(day, 10, 0),
              () ->
                  tasks.create(
                      new TaskData(
                          null,
                          plan.id(),
                          null,
                          null,
                          null,
                          b.regionId,
                          null,
                          b.level,
                          departments.get(w.getKey()),
                          b.topCategoryId,
                          null,
                          null,
                          organizationIds.get(b.team.code()),
                          null,
                          count,
                          null,
                          LocalDate.of(plan.year(), 12, 25),
                          null,
                          "年度计划抽样任务",
                          null,
                          null,
                          null,
                          groupKinds.get(w.getKey()))));
      ids.put(w.getKey(), task.id());
      taskKinds.put(task.id(), task.samplingKind());
    }
    return ids;
  }

  // ---------------------------------------------------------------- the samples

  /** A sample's story, decided in advance from the seed. */
  final class Batch {
    final int index;
    final LocalDate day;
    final long regionId;
    final String regionCode;
    final SamplingLevel level;
    final Team team;
    final Food food;
    final long topCategoryId;
    boolean failing;
    final boolean stalled;
    final int labDays;
    Story story;

    /** Where the producer stands, for the few failures that must show each route. */
    ProducerSide side = ProducerSide.AS_IT_FALLS;

    Long taskId;
    long sampleId;
    String number;
    boolean nonConforming;

    /** What follows the approval of its report (the demo's publication of a proposal's result). */
    java.util.function.Consumer<LocalDate> afterApproval;

    Batch(
        int index,
        LocalDate day,
        PlanData.UnitData unit,
        SamplingLevel level,
        Team team,
        Food food,
        boolean failing,
        boolean stalled,
        int labDays) {
      this.index = index;
      this.day = day;
      this.regionId = unit.regionId();
      this.regionCode = unit.code();
      this.level = level;
      this.team = team;
      this.food = food;
      this.topCategoryId = categoryIds.get(food.categoryCode().substring(0, 2));
      this.failing = failing;
      this.stalled = stalled;
      this.labDays = labDays;
    }

    String group() {
      return regionId + "/" + level + "/" + topCategoryId;
    }

    Instant sampledAt() {
      return moment(day, 9, (index % 8) * 20);
    }
  }

  private List<Batch> schedule(PlanData plan, List<LocalDate> days, int count) {
    Random random = new Random(SEED);
    List<PlanData.UnitData> units = plan.units();
    int failingCount = Math.max(Story.values().length + 1, count / 25);
    List<Batch> out = new ArrayList<>();
    int failingSoFar = 0;
    for (int i = 0; i < count; i++) {
      LocalDate day = days.get((int) ((long) i * days.size() / count));
      PlanData.UnitData unit = units.get(i % units.size());
      boolean processed = i % 3 == 2;
      double r = random.nextDouble();
      SamplingLevel level;
      Food food;
      // each unit samples at a few levels (a task per unit, level and category): national or
      // provincial every other unit, municipal, county and routine monitoring everywhere
      int u = i % units.size();
      if (processed) {
        food = PROCESSED_FOODS.get((i / 3) % PROCESSED_FOODS.size());
        level = u % 2 == 0 ? SamplingLevel.MUNICIPAL : SamplingLevel.COUNTY;
      } else {
        food = AGRICULTURAL_FOODS.get(random.nextInt(AGRICULTURAL_FOODS.size()));
        level =
            r < 0.2
                ? (u % 2 == 0 ? SamplingLevel.NATIONAL : SamplingLevel.PROVINCIAL)
                : r < 0.5
                    ? SamplingLevel.MUNICIPAL
                    : r < 0.78 ? SamplingLevel.COUNTY : SamplingLevel.ROUTINE_MONITORING;
      }
      boolean failing = (long) (i + 1) * failingCount / count > (long) i * failingCount / count;
      if (failing && failingSoFar == 0) {
        // the case DOMAIN.md quotes: enrofloxacin 160 against ≤ 100 μg/kg, 0.6 times over
        food = processed ? PROCESSED_FOODS.get(1) : AGRICULTURAL_FOODS.get(8);
      }
      boolean stalled = !failing && i % 61 == 30;
      Batch b =
          new Batch(
              i,
              day,
              unit,
              level,
              processed ? PROCESSED : AGRICULTURAL,
              food,
              failing,
              stalled,
              3 + random.nextInt(12));
      if (failing) {
        b.story = Story.values()[failingSoFar % Story.values().length];
        // the second and third failures show the production stage and an in-city producer
        if (failingSoFar == 1) {
          b.side = ProducerSide.SAMPLED_AT_PRODUCER;
        } else if (failingSoFar == 2) {
          b.side = ProducerSide.PRODUCER_IN_CITY;
        }
        failingSoFar++;
      }
      out.add(b);
    }
    return out;
  }

  /** The form the team fills in, as its first sampler. */
  private SampleData fillIn(
      Batch b,
      String producer,
      String producerAddress,
      String producerLicence,
      Long producerRegion,
      String party,
      PartyKind partyKind,
      String partyAddress,
      String partyLicence) {
    return act(
        b.team.sampler1(),
        () ->
            samplingForms.create(
                new SampleForm(
                    b.taskId,
                    b.taskId == null ? b.level : null,
                    b.taskId == null ? Department.MARKET_REGULATION : null,
                    null,
                    b.taskId == null ? b.regionId : null,
                    b.food.name(),
                    categoryIds.get(b.food.categoryCode()),
                    "示范" + (char) ('A' + b.index % 6),
                    "散装",
                    "B" + b.day.minusDays(3).toString().replace("-", ""),
                    b.day.minusDays(3 + b.index % 5).toString(),
                    b.food.storage() == StorageCondition.AMBIENT ? "12个月" : "7天",
                    "2.0",
                    "千克",
                    // risk monitoring keeps no backup sample
                    taskKinds.get(b.taskId) == SamplingKind.RISK_MONITORING ? null : "1.0",
                    b.food.storage(),
                    producer,
                    producerAddress,
                    producerLicence,
                    producerRegion,
                    party,
                    partyKind,
                    partyAddress,
                    partyLicence,
                    "王经理",
                    "1380371" + String.format("%04d", b.index % 10_000),
                    party,
                    null,
                    null,
                    ISO.format(b.sampledAt().atZone(CHINA)),
                    userIds.get(b.team.sampler1().username()),
                    userIds.get(b.team.sampler2().username()),
                    true,
                    true,
                    "王经理",
                    "FT-" + b.day.getYear() + "-" + String.format("%06d", b.index + 1),
                    null)));
  }

  /** The team fills in the form of its task on the day it sampled. */
  void collect(Batch b) {
    int p = b.index % PARTIES.length;
    String unit =
        organizationsById.values().stream()
            .filter(
                o ->
                    o.regionId() != null
                        && o.regionId() == b.regionId
                        && o.kind() == OrganizationKind.REGULATOR)
            .map(o -> o.regionName())
            .findFirst()
            .orElse("郑州市");
    String party = unit + "示范" + PARTIES[p] + (b.index % 40 + 1) + "号";
    PartyKind partyKind = PARTY_KINDS[p];
    String partyAddress = "河南省郑州市" + unit + "示范街" + (b.index % 90 + 1) + "号";
    String partyLicence = "JY1410" + String.format("%010d", b.index + 1);
    String producer = "河南示范食品有限公司" + (b.index % 12 + 1) + "厂";
    String producerAddress = "河南省郑州市示范路" + (b.index % 30 + 1) + "号";
    String producerLicence = "SC1104101" + String.format("%07d", b.index % 97 + 1);
    long zhongyuan = organizationsById.get(organizationIds.get("MR-410102")).regionId();
    // one producer in nine lies in 中原区: a failure of its food elsewhere in the city gives
    // 中原区's bureau an investigation task; the others' place is not known (assistance route)
    Long producerRegion = b.index % 9 == 0 ? zhongyuan : null;
    if (b.side != ProducerSide.AS_IT_FALLS) {
      // a producer in 中原区 (in 金水区 when the sample is 中原区's own, so that another bureau answers)
      producerRegion =
          b.regionId == zhongyuan
              ? organizationsById.get(organizationIds.get("MR-410105")).regionId()
              : zhongyuan;
    }
    if (b.side == ProducerSide.SAMPLED_AT_PRODUCER) {
      // sampled at the producer's own premises: the producer is the sampled party
      party = producer;
      partyKind = PartyKind.PRODUCTION;
      partyAddress = producerAddress;
      partyLicence = producerLicence;
    }
    SampleData s =
        fillIn(
            b,
            producer,
            producerAddress,
            producerLicence,
            producerRegion,
            party,
            partyKind,
            partyAddress,
            partyLicence);
    if (s == null) {
      return;
    }
    b.sampleId = s.id();
    b.number = s.sampleNumber();
    written++;
    at(moment(b.day, 14, 0), () -> assign(b));
  }

  /** The planner assigns the sample to its team's partner laboratory (never the team's own). */
  private void assign(Batch b) {
    long lab = organizationIds.get(b.team.labCode());
    Object done =
        act(
            PLANNER,
            () -> {
              AssignmentOutcome proposal = labAssignments.proposal(b.sampleId);
              // the proposal when it is the partner laboratory, otherwise an override with its
              // reason
              return labAssignments.assign(
                  b.sampleId,
                  proposal.labId() != null && proposal.labId() == lab
                      ? new Assignment(null, null)
                      : new Assignment(lab, "按年度委托检验协议送检"));
            });
    if (done != null) {
      at(moment(b.day, 16, 30), () -> ship(b));
    }
  }

  private void ship(Batch b) {
    Object done =
        act(
            b.team.sampler1(),
            () ->
                custody.ship(
                    b.sampleId,
                    new Shipment(
                        ISO.format(moment(b.day, 16, 20).atZone(CHINA)),
                        b.food.storage() == StorageCondition.AMBIENT ? "专人送样" : "冷链专车",
                        b.food.storage() == StorageCondition.CHILLED
                            ? "4.0"
                            : b.food.storage() == StorageCondition.FROZEN ? "-18.0" : null)));
    if (done != null) {
      LocalDate received = calendar.addWorkingDays(b.day, 1);
      at(moment(received, 9, 40), () -> receive(b, received));
    }
  }

  private void receive(Batch b, LocalDate on) {
    Object done =
        act(
            b.team.tech(),
            () ->
                custody.receive(
                    b.sampleId,
                    new Receipt(
                        ISO.format(moment(on, 9, 30).atZone(CHINA)),
                        ReceiptCondition.ACCEPTED,
                        null,
                        "封条完好，样品状态正常")));
    if (done != null) {
      LocalDate tested = calendar.addWorkingDays(on, b.labDays);
      at(moment(tested, 15, 0), () -> enter(b, tested));
    }
  }

  /** The analyst enters every item's result (the evaluator judges it) and submits. */
  private void enter(Batch b, LocalDate tested) {
    ResultSheet sheet =
        act(
            b.team.tech(),
            () -> {
              if (b.food.addedItem() != null) {
                results.addItem(
                    b.sampleId, new ItemAddition(b.food.addedItem(), "按年度监督抽检实施细则加测兽药残留"));
              }
              ResultSheet current = results.sheet(b.sampleId);
              List<ResultEntry> entries = new ArrayList<>();
              boolean failed = false;
              int k = 0;
              // the quoted case fails on the enrofloxacin the laboratory added, whatever the order
              boolean enrofloxacinFails =
                  b.failing
                      && current.items().stream()
                          .anyMatch(i -> !i.dropped() && i.testItemId() == ENROFLOXACIN);
              for (ItemData item : current.items()) {
                if (item.dropped()) {
                  continue;
                }
                boolean fails =
                    b.failing
                        && !failed
                        && (!enrofloxacinFails || item.testItemId() == ENROFLOXACIN);
                failed |= fails;
                entries.add(entry(b, item, fails, k++, tested));
              }
              results.record(b.sampleId, new ResultEntries(entries));
              return b.stalled ? current : results.submit(b.sampleId);
            });
    if (sheet != null && !b.stalled) {
      LocalDate signing = signingDay(calendar.addWorkingDays(tested, 1));
      String key = b.team.reviewer().username() + "/" + signing;
      List<Batch> round = rounds.get(key);
      if (round == null) {
        round = new ArrayList<>();
        rounds.put(key, round);
        List<Batch> batch = round;
        at(moment(signing, 10, 0), () -> sign(b.team, signing, batch));
      }
      round.add(b);
    }
  }

  /** The reviewers review and sign on Tuesdays and Fridays (the first such working day). */
  private LocalDate signingDay(LocalDate from) {
    LocalDate d = from;
    while (!calendar.isWorkingDay(d)
        || (d.getDayOfWeek() != DayOfWeek.TUESDAY && d.getDayOfWeek() != DayOfWeek.FRIDAY)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The reviewer (who entered nothing) reviews each submitted sample, then signs them together with
   * the password: each report is rendered, numbered and issued.
   */
  private void sign(Team team, LocalDate on, List<Batch> round) {
    List<Long> reviewed = new ArrayList<>();
    Map<Long, Batch> byId = new HashMap<>();
    for (Batch b : round) {
      if (act(team.reviewer(), () -> reviews.review(b.sampleId)) != null) {
        reviewed.add(b.sampleId);
        byId.put(b.sampleId, b);
      }
    }
    if (reviewed.isEmpty()) {
      return;
    }
    List<ReportData> reports =
        act(team.reviewer(), () -> reviews.approveAll(reviewed, new Signature(PASSWORD)));
    if (reports == null) {
      return;
    }
    for (ReportData report : reports) {
      approved(byId.get(report.sampleId()), report, on);
    }
  }

  /**
   * A result for one item: a failing one over its limit (the times-over is the evaluator's), the
   * others not detected (with the limit of detection) or well under the limit, never under the
   * limit of detection.
   */
  private ResultEntry entry(Batch b, ItemData item, boolean fails, int k, LocalDate tested) {
    TestItemData t = items.get(item.testItemId());
    BigDecimal lod = t == null || t.lod() == null ? new BigDecimal("0.005") : t.lod();
    String method = t == null ? item.standard() : t.methodStandard();
    LimitOperator op = LimitOperator.valueOf(item.limitOperator());
    String value = null;
    if (fails) {
      if (op == LimitOperator.LE && item.limitValue() != null) {
        BigDecimal limit = new BigDecimal(item.limitValue());
        BigDecimal factor = new BigDecimal(FACTORS[failures++ % FACTORS.length]);
        if (item.testItemId() == ENROFLOXACIN && !quotedCaseWritten) {
          factor = new BigDecimal("1.6");
          quotedCaseWritten = true;
        }
        value =
            limit
                .multiply(factor)
                .setScale(Math.max(lod.scale(), limit.scale()), RoundingMode.HALF_EVEN)
                .toPlainString();
      } else {
        failures++;
        value = lod.multiply(new BigDecimal("3")).toPlainString();
      }
    } else if (op == LimitOperator.LE && item.limitValue() != null && (b.index + k) % 3 != 0) {
      BigDecimal limit = new BigDecimal(item.limitValue());
      BigDecimal share = new BigDecimal("0." + (3 + (b.index + k) % 5));
      BigDecimal v = limit.multiply(share).setScale(lod.scale(), RoundingMode.HALF_EVEN);
      if (v.compareTo(lod.multiply(BigDecimal.valueOf(2))) >= 0 && v.compareTo(limit) < 0) {
        value = v.toPlainString();
      }
    }
    return new ResultEntry(
        item.id(),
        value,
        value == null,
        value == null ? lod.toPlainString() : null,
        item.limitUnit(),
        method,
        "示范仪器-" + (k % 3 + 1),
        b.team.tech().username().equals("labtech") ? "张检验" : "孙检验",
        tested);
  }

  /** After approval: the conclusion goes to the regulator; a non-conforming one opens a case. */
  private void approved(Batch b, ReportData report, LocalDate on) {
    b.nonConforming = "NON_CONFORMING".equals(report.conclusion());
    if (b.afterApproval != null) {
      b.afterApproval.accept(on);
    }
    LocalDate reported = calendar.addWorkingDays(on, b.nonConforming ? 1 : 3);
    at(
        moment(reported, 9, 0),
        () -> act(b.team.tech(), () -> reviews.conclusionReported(b.sampleId)));
    if (b.nonConforming) {
      at(moment(on, 11, 0), () -> openCase(b, on));
    }
    // the city publishes the result: most within the 20 working days, one in ten late, one in
    // ten not at all (overdue, or not yet due for the latest)
    int spread = (int) Math.floorMod(b.sampleId * 7919L, 10L);
    if (spread != 0) {
      int days = spread == 1 ? 26 : 2 + spread * 2;
      at(moment(calendar.addWorkingDays(on, days), 15, 0), () -> publish(b.sampleId));
    }
  }

  /**
   * Publishes one result; one amended meanwhile (its analysis is not approved at that moment) is
   * left unpublished, not counted as a refused step.
   */
  private void publish(long sampleId) {
    try {
      as(SUPERVISOR, current, () -> publications.publish(new PublishRequest(List.of(sampleId))));
    } catch (LimsException | EJBException e) {
      LOG.fine("demo publication of " + sampleId + " left out: " + e);
    }
  }

  /**
   * At the end of the written year: the record checks run over it, and the city's audit of a sample
   * of its records, most of them scored against the checklist.
   */
  private void oversight(int year, int samples) {
    current = until;
    OversightRequest request = OversightRequest.parse(Map.of("year", String.valueOf(year)));
    act(SUPERVISOR, () -> recordChecks.run(request));
    int size = Math.max(1, Math.min(24, samples / 6));
    AuditData audit =
        act(
            SUPERVISOR,
            () ->
                audits.draw(
                    request,
                    new AuditForm(year + " 年度抽检数据抽查", size, "unit", SEED),
                    Locale.SIMPLIFIED_CHINESE));
    if (audit == null) {
      return;
    }
    List<AuditData.Item> checklist =
        act(SUPERVISOR, () -> audits.checklist(Locale.SIMPLIFIED_CHINESE));
    int n = 0;
    for (AuditData.Record r : audit.records()) {
      if (n++ % 4 == 3) {
        continue; // a quarter still waits for its reviewer
      }
      String note = n % 5 == 0 ? "抽样单照片不清晰" : null;
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (AuditData.Item i : checklist) {
        // a point off here and there, by record and item, the same on every run
        scores.put(
            i.code(),
            Math.max(0, i.max() - (int) Math.floorMod(r.sampleId() + i.code().length(), 3L)));
      }
      act(
          SUPERVISOR,
          () ->
              audits.review(
                  audit.id(), r.id(), new ReviewForm(scores, note), Locale.SIMPLIFIED_CHINESE));
    }
  }

  // ---------------------------------------------------------------- the cases

  private void openCase(Batch b, LocalDate received) {
    Actor[] bureau = bureauOfRegion(b.regionId);
    CaseData c = act(bureau[0], () -> cases.ofSample(b.sampleId));
    if (c == null) {
      return;
    }
    opened++;
    Story story = b.story == null ? Story.COMPLETED_ON_TIME : b.story;
    // the bureau the rules made responsible: the producer's for a sample taken at its producer
    Actor[] responsible = bureauSupervisors.getOrDefault(c.responsibleId(), bureau);
    new CaseStory(b, c, responsible, story, received).plan();
    producerSide(c, responsible[0], story, received);
  }

  /**
   * The producer's side of a trade case: the producer's regulator works its investigation task
   * through its steps (received, investigated at the producer, measures, closed); for a producer
   * outside the city the case's bureau sends the assistance request (two in three) and records the
   * answer. Cases closed early (withdrawn, overturned) get no request.
   */
  private void producerSide(CaseData c, Actor handler, Story story, LocalDate received) {
    ResponsibilityData r = act(handler, () -> responsibilities.get(c.id()));
    if (r == null) {
      return;
    }
    if (r.investigationId() != null) {
      long taskId = r.investigationId();
      InvestigationData task = act(handler, () -> investigations.get(taskId));
      Actor[] regulator = task == null ? null : bureauSupervisors.get(task.regulatorId());
      if (regulator == null) {
        return;
      }
      investigationStep(
          regulator[0],
          taskId,
          calendar.addWorkingDays(received, 1),
          InvestigationStep.RECEIVED,
          null);
      investigationStep(
          regulator[0],
          taskId,
          calendar.addWorkingDays(received, 6),
          InvestigationStep.INVESTIGATED,
          "生产环节核查：原料验收记录不全，出厂检验未覆盖该项目");
      investigationStep(
          regulator[0],
          taskId,
          calendar.addWorkingDays(received, 9),
          InvestigationStep.MEASURES,
          "责令生产企业召回同批次产品并完善出厂检验");
      investigationStep(
          regulator[0],
          taskId,
          calendar.addWorkingDays(received, 13),
          InvestigationStep.CLOSED,
          "生产企业已整改到位，核查办结");
    } else if (r.canRecordAssistance()
        && story != Story.WITHDRAWN
        && story != Story.OVERTURNED
        && assistanceRequests++ % 3 != 2) {
      LocalDate sent = calendar.addWorkingDays(received, 2);
      LocalDate answered = calendar.addWorkingDays(received, 8);
      String to = "河南省市场监督管理局（转生产者所在地市场监管部门）";
      at(
          moment(sent, 11, 0),
          () ->
              act(
                  handler,
                  () ->
                      responsibilities.recordAssistance(
                          c.id(), new AssistanceInput(to, sent, null, null))));
      at(
          moment(answered, 11, 0),
          () ->
              act(
                  handler,
                  () ->
                      responsibilities.recordAssistance(
                          c.id(),
                          new AssistanceInput(to, sent, "已核查生产企业，问题批次已召回并立案调查", answered))));
    }
  }

  private void investigationStep(
      Actor by, long taskId, LocalDate on, InvestigationStep step, String note) {
    at(
        moment(on, 16, 0),
        () ->
            act(
                by,
                () ->
                    investigations.recordStep(taskId, new InvestigationStepInput(step, on, note))));
  }

  private Actor[] bureauOfRegion(long regionId) {
    for (OrganizationData o : organizationsById.values()) {
      if (o.kind() == OrganizationKind.REGULATOR
          && o.code().startsWith("MR-")
          && o.regionId() != null
          && o.regionId() == regionId) {
        return bureauSupervisors.get(o.id());
      }
    }
    throw new IllegalStateException("no market regulator for region " + regionId);
  }

  /** The steps of one case, each on its date, through the case rules. */
  final class CaseStory {
    final Batch b;
    final long caseId;
    final Actor handler;
    final Actor approver;
    final Story story;
    final boolean riskControl;
    final LocalDate received;
    final LocalDate deadline;

    CaseStory(Batch b, CaseData c, Actor[] bureau, Story story, LocalDate received) {
      this.b = b;
      this.caseId = c.id();
      this.handler = bureau[0];
      this.approver = bureau[1];
      this.story = story;
      this.received = received;
      this.deadline = c.deadline();
      this.riskControl = c.route() == FollowUpRoute.RISK_CONTROL;
    }

    /** A risk-monitoring problem: notify, inspect, risk measures, closed (its own follow-up). */
    private void riskControl() {
      LocalDate notified = calendar.addWorkingDays(received, 1);
      step(notified, StepKind.DELIVERED, "已通知被抽样单位风险监测发现的问题");
      LocalDate inspected = calendar.addWorkingDays(notified, 3);
      step(inspected, StepKind.INVESTIGATION, "现场检查：同批次产品已下架，进货来源已核实");
      LocalDate controlled = calendar.addWorkingDays(inspected, 1);
      step(controlled, StepKind.RISK_CONTROL, "督促经营者召回并暂停销售");
      step(calendar.addWorkingDays(controlled, 5), StepKind.COMPLETED, "风险已控制，风险监测处置完毕");
    }

    void plan() {
      if (story == Story.OPEN) {
        return;
      }
      if (riskControl) {
        riskControl();
        return;
      }
      LocalDate accepted = calendar.addWorkingDays(received, 1);
      step(accepted, StepKind.ACCEPTED, null);
      if (story == Story.ACCEPTED) {
        return;
      }
      if (story == Story.WITHDRAWN) {
        LocalDate amended = calendar.addWorkingDays(accepted, 2);
        at(moment(amended, 10, 0), () -> amend(amended));
        return;
      }
      LocalDate delivered = calendar.addWorkingDays(accepted, 2);
      step(delivered, StepKind.DELIVERED, "已向被抽样单位和生产者送达检验结论");
      if (story == Story.DELIVERED) {
        return;
      }
      if (story == Story.REINSPECTION || story == Story.OVERTURNED) {
        LocalDate asked = calendar.addWorkingDays(delivered, 3);
        step(asked, StepKind.REINSPECTION_REQUESTED, "经营者申请复检");
        // accepted within 5 working days, the lab designated within 5 of acceptance (Art. 32)
        LocalDate acceptedOn = calendar.addWorkingDays(asked, 1);
        step(acceptedOn, StepKind.REQUEST_ACCEPTED, "复检申请材料齐全，予以受理");
        LocalDate designated = calendar.addWorkingDays(acceptedOn, 2);
        step(designated, StepKind.LAB_DESIGNATED, "指定复检机构");
        if (story == Story.OVERTURNED) {
          step(
              calendar.addWorkingDays(designated, 10),
              StepKind.REINSPECTION_OUTCOME,
              "复检结论合格，初检结论不成立");
        }
        return;
      }
      LocalDate controlled = calendar.addWorkingDays(delivered, 2);
      step(controlled, StepKind.RISK_CONTROL, "责令停止销售并召回");
      if (story == Story.RISK_CONTROLLED) {
        return;
      }
      LocalDate investigated = calendar.addWorkingDays(controlled, 8);
      step(investigated, StepKind.INVESTIGATION, "进货查验记录不全，供货方未提供检验合格证明");
      if (story == Story.INVESTIGATED) {
        return;
      }
      LocalDate enforced = calendar.addWorkingDays(investigated, 10);
      step(enforced, StepKind.ENFORCEMENT, "立案查处");
      if (story == Story.ENFORCED) {
        return;
      }
      LocalDate rectified = calendar.addWorkingDays(enforced, 8);
      LocalDate completed = calendar.addWorkingDays(rectified, 3);
      if (story == Story.COMPLETED_LATE) {
        rectified = later(rectified, deadline.minusDays(3));
        completed = deadline.plusDays(6);
      } else if (story == Story.EXTENDED) {
        LocalDate asked = deadline.minusDays(10);
        LocalDate newDeadline = deadline.plusDays(30);
        at(moment(asked, 9, 0), () -> extend(newDeadline));
        rectified = later(rectified, deadline.plusDays(5));
        completed = deadline.plusDays(20);
      }
      step(rectified, StepKind.RECTIFICATION, "经营者已下架问题产品并完善进货查验制度");
      if (story == Story.RECTIFIED) {
        return;
      }
      step(completed, StepKind.COMPLETED, "核查处置完毕");
    }

    private LocalDate later(LocalDate a, LocalDate b2) {
      return a.isAfter(b2) ? a : b2;
    }

    private void step(LocalDate on, StepKind kind, String note) {
      at(moment(on, 15, 0), () -> record(on, kind, note));
    }

    private void record(LocalDate on, StepKind kind, String note) {
      StepInput input =
          switch (kind) {
            case RISK_CONTROL ->
                new StepInput(
                    kind,
                    on,
                    note,
                    null,
                    null,
                    new BigDecimal("35"),
                    "千克",
                    RiskMeasure.RECALL,
                    null,
                    null,
                    null,
                    null);
            case ENFORCEMENT ->
                new StepInput(
                    kind,
                    on,
                    note,
                    "郑市监罚〔" + on.getYear() + "〕" + (100 + b.index) + "号",
                    new BigDecimal("5000"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            case REINSPECTION_REQUESTED ->
                new StepInput(
                    kind,
                    on,
                    note,
                    null,
                    null,
                    null,
                    null,
                    null,
                    RequestKind.REINSPECTION,
                    null,
                    null,
                    null);
            case LAB_DESIGNATED ->
                new StepInput(
                    kind,
                    on,
                    note,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    organizationIds.get("LAB-ZZFDC"),
                    null,
                    null);
            case REINSPECTION_OUTCOME ->
                new StepInput(
                    kind,
                    on,
                    note,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    ReinspectionOutcome.OVERTURNED,
                    null);
            default ->
                new StepInput(kind, on, note, null, null, null, null, null, null, null, null, null);
          };
      act(handler, () -> caseSteps.recordStep(caseId, input));
    }

    /** The handler asks for 30 more days; the other supervisor of the bureau approves. */
    private void extend(LocalDate newDeadline) {
      CaseData asked =
          act(
              handler,
              () ->
                  caseExtensions.requestExtension(
                      caseId, new ExtensionRequest("涉案产品需跨省协查，生产环节调查未完成", newDeadline)));
      if (asked == null) {
        return;
      }
      ExtensionData e =
          asked.extensions().stream()
              .filter(x -> x.state() == ExtensionState.REQUESTED)
              .findFirst()
              .orElse(null);
      if (e != null) {
        LocalDate decided = calendar.addWorkingDays(LocalDate.ofInstant(current, CHINA), 1);
        at(
            moment(decided, 10, 0),
            () ->
                act(
                    approver,
                    () ->
                        caseExtensions.decideExtension(
                            caseId, e.id(), true, new Decision("同意延期"))));
      }
    }

    /**
     * The laboratory finds a transcription error after approval: an amendment with a reason, the
     * corrected result, review and a new report version; the sample conforms, the case is
     * withdrawn.
     */
    private void amend(LocalDate on) {
      Object done =
          act(
              b.team.reviewer(),
              () -> reviews.amend(b.sampleId, new Reason("复核发现原始记录誊写错误，更正检验结果")));
      if (done == null) {
        return;
      }
      act(
          b.team.tech(),
          () -> {
            ResultSheet sheet = results.sheet(b.sampleId);
            List<ResultEntry> entries = new ArrayList<>();
            int k = 0;
            for (ItemData item : sheet.items()) {
              if (!item.dropped() && "NON_CONFORMING".equals(item.verdict())) {
                entries.add(entry(b, item, false, k++ * 3, on));
              }
            }
            results.record(b.sampleId, new ResultEntries(entries));
            return results.submit(b.sampleId);
          });
      LocalDate approved = calendar.addWorkingDays(on, 1);
      at(
          moment(approved, 10, 0),
          () ->
              act(
                  b.team.reviewer(),
                  () -> {
                    reviews.review(b.sampleId);
                    return reviews.approve(b.sampleId, new Signature(PASSWORD));
                  }));
    }
  }

  // ---------------------------------------------------------------- time and identity

  /** The moment of the step being written. */
  private Instant current;

  /** Schedules a step; a step after the moment the data is written is left undone. */
  void at(Instant when, Runnable step) {
    if (when.isBefore(until)) {
      queue.add(
          new Event(
              when,
              order++,
              () -> {
                current = when;
                step.run();
                DemoProgress.counts(written, opened, refused);
              }));
    }
  }

  /** The step as {@code actor} at the current moment; a refusal is logged and counted. */
  <T> T act(Actor actor, Supplier<T> work) {
    try {
      // the use cases of one step in one transaction (DemoSteps): committed once, nothing re-read
      return as(actor, current, () -> steps.together(work));
    } catch (LimsException | EJBException e) {
      if (++refused > 100) {
        throw new IllegalStateException("more than 100 steps refused; the last: " + e, e);
      }
      LOG.warning(
          "demo step refused ("
              + actor.username()
              + " at "
              + current
              + "): "
              + e
              + (e instanceof InvalidInputException i ? " " + i.errors() : ""));
      return null;
    }
  }

  private <T> T as(Actor actor, Instant at, Supplier<T> work) {
    return DemoClock.at(at, () -> Acting.as(actor.username(), actor.roles(), work));
  }

  private static long seconds(long from, long to) {
    return Math.round((to - from) / 1e9);
  }

  static Instant moment(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, 0)).plusMinutes(minute).atZone(CHINA).toInstant();
  }

  private List<LocalDate> workingDays(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        out.add(d);
      }
    }
    return out;
  }
}
