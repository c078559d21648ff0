package cn.foodsafety.lims.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.platform.control.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbook's sheets of producer investigations, assistance requests and serious hazards,
 * written from hand-made rows (H2 in memory, the columns the sheets read) and read back with POI:
 * each task with its state, deadline and on-time verdict on the as-of date, each assistance
 * request, and the serious-hazard figure with the batches behind it, in Chinese and in English.
 */
class ResponsibilitySheetsTest {

  /** The first half of 2026, counted on 30 June. */
  private static final Period HALF =
      new Period(
          LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 30), "2026");

  private static final Reference REF =
      new Reference(
          Map.of(
              1L, new Reference.Node(1, "410102", "中原区", "Zhongyuan", null, 0),
              2L, new Reference.Node(2, "410105", "金水区", "Jinshui", null, 0)),
          Map.of(),
          Map.of());

  private Connection c;

  @BeforeEach
  void rows() throws SQLException {
    c = DriverManager.getConnection("jdbc:h2:mem:sheets" + System.nanoTime());
    exec(
        "CREATE TABLE sample (id BIGINT PRIMARY KEY, sample_number VARCHAR(40), food_name"
            + " VARCHAR(100), party_name VARCHAR(100), sampled_on DATE, state VARCHAR(20),"
            + " region_id BIGINT, sampling_level VARCHAR(30), department VARCHAR(30),"
            + " sampling_kind VARCHAR(30), category_id BIGINT, lab_id BIGINT)",
        "CREATE TABLE analysis (id BIGINT PRIMARY KEY, sample_id BIGINT, first_approved_at"
            + " TIMESTAMP WITH TIME ZONE, conclusion_reported_at TIMESTAMP WITH TIME ZONE,"
            + " conclusion VARCHAR(20), serious_hazard BOOLEAN)",
        "CREATE TABLE organization (id BIGINT PRIMARY KEY, name VARCHAR(100), name_en"
            + " VARCHAR(100))",
        "CREATE TABLE disposal_case (id BIGINT PRIMARY KEY, case_number VARCHAR(60), sample_id"
            + " BIGINT, responsible_org_id BIGINT, received_on DATE)",
        "CREATE TABLE producer_investigation (id BIGINT PRIMARY KEY, task_number VARCHAR(60),"
            + " case_id BIGINT, regulator_id BIGINT, region_id BIGINT, producer_name"
            + " VARCHAR(200), state VARCHAR(20), opened_on DATE, deadline DATE, closed_on DATE)",
        "CREATE TABLE case_responsibility (case_id BIGINT PRIMARY KEY, producer_route"
            + " VARCHAR(20), producer_name VARCHAR(200), assistance_to VARCHAR(200),"
            + " assistance_sent_on DATE, assistance_answered_on DATE)",
        "INSERT INTO organization VALUES (10, '金水区市场监督管理局', 'Jinshui AMR'),"
            + " (11, '中原区市场监督管理局', 'Zhongyuan AMR')");
    // closed on time, closed late, open past its deadline, open not yet due
    failing(1, "2026-03-02", false, "2026-03-10T10:00:00+08:00", "2026-03-10T12:00:00+08:00");
    task(1, "CLOSED", "2026-03-11", "2026-04-22", "2026-04-20");
    failing(2, "2026-03-03", false, "2026-03-10T10:00:00+08:00", "2026-03-10T12:00:00+08:00");
    task(2, "CLOSED", "2026-03-11", "2026-04-22", "2026-04-23");
    failing(3, "2026-04-01", false, "2026-04-08T10:00:00+08:00", "2026-04-08T12:00:00+08:00");
    task(3, "INVESTIGATED", "2026-04-09", "2026-05-25", null);
    failing(4, "2026-06-01", false, "2026-06-08T10:00:00+08:00", "2026-06-08T12:00:00+08:00");
    task(4, "RECEIVED", "2026-06-09", "2026-07-21", null);
    // a producer elsewhere: assistance requested and answered; another not yet sent
    failing(5, "2026-05-04", false, "2026-05-11T10:00:00+08:00", "2026-05-11T12:00:00+08:00");
    exec(
        "INSERT INTO case_responsibility VALUES (105, 'ASSISTANCE', '信阳某食品厂',"
            + " '信阳市市场监督管理局', DATE '2026-05-13', DATE '2026-05-29')");
    failing(6, "2026-05-05", false, "2026-05-11T10:00:00+08:00", "2026-05-11T12:00:00+08:00");
    exec(
        "INSERT INTO case_responsibility VALUES (106, 'ASSISTANCE', '外省某食品厂', NULL, NULL,"
            + " NULL)");
    // serious hazards: reported within 24 hours, after 30 hours, and never
    failing(7, "2026-05-06", true, "2026-05-12T09:00:00+08:00", "2026-05-13T08:30:00+08:00");
    failing(8, "2026-05-07", true, "2026-05-12T09:00:00+08:00", "2026-05-13T15:00:00+08:00");
    failing(9, "2026-05-08", true, "2026-05-12T09:00:00+08:00", null);
    // sampled in the year before: not in the period
    failing(10, "2025-12-20", false, "2026-01-05T10:00:00+08:00", "2026-01-05T12:00:00+08:00");
    task(10, "OPEN", "2026-01-06", "2026-02-15", null);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private void failing(long n, String sampledOn, boolean hazard, String approved, String reported)
      throws SQLException {
    exec(
        "INSERT INTO sample VALUES ("
            + n
            + ", 'S"
            + n
            + "', '食品"
            + n
            + "', '经营者"
            + n
            + "', DATE '"
            + sampledOn
            + "', 'RECEIVED', 2, 'MUNICIPAL', 'MARKET', 'SUPERVISORY', 1, 1)",
        "INSERT INTO analysis VALUES ("
            + n
            + ", "
            + n
            + ", TIMESTAMP WITH TIME ZONE '"
            + approved.replace('T', ' ')
            + "', "
            + (reported == null
                ? "NULL"
                : "TIMESTAMP WITH TIME ZONE '" + reported.replace('T', ' ') + "'")
            + ", 'NON_CONFORMING', "
            + hazard
            + ")",
        "INSERT INTO disposal_case VALUES ("
            + (100 + n)
            + ", 'HC"
            + n
            + "', "
            + n
            + ", 10, DATE '"
            + approved.substring(0, 10)
            + "')");
  }

  private void task(long n, String state, String opened, String deadline, String closed)
      throws SQLException {
    exec(
        "INSERT INTO producer_investigation VALUES ("
            + n
            + ", 'XC-S"
            + n
            + "', "
            + (100 + n)
            + ", 11, 1, '生产者"
            + n
            + "', '"
            + state
            + "', DATE '"
            + opened
            + "', DATE '"
            + deadline
            + "', "
            + (closed == null ? "NULL" : "DATE '" + closed + "'")
            + ")",
        "INSERT INTO case_responsibility VALUES ("
            + (100 + n)
            + ", 'INVESTIGATION', '生产者"
            + n
            + "', NULL, NULL, NULL)");
  }

  private void exec(String... sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String x : sql) {
        s.execute(x);
      }
    }
  }

  private XSSFWorkbook written(Locale locale) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      new ResponsibilitySheets(24)
          .addSheets(wb, c, HALF, new Scope(null, null, null, null, null), REF, Set.of(), locale);
      wb.write(out);
    }
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<List<String>> rows(Sheet s, int from) {
    DataFormatter f = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (int r = from; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      List<String> cells = new ArrayList<>();
      if (row == null) {
        rows.add(cells);
        continue;
      }
      for (int i = 0; i < row.getLastCellNum(); i++) {
        cells.add(row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i)));
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void eachTaskHasItsStateDeadlineAndOnTimeVerdictAndEachAssistanceRequestFollows()
      throws Exception {
    try (XSSFWorkbook wb = written(Messages.CHINESE)) {
      Sheet s = wb.getSheet("生产环节核查与协查");
      assertThat(s).isNotNull();
      assertThat(rows(s, 0).get(0)).startsWith("序号", "类型", "核查任务编号", "核查处置编号", "样品编号");
      List<List<String>> rows = rows(s, 1);
      assertThat(rows).hasSize(6);
      assertThat(rows)
          .extracting(r -> r.get(2) + "|" + r.get(12) + "|" + r.get(14))
          .containsExactly(
              "XC-S1|已办结|是",
              "XC-S2|已办结|否",
              "XC-S3|已核查|否（已超期）",
              "XC-S4|已接收|未到期",
              "|已回复|-",
              "|未发函|-");
      assertThat(rows.get(0))
          .contains("生产环节核查任务", "HC1", "S1", "生产者1", "中原区", "中原区市场监督管理局", "金水区市场监督管理局");
      assertThat(rows.get(4)).contains("跨地区协查函", "HC5", "信阳某食品厂", "信阳市市场监督管理局");
      assertThat(rows)
          .as("a task of a sample taken in the year before is not in the period")
          .noneMatch(r -> r.contains("XC-S10"));
    }
  }

  @Test
  void theSeriousHazardFigureHasTheBatchesBehindIt() throws Exception {
    try (XSSFWorkbook wb = written(Messages.CHINESE)) {
      Sheet s = wb.getSheet("严重危害项目不合格");
      List<List<String>> all = rows(s, 0);
      assertThat(all.get(0)).containsExactly("严重危害项目不合格（批次）", "3");
      assertThat(all.get(1)).containsExactly("其中24小时内报告（批次）", "1");
      assertThat(all.get(2).get(1)).isEqualTo("33.3%");
      List<List<String>> batches = rows(s, 5);
      assertThat(batches)
          .extracting(r -> r.get(1) + "|" + r.get(7) + "|" + r.get(8))
          .containsExactly("S7|23|是", "S8|30|否", "S9|-|未报告");
      assertThat(batches.get(0)).contains("金水区", "2026-05-12 09:00", "2026-05-13 08:30");
    }
  }

  @Test
  void theEnglishWorkbookHasTheSameRowsInEnglish() throws Exception {
    try (XSSFWorkbook wb = written(Locale.ENGLISH)) {
      List<List<String>> tasks = rows(wb.getSheet("Producer investigations"), 1);
      assertThat(tasks.get(2))
          .contains("Producer investigation task", "Zhongyuan", "Zhongyuan AMR");
      assertThat(tasks.get(2).get(14)).isEqualTo("No (overdue)");
      assertThat(tasks.get(5)).contains("Cross-region assistance request", "Not sent");
      List<List<String>> hazards = rows(wb.getSheet("Serious hazards"), 0);
      assertThat(hazards.get(1))
          .containsExactly("Of which reported within 24 hours (batches)", "1");
    }
  }
}
