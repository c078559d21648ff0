package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueUsername;
import static cn.foodsafety.lims.it.SampleFlows.CELERY;
import static cn.foodsafety.lims.it.SampleFlows.CHINA;
import static cn.foodsafety.lims.it.SampleFlows.JINSHUI;
import static cn.foodsafety.lims.it.SampleFlows.LAB_ZZAQ;
import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.client.ApiClient;
import cn.foodsafety.lims.client.ApiException;
import cn.foodsafety.lims.client.api.DisclosureApi;
import cn.foodsafety.lims.client.api.DisposalApi;
import cn.foodsafety.lims.client.api.MasterdataApi;
import cn.foodsafety.lims.client.api.PlanningApi;
import cn.foodsafety.lims.client.api.PlatformApi;
import cn.foodsafety.lims.client.api.ResultsApi;
import cn.foodsafety.lims.client.api.SamplingApi;
import cn.foodsafety.lims.client.api.SecurityApi;
import cn.foodsafety.lims.client.api.StatisticsApi;
import cn.foodsafety.lims.client.model.Assignment;
import cn.foodsafety.lims.client.model.CaseData;
import cn.foodsafety.lims.client.model.CaseState;
import cn.foodsafety.lims.client.model.Department;
import cn.foodsafety.lims.client.model.FiguresReport;
import cn.foodsafety.lims.client.model.ItemData;
import cn.foodsafety.lims.client.model.OrganizationData;
import cn.foodsafety.lims.client.model.OrganizationKind;
import cn.foodsafety.lims.client.model.PartyKind;
import cn.foodsafety.lims.client.model.PlanApproval;
import cn.foodsafety.lims.client.model.PlanData;
import cn.foodsafety.lims.client.model.PlanState;
import cn.foodsafety.lims.client.model.Problem;
import cn.foodsafety.lims.client.model.PublicResultPage;
import cn.foodsafety.lims.client.model.PublishRequest;
import cn.foodsafety.lims.client.model.Receipt;
import cn.foodsafety.lims.client.model.ReceiptCondition;
import cn.foodsafety.lims.client.model.RegionData;
import cn.foodsafety.lims.client.model.RegionKind;
import cn.foodsafety.lims.client.model.ReportData;
import cn.foodsafety.lims.client.model.ResultEntries;
import cn.foodsafety.lims.client.model.ResultEntry;
import cn.foodsafety.lims.client.model.ResultSheet;
import cn.foodsafety.lims.client.model.Role;
import cn.foodsafety.lims.client.model.SampleData;
import cn.foodsafety.lims.client.model.SampleForm;
import cn.foodsafety.lims.client.model.SampleState;
import cn.foodsafety.lims.client.model.SamplingLevel;
import cn.foodsafety.lims.client.model.Shipment;
import cn.foodsafety.lims.client.model.Signature;
import cn.foodsafety.lims.client.model.StepInput;
import cn.foodsafety.lims.client.model.StepKind;
import cn.foodsafety.lims.client.model.StorageCondition;
import cn.foodsafety.lims.client.model.UnitType;
import cn.foodsafety.lims.client.model.UserData;
import cn.foodsafety.lims.client.model.Verdict;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The main flows of every component through the Java client generated from the committed OpenAPI
 * document (lims-client): master data, a planner's plan, a sampler's form, the lab's results and
 * e-signed approval, the follow-up case it opens, the figures, publication and the anonymous feed.
 * Any gap in the document (a missing field, operation, parameter or media type) breaks these tests
 * at compile time or when the strict client reads an answer.
 */
class GeneratedClientIT {

  private static final long HENAN = 1;
  private static final String PASSWORD = "Client2024x";

  @Test
  void masterDataAndUsersThroughTheClient() throws ApiException {
    MasterdataApi admin = new MasterdataApi(ApiClients.as("admin"));
    String code = uniqueCode();
    RegionData city =
        admin.createRegion(
            new RegionData()
                .code(code)
                .name("客户端市" + code)
                .kind(RegionKind.CITY)
                .parentId(HENAN)
                .residents(20_000L)
                .residentsBasis("集成测试数据")
                .residentsYear(2020));
    assertThat(city.getId()).isPositive();
    assertThat(city.getParentName()).isEqualTo("河南省");
    assertThat(admin.getRegion(city.getId()).getName()).isEqualTo("客户端市" + code);
    var page = admin.listRegions(0, 2, "code", null, null);
    assertThat(page.getItems()).hasSize(2);
    assertThat(page.getSize()).isEqualTo(2);
    assertThat(page.getItems().get(0).getCode()).isEqualTo("410000");
    // searched by its code (no other region has it): exactly the city just created
    var found = admin.listRegions(0, 2, "code", code, null);
    assertThat(found.getTotal()).isEqualTo(1);
    assertThat(found.getItems().get(0).getId()).isEqualTo(city.getId());

    // National Day 2025: 1-8 October off, so 2 working days after 30 September is 10 October
    var answer = admin.computeWorkingDays(LocalDate.of(2025, 9, 30), 2, null);
    assertThat(answer.getDueDate()).isEqualTo(LocalDate.of(2025, 10, 10));

    // a refusal is a problem detail naming the field, in the caller's language
    ApiClient client = ApiClients.as("admin");
    ApiException refused =
        (ApiException)
            catchThrown(() -> new MasterdataApi(client).createRegion(new RegionData().code(code)));
    assertThat(refused.getCode()).isEqualTo(400);
    Problem problem = ApiClients.problem(client, refused);
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getErrors()).extracting(e -> e.getField()).contains("name", "kind");

    UserData me = new SecurityApi(ApiClients.as("planner")).getCurrentUser();
    assertThat(me.getUsername()).isEqualTo("planner");
    assertThat(me.getRoles()).contains(Role.PLANNER);
    assertThat(new PlatformApi(ApiClients.anonymous()).getHealth().getStatus()).isEqualTo("UP");
  }

  @Test
  void aPlannerPlansTheYearThroughTheClient() throws ApiException, IOException {
    MasterdataApi admin = new MasterdataApi(ApiClients.as("admin"));
    String code = uniqueCode();
    long city = region(admin, code, "规划客户端市" + code, RegionKind.CITY, HENAN, 13_001);
    region(admin, uniqueCode(), "甲区" + code, RegionKind.COUNTY, city, 10_000);
    region(admin, uniqueCode(), "乙区" + code, RegionKind.COUNTY, city, 3_001);
    OrganizationData bureau =
        admin.createOrganization(
            new OrganizationData()
                .code("C-" + code)
                .name("规划客户端市" + code + "市场监督管理局")
                .kind(OrganizationKind.REGULATOR)
                .department(Department.MARKET_REGULATION)
                .regionId(city));
    String planner = uniqueUsername("planner");
    new cn.foodsafety.lims.client.api.SecurityApi(ApiClients.as("admin"))
        .createUser(
            new UserData()
                .username(planner)
                .displayName("测试 " + planner)
                .password(PASSWORD)
                .organizationId(bureau.getId())
                .roles(Set.of(Role.PLANNER))
                .locale("zh-CN"));

    PlanningApi planning = new PlanningApi(ApiClients.signedIn(planner, PASSWORD));
    int year = LocalDate.now(CHINA).getYear() + 2;
    PlanData plan = planning.createPlan(new PlanData().cityId(city).year(year));
    assertThat(plan.getState()).isEqualTo(PlanState.DRAFT);
    assertThat(plan.getCityQuota()).isEqualTo(92);
    assertThat(plan.getUnits()).extracting(u -> u.getQuota()).containsExactly(70, 22);
    assertThat(planning.listPlanCells(plan.getId(), 0, 500, null, null, null).getItems())
        .extracting(c -> c.getBatches())
        .isNotEmpty();
    assertThat(planning.listBrokenTotals(plan.getId())).isEmpty();
    File workbook = planning.exportPlanWorkbook(plan.getId());
    assertThat(Files.readAllBytes(workbook.toPath())).startsWith('P', 'K');
    // the same workbook back as a form upload: nothing changes
    PlanData reimported = planning.importPlanWorkbook(plan.getId(), workbook);
    assertThat(reimported.getPlannedBatches()).isEqualTo(92);
    assertThat(reimported.getBrokenTotals()).isZero();
    plan = planning.getPlan(plan.getId());

    PlanData approved =
        planning.approvePlan(plan.getId(), new PlanApproval().version(plan.getVersion()));
    assertThat(approved.getState()).isEqualTo(PlanState.APPROVED);
    assertThat(planning.getPlanProgress(plan.getId(), "unit"))
        .extracting(r -> r.getPlanned())
        .containsExactly(70, 22, 92);
  }

  @Test
  void aSampleGoesFromTheFormToTheLabThroughTheClient() throws ApiException, IOException {
    SampleData sample = receivedCelery("客户端芹菜");
    assertThat(sample.getState()).isEqualTo(SampleState.RECEIVED);
    assertThat(sample.getSampleNumber()).matches("410105-\\d{4}-M-\\d{6}");
    assertThat(sample.getLabId()).isEqualTo(LAB_ZZAQ);
    SamplingApi sampling = new SamplingApi(ApiClients.as("sampler"));
    assertThat(sampling.getSample(sample.getId()).getFoodName()).isEqualTo(sample.getFoodName());
    assertThat(Files.readAllBytes(sampling.getSampleFormPdf(sample.getId()).toPath()))
        .startsWith('%', 'P', 'D', 'F');
    assertThat(sampling.listSamples(0, 1, "-sampledAt", sample.getSampleNumber(), null).getTotal())
        .isEqualTo(1);
  }

  @Test
  void theLabRecordsReviewsAndApprovesThroughTheClient() throws ApiException, IOException {
    long id = approvedCelery("客户端检验", "0.13");
    ResultsApi lab = new ResultsApi(ApiClients.as("labtech"));
    ResultSheet sheet = lab.getResults(id);
    assertThat(sheet.getState()).isEqualTo("APPROVED");
    assertThat(sheet.getConclusion()).isEqualTo("NON_CONFORMING");
    ItemData chlorpyrifos =
        sheet.getItems().stream()
            .filter(i -> "毒死蜱".equals(i.getAnalyte()))
            .findFirst()
            .orElseThrow();
    assertThat(chlorpyrifos.getValue()).isEqualByComparingTo("0.13");
    assertThat(chlorpyrifos.getVerdict()).isEqualTo("NON_CONFORMING");
    List<ReportData> reports = lab.listReports(id);
    assertThat(reports).singleElement().satisfies(r -> assertThat(r.getVersion()).isEqualTo(1));
    byte[] pdf = Files.readAllBytes(lab.getReportPdf(id, 1).toPath());
    assertThat(pdf).startsWith('%', 'P', 'D', 'F');
    assertThat(lab.getSampleHistory(id)).isNotEmpty();
  }

  @Test
  void theRegulatorStepsTheCaseThroughTheClient() throws ApiException {
    long id = approvedCelery("客户端核查", "0.13");
    DisposalApi jinshui = new DisposalApi(ApiClients.as("jinshui"));
    CaseData opened = jinshui.getCaseOfSample(id);
    assertThat(opened.getState()).isEqualTo(CaseState.OPEN);
    assertThat(opened.getResponsibleName()).isEqualTo("金水区市场监督管理局");
    assertThat(opened.getNextSteps()).containsExactly(StepKind.ACCEPTED);
    CaseData accepted =
        jinshui.recordCaseStep(
            opened.getId(), new StepInput().kind(StepKind.ACCEPTED).date(LocalDate.now(CHINA)));
    assertThat(accepted.getState()).isEqualTo(CaseState.ACCEPTED);
    assertThat(accepted.getSteps()).extracting(s -> s.getKind()).containsExactly(StepKind.ACCEPTED);
    assertThat(jinshui.listCases(0, 50, null, null, null).getItems())
        .extracting(c -> c.getId())
        .contains(opened.getId());
  }

  @Test
  void theFiguresAndTheListsBehindThemThroughTheClient() throws ApiException {
    StatisticsApi stats = new StatisticsApi(ApiClients.as("supervisor"));
    int year = LocalDate.now(CHINA).getYear();
    var before =
        stats
            .getFigures(
                null, null, null, null, "SUPERVISORY", null, null, null, null, null, null, year)
            .getPassRates()
            .getOverall();
    approvedCelery("客户端统计", "0.13");
    FiguresReport figures =
        stats.getFigures(
            null, null, null, null, "SUPERVISORY", null, null, null, null, null, null, year);
    var overall = figures.getPassRates().getOverall();
    // the city's figures move by this test's one non-conforming batch
    assertThat(overall.getJudged()).isEqualTo(before.getJudged() + 1);
    assertThat(overall.getNonConforming()).isEqualTo(before.getNonConforming() + 1);
    assertThat(overall.getPassRate().getTarget()).isEqualByComparingTo("98");
    var judged =
        // the query parameters in the document's order, by name: asOf, categoryId, department,
        // from, kind, labId, level, month, page, quarter, regionId, size, to, year
        stats.listFigureSamples(
            "judged",
            null,
            null,
            null,
            null,
            "SUPERVISORY",
            null,
            null,
            null,
            0,
            null,
            null,
            1,
            null,
            year);
    assertThat(judged.getTotal()).isEqualTo(overall.getJudged());
    assertThat(judged.getItems()).hasSize(1);
  }

  @Test
  void aPublishedResultReachesTheAnonymousFeedThroughTheClient() throws ApiException {
    long id = approvedCelery("客户端公开", "0.13");
    DisclosureApi jinshui = new DisclosureApi(ApiClients.as("jinshui"));
    var published = jinshui.publishResults(new PublishRequest().sampleIds(List.of(id)));
    assertThat(published).singleElement().satisfies(r -> assertThat(r.getPublished()).isTrue());
    String food = published.get(0).getFoodName();
    PublicResultPage feed =
        new DisclosureApi(ApiClients.anonymous()).listPublicResults(0, 10, null, food, null);
    assertThat(feed.getTotal()).isEqualTo(1);
    assertThat(feed.getItems().get(0).getVerdict()).isEqualTo(Verdict.NON_CONFORMING);
    assertThat(
            new DisclosureApi(ApiClients.anonymous())
                .getPublicResult(feed.getItems().get(0).getPublicId())
                .getProduct())
        .isEqualTo(food);
  }

  // ---- the flow a sample takes, through the client

  private static long region(
      MasterdataApi admin, String code, String name, RegionKind kind, long parent, long residents)
      throws ApiException {
    return admin
        .createRegion(
            new RegionData()
                .code(code)
                .name(name)
                .kind(kind)
                .unitType(kind == RegionKind.COUNTY ? UnitType.DISTRICT : null)
                .parentId(parent)
                .residents(residents)
                .residentsBasis("集成测试数据")
                .residentsYear(2020))
        .getId();
  }

  /** A celery sample of TEAM-HNFDI-1, assigned to LAB-ZZAQ, shipped and received. */
  static SampleData receivedCelery(String food) throws ApiException {
    SamplingApi sampler = new SamplingApi(ApiClients.as("sampler"));
    String foodName = food + "-" + uniqueCode();
    SampleData created =
        sampler.createSample(
            new SampleForm()
                .level(SamplingLevel.MUNICIPAL)
                .regionId(JINSHUI)
                .foodName(foodName)
                .categoryId(CELERY)
                .quantity(new BigDecimal("2.50"))
                .quantityUnit("千克")
                .backupQuantity(new BigDecimal("1.0"))
                .storageCondition(StorageCondition.CHILLED)
                .partyName(foodName + " 摊位")
                .partyKind(PartyKind.FARMERS_MARKET)
                .partyAddress("郑州市金水区花园路1号")
                .partyLicence("92410105MA0000000X")
                .partyContact("张三")
                .partyPhone("13800000000")
                .producerName(foodName + " 基地")
                .producerAddress("中牟县")
                .placeAddress("郑州市金水区花园路1号")
                .sampledAt(minutesAgo(90))
                .productionDate(LocalDate.now(CHINA).minusDays(2))
                .sampler1Id(SampleFlows.userId("sampler"))
                .sampler2Id(SampleFlows.userId("sampler2"))
                .samplersConfirmed(true)
                .partyConfirmed(true)
                .partySignatory("张三")
                .sealNumber("F-" + uniqueCode()));
    assertThat(created.getState()).isEqualTo(SampleState.COLLECTED);
    new SamplingApi(ApiClients.as("planner"))
        .assignLab(created.getId(), new Assignment().labId(LAB_ZZAQ).reason("集成测试"));
    sampler.shipSample(
        created.getId(),
        new Shipment().shippedAt(minutesAgo(30)).method("冷链专车").temperature(new BigDecimal("4")));
    return new SamplingApi(ApiClients.as("labtech"))
        .receiveSample(
            created.getId(),
            new Receipt().receivedAt(minutesAgo(5)).condition(ReceiptCondition.ACCEPTED));
  }

  /** The same sample with results (毒死蜱 at the given value), reviewed and approved. */
  static long approvedCelery(String food, String chlorpyrifos) throws ApiException {
    long id = receivedCelery(food).getId();
    ResultsApi labtech = new ResultsApi(ApiClients.as("labtech"));
    List<ResultEntry> entries = new ArrayList<>();
    for (ItemData item : labtech.getResults(id).getItems()) {
      ResultEntry e =
          new ResultEntry()
              .itemId(item.getId())
              .unit(item.getLimitUnit())
              .method("GB 23200.113-2018")
              .testedOn(LocalDate.now(CHINA));
      entries.add(
          "毒死蜱".equals(item.getAnalyte())
              ? e.value(new BigDecimal(chlorpyrifos))
              : e.notDetected(true));
    }
    labtech.recordResults(id, new ResultEntries().results(entries));
    assertThat(labtech.submitResults(id).getState()).isEqualTo("ENTERED");
    ResultsApi reviewer = new ResultsApi(ApiClients.as("reviewer"));
    reviewer.reviewResults(id);
    ReportData report =
        reviewer.approveResults(id, new Signature().password(ApiTestSupport.DEMO_PASSWORD));
    assertThat(report.getVersion()).isEqualTo(1);
    return id;
  }

  private static OffsetDateTime minutesAgo(int minutes) {
    return OffsetDateTime.now(CHINA).minusMinutes(minutes).withNano(0);
  }

  private static Throwable catchThrown(ThrowingCall call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("the call was not refused");
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }
}
