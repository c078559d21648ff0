package cn.foodsafety.lims.demo;

import cn.foodsafety.lims.disclosure.boundary.Publications;
import cn.foodsafety.lims.disclosure.boundary.PublishRequest;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.boundary.CollectionTasks;
import cn.foodsafety.lims.planning.boundary.PlanData;
import cn.foodsafety.lims.planning.boundary.TaskData;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.proposal.boundary.CampaignRequest;
import cn.foodsafety.lims.proposal.boundary.ChallengeData;
import cn.foodsafety.lims.proposal.boundary.ProposalData;
import cn.foodsafety.lims.proposal.boundary.ProposalForm;
import cn.foodsafety.lims.proposal.boundary.Proposals;
import cn.foodsafety.lims.proposal.boundary.VoteForm;
import cn.foodsafety.lims.proposal.entity.ProposalKind;
import cn.foodsafety.lims.rapidtest.boundary.MarketData;
import cn.foodsafety.lims.rapidtest.boundary.Markets;
import cn.foodsafety.lims.rapidtest.boundary.RapidTestData;
import cn.foodsafety.lims.rapidtest.boundary.RapidTestForm;
import cn.foodsafety.lims.rapidtest.boundary.RapidTests;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The field and public side of the demonstration year, through the same use cases as a user's
 * click: three farmers' markets with their testing points, a month of rapid tests (one positive,
 * whose confirmation task the agricultural team samples and the laboratory finds non-conforming;
 * one market that never finds anything, flagged below the floor), and "你点我检": residents propose and
 * vote (each answering the challenge, each from an address of their own), the planner turns the
 * most voted proposal into a special campaign and declines another, the team samples the campaign
 * and the supervisor publishes the result, which then stands against the proposal. Deterministic:
 * fixed names, days counted back from the last working day, no randomness.
 */
@Dependent
public class DemoPublic {

  private static final Logger LOG = Logger.getLogger(DemoPublic.class.getName());
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  static final DemoYear.Actor SUPERVISOR = new DemoYear.Actor("supervisor", Set.of("SUPERVISOR"));

  /** Residents act without an account: the public use cases need no role. */
  static final DemoYear.Actor RESIDENT = new DemoYear.Actor("anonymous", Set.of());

  /** A market of the demo: code, name, address, the county-level unit's code. */
  record Stand(String code, String name, String address, String unitCode) {}

  static final List<Stand> MARKETS =
      List.of(
          new Stand("ZZ-JS-FC", "金水区丰产路农贸市场", "郑州市金水区丰产路12号", "410105"),
          new Stand("ZZ-ZY-JS", "中原区建设路农贸市场", "郑州市中原区建设西路88号", "410102"),
          new Stand("ZZ-EQ-DX", "二七区大学路农贸市场", "郑州市二七区大学中路21号", "410103"));

  /** What the testers test: food, its category code, the kit. */
  record Check(String food, String categoryCode, String kit) {}

  static final List<Check> CHECKS =
      List.of(
          new Check("韭菜", "33010101", "KJ-OP"),
          new Check("芹菜", "33010201", "KJ-OP"),
          new Check("豇豆", "33010301", "KJ-OP"),
          new Check("猪肉", "33030101", "KJ-CLB"));

  static final String[] OPERATORS = {"王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊"};

  static final String[] SUBJECTS = {"小区门口早餐店的油条", "夜市的小龙虾", "学校周边的辣条", "菜市场的芹菜"};

  @Inject Markets markets;

  @Inject RapidTests rapidTests;

  @Inject Proposals proposals;

  @Inject CollectionTasks tasks;

  @Inject Publications publications;

  private DemoYear year;
  private PlanData plan;

  /** Schedules the markets, rapid tests and proposals over the last working days written. */
  void schedule(DemoYear year, PlanData plan, List<LocalDate> days) {
    this.year = year;
    this.plan = plan;
    int n = days.size();
    if (n < 30) {
      LOG.info("demo: fewer than 30 working days this year, no markets and proposals yet");
      return;
    }
    LocalDate opened = days.get(n - 25);
    List<Long> marketIds = new ArrayList<>();
    year.at(DemoYear.moment(opened, 8, 30), () -> createMarkets(marketIds));
    for (int d = n - 24; d < n; d++) {
      LocalDate day = days.get(d);
      boolean positiveDay = d == n - 24;
      // recorded at noon, tested in the morning (a test is never recorded before it is done)
      year.at(DemoYear.moment(day, 12, 30), () -> testDay(marketIds, day, positiveDay));
    }
    List<Long> proposalIds = new ArrayList<>();
    year.at(DemoYear.moment(days.get(n - 23), 19, 0), () -> propose(proposalIds));
    for (int d = 0; d < 3; d++) {
      int round = d;
      year.at(DemoYear.moment(days.get(n - 22 + d), 20, 0), () -> vote(proposalIds, round));
    }
    LocalDate review = days.get(n - 18);
    year.at(DemoYear.moment(review, 10, 0), () -> review(proposalIds, review, days.get(n - 16)));
  }

  private void createMarkets(List<Long> ids) {
    for (Stand s : MARKETS) {
      PlanData.UnitData unit = unit(s.unitCode());
      MarketData m =
          year.act(
              SUPERVISOR,
              () ->
                  markets.create(
                      new MarketData(
                          null,
                          s.code(),
                          s.name(),
                          s.address(),
                          unit.regionId(),
                          null,
                          year.organizationIds.get(DemoYear.AGRICULTURAL.code()),
                          null,
                          true,
                          List.of(
                              new MarketData.Point(null, "一号快检室"),
                              new MarketData.Point(null, "流动快检车")),
                          null)));
      if (m != null) {
        ids.add(m.id());
      }
    }
  }

  /**
   * Each market's tests of a morning, four an hour apart; on the first day the first market finds
   * organophosphates on celery: the batch is held and the confirmation task goes to the team.
   */
  private void testDay(List<Long> marketIds, LocalDate day, boolean positiveDay) {
    for (int m = 0; m < marketIds.size(); m++) {
      long marketId = marketIds.get(m);
      MarketData market = year.act(SUPERVISOR, () -> markets.get(marketId));
      if (market == null) {
        continue;
      }
      int mi = m;
      for (int k = 0; k < 4; k++) {
        int ki = k;
        Check c = CHECKS.get((m + k + day.getDayOfMonth()) % CHECKS.size());
        boolean positive = positiveDay && m == 0 && k == 1;
        Check check = positive ? CHECKS.get(1) : c;
        int stall = (k * 7 + m * 3 + day.getDayOfMonth()) % 40 + 1;
        String testedAt = ISO.format(DemoYear.moment(day, 8 + k, 10).atZone(DemoYear.CHINA));
        RapidTestData t =
            year.act(
                DemoYear.AGRICULTURAL.sampler1(),
                () ->
                    rapidTests.record(
                        new RapidTestForm(
                            marketId,
                            market.points().get(ki % 2).id(),
                            "ABCD".charAt(ki) + "区" + stall + "号",
                            OPERATORS[stall % OPERATORS.length],
                            check.food(),
                            year.categoryIds.get(check.categoryCode()),
                            check.kit(),
                            positive ? RapidResult.POSITIVE : RapidResult.NEGATIVE,
                            mi == 0 ? "李快检" : mi == 1 ? "王快检" : "张快检",
                            testedAt,
                            null)));
        if (t != null && t.confirmationTaskId() != null) {
          confirm(t, market, day);
        }
      }
    }
  }

  /** The team samples the confirmation task the next working day: the laboratory confirms. */
  private void confirm(RapidTestData t, MarketData market, LocalDate positiveDay) {
    LocalDate day = year.calendar.addWorkingDays(positiveDay, 1);
    DemoYear.Batch b =
        year
        .new Batch(
            9_000,
            day,
            unit(market.regionId()),
            SamplingLevel.COUNTY,
            DemoYear.AGRICULTURAL,
            DemoYear.AGRICULTURAL_FOODS.get(0),
            true,
            false,
            4);
    b.taskId = t.confirmationTaskId();
    year.at(b.sampledAt().plusSeconds(40 * 60), () -> year.collect(b));
  }

  /** Four residents, each from an address of their own, propose a food to test. */
  private void propose(List<Long> ids) {
    for (int i = 0; i < SUBJECTS.length; i++) {
      String subject = SUBJECTS[i];
      String address = "192.0.2." + (10 + i);
      ProposalData p =
          year.act(
              RESIDENT,
              () -> {
                ChallengeData c = proposals.challenge();
                return proposals.propose(
                    new ProposalForm(
                        ProposalKind.FOOD,
                        subject,
                        where(subject).place(),
                        where(subject).reason(),
                        c.token(),
                        answer(c)),
                    address);
              });
      if (p != null) {
        ids.add(p.id());
      }
    }
  }

  private record Where(String place, String reason) {}

  private static Where where(String subject) {
    return switch (subject) {
      case "小区门口早餐店的油条" -> new Where("金水区丰产路", "担心铝含量超标");
      case "夜市的小龙虾" -> new Where("二七区大学路夜市", "担心重金属和兽药残留");
      case "学校周边的辣条" -> new Where("中原区建设路小学附近", "孩子常买，担心添加剂");
      default -> new Where("金水区丰产路农贸市场", "听说农药残留超标");
    };
  }

  /**
   * Residents vote on three evenings, each from an address of their own; the fourth proposal (the
   * celery) gets the most votes.
   */
  private void vote(List<Long> ids, int round) {
    int[] votes = {3, 1, 2, 5};
    for (int p = 0; p < ids.size(); p++) {
      long id = ids.get(p);
      for (int v = 0; v < votes[p]; v++) {
        String address = "198.51.100." + (round * 40 + v + 1);
        year.act(
            RESIDENT,
            () -> {
              ChallengeData c = proposals.challenge();
              return proposals.vote(id, new VoteForm(c.token(), answer(c)), address);
            });
      }
    }
  }

  /**
   * The planner turns the most voted proposal into a special campaign (two batches of vegetables in
   * 金水区), declines the crayfish (already in the plan's aquatic products), gives the campaign's task
   * to the agricultural team, which samples it; once approved, the supervisor publishes it.
   */
  private void review(List<Long> ids, LocalDate on, LocalDate sampled) {
    if (ids.size() < SUBJECTS.length) {
      return;
    }
    PlanData.UnitData jinshui = unit("410105");
    long vegetables = year.categoryIds.get("3301");
    List<ProposalData> accepted =
        year.act(
            DemoYear.PLANNER,
            () ->
                proposals.accept(
                    new CampaignRequest(
                        plan.id(),
                        plan.year() + "年“你点我检”专项抽检（第一期）",
                        on,
                        LocalDate.of(plan.year(), 12, 31),
                        List.of(
                            new CampaignRequest.Item(
                                ids.get(3), jinshui.regionId(), vegetables, 2)))));
    year.act(DemoYear.PLANNER, () -> proposals.decline(ids.get(1), "水产品已列入本年度计划的专项抽检，结果将一并公布"));
    if (accepted == null || accepted.isEmpty()) {
      return;
    }
    TaskData task =
        year.act(
            DemoYear.PLANNER,
            () ->
                tasks.create(
                    new TaskData(
                        null,
                        plan.id(),
                        null,
                        null,
                        accepted.get(0).campaignId(),
                        jinshui.regionId(),
                        null,
                        SamplingLevel.MUNICIPAL,
                        Department.MARKET_REGULATION,
                        vegetables,
                        null,
                        null,
                        year.organizationIds.get(DemoYear.AGRICULTURAL.code()),
                        null,
                        2,
                        null,
                        LocalDate.of(plan.year(), 12, 25),
                        null,
                        "你点我检：" + SUBJECTS[3],
                        null,
                        null,
                        null,
                        null)));
    if (task == null) {
      return;
    }
    DemoYear.Batch b =
        year
        .new Batch(
            9_001,
            sampled,
            jinshui,
            SamplingLevel.MUNICIPAL,
            DemoYear.AGRICULTURAL,
            DemoYear.AGRICULTURAL_FOODS.get(0),
            false,
            false,
            3);
    b.taskId = task.id();
    b.afterApproval =
        approvedOn -> {
          LocalDate published = year.calendar.addWorkingDays(approvedOn, 1);
          year.at(
              DemoYear.moment(published, 15, 0),
              () ->
                  year.act(
                      SUPERVISOR,
                      () -> publications.publish(new PublishRequest(List.of(b.sampleId)))));
        };
    year.at(b.sampledAt().plusSeconds(40 * 60), () -> year.collect(b));
  }

  /** The answer to a challenge's small sum ("3 + 4 = ?"), as a resident would give it. */
  static String answer(ChallengeData c) {
    String[] parts = c.question().replace("= ?", "").split("\\+");
    return String.valueOf(Integer.parseInt(parts[0].strip()) + Integer.parseInt(parts[1].strip()));
  }

  private PlanData.UnitData unit(String code) {
    return plan.units().stream()
        .filter(u -> code.equals(u.code()))
        .findFirst()
        .orElse(plan.units().get(0));
  }

  private PlanData.UnitData unit(long regionId) {
    return plan.units().stream()
        .filter(u -> u.regionId() == regionId)
        .findFirst()
        .orElse(plan.units().get(0));
  }
}
