package cn.foodsafety.lims.platform.boundary;

import cn.foodsafety.lims.disposal.boundary.DeadlineSweep;
import cn.foodsafety.lims.disposal.control.CaseClock;
import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.masterdata.control.WorkingDayCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A year of demonstration data for the embedded database of {@code ./lims run} (system property
 * {@code lims.demo.data=true}, never on PostgreSQL or in the tests): the current year's approved
 * plan for Zhengzhou (quotas at 7 per 1,000 residents), about 1,200 samples taken since 1 January
 * across the 16 units and the five levels, received by LAB-ZZAQ, most of them approved with their
 * results judged, 4% non-conforming with follow-up cases in every state (open, in progress,
 * extended, completed on time and late), some reports overdue. Written once, with plain SQL that
 * runs on H2 and PostgreSQL; then the deadline sweep runs so the alerts show at once. Marked by
 * sample numbers starting with DEMO-. Test reports (PDFs) exist only for samples approved through
 * the application.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "AccountBootstrap"})
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final long BASE = 9_000_000L;
  private static final int SAMPLES = 1200;
  private static final String[] LEVELS = {
    "NATIONAL", "PROVINCIAL", "MUNICIPAL", "MUNICIPAL", "COUNTY", "COUNTY", "ROUTINE_MONITORING"
  };
  private static final String[] PARTIES = {"超市", "农贸市场", "餐饮店", "网店", "批发市场", "食堂"};
  private static final String[] PARTY_KINDS = {
    "SUPERMARKET", "FARMERS_MARKET", "CATERING", "ONLINE", "WHOLESALE_MARKET", "CANTEEN"
  };

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject WorkingCalendars calendars;

  @Inject DeadlineSweep sweep;

  private record Item(
      long id,
      String analyte,
      String operator,
      String value,
      String upper,
      String unit,
      String standard,
      String edition,
      String comparison,
      boolean micro) {}

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    if (!Boolean.getBoolean("lims.demo.data")) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (count(c, "SELECT COUNT(*) FROM sample WHERE sample_number LIKE 'DEMO-%'") > 0) {
        return;
      }
      c.setAutoCommit(false);
      LocalDate today = LocalDate.now(ZONE);
      write(c, today);
      c.commit();
      LOG.info("demo data written: a plan and " + SAMPLES + " samples of " + today.getYear());
    } catch (SQLException e) {
      LOG.warning("demo data not written: " + e.getMessage());
      return;
    }
    sweep.daily();
  }

  private void write(Connection c, LocalDate today) throws SQLException {
    int year = today.getYear();
    WorkingDayCalendar cal = calendars.current();
    CaseClock clock = new CaseClock(cal);
    long team = count(c, "SELECT id FROM organization WHERE code = 'TEAM-HNFDI-1'");
    long lab = count(c, "SELECT id FROM organization WHERE code = 'LAB-ZZAQ'");
    long s1 = count(c, "SELECT id FROM app_user WHERE username = 'sampler'");
    long s2 = count(c, "SELECT id FROM app_user WHERE username = 'sampler2'");
    Map<Long, Long> units = new LinkedHashMap<>();
    Map<Long, Long> regulators = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT r.id, r.residents, o.id FROM region r JOIN organization o"
                    + " ON o.region_id = r.id AND o.kind = 'REGULATOR'"
                    + " AND o.department = 'MARKET_REGULATION' WHERE r.parent_id = 2 ORDER BY"
                    + " r.code")) {
      while (r.next()) {
        units.put(r.getLong(1), r.getLong(2));
        regulators.put(r.getLong(1), r.getLong(3));
      }
    }
    plan(c, year, units);

    // the foods with test items, and their items
    Map<Long, List<Item>> items = new LinkedHashMap<>();
    Map<Long, String> foods = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT fc.id, fc.name, t.id, t.analyte, t.limit_operator, t.limit_value,"
                    + " t.limit_upper, t.unit, t.limit_standard, t.standard_edition,"
                    + " t.comparison, t.microbiological FROM test_item_category x"
                    + " JOIN food_category fc ON fc.id = x.food_category_id"
                    + " JOIN test_item t ON t.id = x.test_item_id WHERE t.active = TRUE"
                    + " ORDER BY fc.id, t.code")) {
      while (r.next()) {
        foods.put(r.getLong(1), r.getString(2));
        items
            .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
            .add(
                new Item(
                    r.getLong(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    r.getString(7),
                    r.getString(8),
                    r.getString(9),
                    r.getString(10),
                    r.getString(11),
                    r.getBoolean(12)));
      }
    }
    List<Long> foodIds = new ArrayList<>(foods.keySet());
    List<Long> unitIds = new ArrayList<>(units.keySet());
    LocalDate first = LocalDate.of(year, 1, 1);
    long days = Math.max(1, today.toEpochDay() - first.toEpochDay());

    PreparedStatement sample =
        c.prepareStatement(
            "INSERT INTO sample (id, sample_number, outside_plan, sampling_level, department,"
                + " region_id, sampling_unit_id, food_name, category_id, brand, batch_number,"
                + " production_date, quantity, quantity_unit, backup_quantity, storage_condition,"
                + " producer_name, producer_address, producer_region_id, party_name, party_kind,"
                + " party_address, party_contact, party_phone, place_address, sampled_at,"
                + " sampled_on, sampler1_id, sampler2_id, samplers_confirmed, party_confirmed,"
                + " party_signatory, seal_number, state, lab_id, assigned_at, assigned_by,"
                + " shipped_at, ship_method, delivery_due, received_at, received_by,"
                + " receipt_condition, report_due, created_by, created_at, version,"
                + " delivered_late) VALUES (?, ?, FALSE, ?, 'MARKET_REGULATION', ?, ?, ?, ?, ?,"
                + " ?, ?, '2.0', '千克', '1.0', 'AMBIENT', ?, ?, ?, ?, ?, ?, '张经理',"
                + " '13800000000', ?, ?, ?, ?, ?, TRUE, TRUE, '张经理', ?, ?, ?, ?, 'planner', ?,"
                + " '专人送样', ?, ?, 'labtech', ?, ?, 'sampler', ?, 0, FALSE)");
    PreparedStatement analysis =
        c.prepareStatement(
            "INSERT INTO analysis (sample_id, lab_id, state, report_due, entered_by, entered_at,"
                + " reviewed_by, reviewed_at, approved_by, approved_at, first_approved_at,"
                + " conclusion, conclusion_due, conclusion_reported_at, report_version,"
                + " report_number, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, 0)");
    PreparedStatement item =
        c.prepareStatement(
            "INSERT INTO sample_item (id, sample_id, test_item_id, analyte, limit_operator,"
                + " limit_value, limit_upper, limit_unit, limit_standard, standard_edition,"
                + " comparison, microbiological, dropped, added_by_lab, reported_value,"
                + " not_detected, result_unit, value_in_limit_unit, verdict, times_over, method,"
                + " analyst, tested_on, entered_by, entered_at, version) VALUES (?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, ?, ?, ?, ?, ?, ?, '张检验', ?,"
                + " 'labtech', ?, 0)");
    List<long[]> nonConforming = new ArrayList<>();
    int approvedCount = 0;
    for (int i = 0; i < SAMPLES; i++) {
      long id = BASE + i;
      long unit = unitIds.get(i % unitIds.size());
      long food = foodIds.get((i / unitIds.size() + i) % foodIds.size());
      String level = LEVELS[(i + i / 16) % LEVELS.length];
      LocalDate on = first.plusDays(i * days / SAMPLES);
      OffsetDateTime sampledAt = at(on, 10);
      LocalDate received = on.plusDays(2);
      boolean isReceived = received.isBefore(today);
      LocalDate reportDue = cal.addWorkingDays(received, 20);
      LocalDate approvedOn = received.plusDays(5 + (i * 13) % 19);
      boolean approved = isReceived && approvedOn.isBefore(today) && i % 97 != 5;
      boolean failing = approved && (i % 25 == 7);
      int p = i % PARTIES.length;
      String foodName = foods.get(food);
      sample.setLong(1, id);
      sample.setString(2, "DEMO-" + year + "-" + String.format("%05d", i + 1));
      sample.setString(3, level);
      sample.setLong(4, unit);
      sample.setLong(5, team);
      sample.setString(6, foodName);
      sample.setLong(7, food);
      sample.setString(8, "品牌" + (char) ('A' + i % 6));
      sample.setString(9, "B" + on.toString().replace("-", ""));
      sample.setDate(10, Date.valueOf(on.minusDays(3)));
      sample.setString(11, "示范生产基地" + (i % 40 + 1));
      sample.setString(12, "河南省郑州市");
      sample.setLong(13, unitIds.get((i + 3) % unitIds.size()));
      sample.setString(14, "示范" + PARTIES[p] + (i % 60 + 1) + "号");
      sample.setString(15, PARTY_KINDS[p]);
      sample.setString(16, "郑州市示范路" + (i % 90 + 1) + "号");
      sample.setString(17, "郑州市示范路" + (i % 90 + 1) + "号");
      sample.setObject(18, sampledAt);
      sample.setDate(19, Date.valueOf(on));
      sample.setLong(20, s1);
      sample.setLong(21, s2);
      sample.setString(22, "F-DEMO-" + (i + 1));
      sample.setString(23, isReceived ? "RECEIVED" : "SHIPPED");
      sample.setLong(24, lab);
      sample.setObject(25, at(on, 15));
      sample.setObject(26, at(on, 16));
      sample.setDate(27, Date.valueOf(cal.addWorkingDays(on, 5)));
      sample.setObject(28, isReceived ? at(received, 9) : null);
      sample.setString(29, isReceived ? "ACCEPTED" : null);
      sample.setDate(30, isReceived ? Date.valueOf(reportDue) : null);
      sample.setObject(31, sampledAt);
      sample.addBatch();
      if (!isReceived) {
        continue;
      }
      analysis.setLong(1, id);
      analysis.setLong(2, lab);
      analysis.setString(3, approved ? "APPROVED" : "IN_PROGRESS");
      analysis.setDate(4, Date.valueOf(reportDue));
      analysis.setString(5, approved ? "labtech" : null);
      analysis.setObject(6, approved ? at(approvedOn.minusDays(2), 11) : null);
      analysis.setString(7, approved ? "reviewer" : null);
      analysis.setObject(8, approved ? at(approvedOn, 9) : null);
      analysis.setString(9, approved ? "reviewer" : null);
      analysis.setObject(10, approved ? at(approvedOn, 10) : null);
      analysis.setObject(11, approved ? at(approvedOn, 10) : null);
      analysis.setString(12, approved ? (failing ? "NON_CONFORMING" : "CONFORMING") : null);
      analysis.setDate(
          13, approved ? Date.valueOf(cal.addWorkingDays(approvedOn, failing ? 2 : 7)) : null);
      analysis.setObject(14, approved ? at(approvedOn.plusDays(1), 10) : null);
      analysis.setInt(15, approved ? 1 : 0);
      analysis.setString(
          16, approved ? "LAB-ZZAQ-" + year + "-D" + String.format("%05d", i + 1) : null);
      analysis.addBatch();
      boolean failed = false;
      int k = 0;
      for (Item t : items.get(food)) {
        boolean fails = failing && !failed && "LE".equals(t.operator()) && t.value() != null;
        failed |= fails;
        BigDecimal limit = t.value() == null ? null : new BigDecimal(t.value());
        BigDecimal value =
            !approved || limit == null
                ? null
                : fails
                    ? limit
                        .multiply(new BigDecimal("1.6"))
                        .setScale(limit.scale() + 1, RoundingMode.HALF_EVEN)
                    : (i + k) % 3 == 0
                        ? null
                        : limit
                            .multiply(new BigDecimal("0.2"))
                            .setScale(limit.scale() + 1, RoundingMode.HALF_EVEN);
        boolean notDetected = approved && value == null;
        item.setLong(1, BASE * 10 + (long) i * 40 + k++);
        item.setLong(2, id);
        item.setLong(3, t.id());
        item.setString(4, t.analyte());
        item.setString(5, t.operator());
        item.setString(6, t.value());
        item.setString(7, t.upper());
        item.setString(8, t.unit());
        item.setString(9, t.standard());
        item.setString(10, t.edition());
        item.setString(11, t.comparison());
        item.setBoolean(12, t.micro());
        item.setString(13, value == null ? null : value.toPlainString());
        item.setBoolean(14, notDetected);
        item.setString(15, approved ? t.unit() : null);
        item.setString(16, value == null ? null : value.toPlainString());
        item.setString(17, approved ? (fails ? "NON_CONFORMING" : "CONFORMING") : null);
        item.setString(18, fails ? "1.6" : null);
        item.setString(19, approved ? "GB 23200.113-2018" : null);
        item.setDate(20, approved ? Date.valueOf(approvedOn.minusDays(3)) : null);
        item.setObject(21, approved ? at(approvedOn.minusDays(2), 11) : null);
        item.addBatch();
      }
      if (failing && failed) {
        nonConforming.add(new long[] {id, unit, approvedOn.toEpochDay()});
      }
      approvedCount += approved ? 1 : 0;
    }
    sample.executeBatch();
    analysis.executeBatch();
    item.executeBatch();
    // the samples marked failing without a failing item conform
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE analysis SET conclusion = 'CONFORMING' WHERE conclusion = 'NON_CONFORMING'"
              + " AND sample_id >= "
              + BASE
              + " AND NOT EXISTS (SELECT 1 FROM sample_item i WHERE i.sample_id ="
              + " analysis.sample_id AND i.verdict = 'NON_CONFORMING')");
    }
    cases(c, nonConforming, regulators, clock, cal, today);
    LOG.info("demo: " + approvedCount + " approved, " + nonConforming.size() + " non-conforming");
  }

  /** One case per non-conforming sample, in every state the rules allow on today's date. */
  private void cases(
      Connection c,
      List<long[]> samples,
      Map<Long, Long> regulators,
      CaseClock clock,
      WorkingDayCalendar cal,
      LocalDate today)
      throws SQLException {
    PreparedStatement kase =
        c.prepareStatement(
            "INSERT INTO disposal_case (id, case_number, sample_id, sampling_level, department,"
                + " category_id, region_id, responsible_org_id, microbiological, state,"
                + " received_on, disposal_days, statutory_deadline, deadline, accepted_on,"
                + " delivered_on, last_step_on, completed_on, urgency, opened_at, version)"
                + " SELECT ?, 'HC-' || s.sample_number, s.id, s.sampling_level, s.department,"
                + " s.category_id, s.region_id, ?, FALSE, ?, ?, 90, ?, ?, ?, ?, ?, ?,"
                + " 'ON_TRACK', ?, 0 FROM sample s WHERE s.id = ?");
    PreparedStatement step =
        c.prepareStatement(
            "INSERT INTO case_step (id, case_id, kind, step_date, recorded_by, recorded_at,"
                + " note, reference, amount, quantity, quantity_unit, measure) VALUES (?, ?, ?, ?,"
                + " 'jinshui', ?, ?, ?, ?, ?, ?, ?)");
    PreparedStatement ext =
        c.prepareStatement(
            "INSERT INTO case_extension (id, case_id, state, reason, previous_deadline,"
                + " new_deadline, requested_by, requested_at, decided_by, decided_at,"
                + " decision_note, version) VALUES (?, ?, 'APPROVED', '需补充调查生产环节',"
                + " ?, ?, 'jinshui', ?, 'jinshui2', ?, '同意延期', 0)");
    long stepId = BASE;
    int n = 0;
    for (long[] s : samples) {
      long id = s[0];
      LocalDate received = LocalDate.ofEpochDay(s[2]);
      LocalDate statutory = clock.statutoryDeadline(received, 90);
      int kind = n++ % 6;
      LocalDate deadline = statutory;
      List<Object[]> steps = new ArrayList<>();
      LocalDate last = received;
      // 0 open; 1 accepted and delivered; 2 completed on time; 3 completed late or still open
      // past the deadline; 4 enforcement done; 5 extended, then completed within the extension
      if (kind != 0) {
        last = clamp(received.plusDays(1), today);
        steps.add(new Object[] {"ACCEPTED", last, null, null, null, null, null, null});
        last = clamp(last.plusDays(2), today);
        steps.add(new Object[] {"DELIVERED", last, "检验结论已送达经营者", null, null, null, null, null});
      }
      if (kind >= 2) {
        LocalDate d = clamp(last.plusDays(3), today);
        steps.add(
            new Object[] {
              "RISK_CONTROL", d, "责令停止销售并召回", null, null, new BigDecimal("35"), "千克", "RECALL"
            });
        LocalDate inv = clamp(d.plusDays(10), today);
        steps.add(
            new Object[] {"INVESTIGATION", inv, "种植环节未遵守农药安全间隔期", null, null, null, null, null});
        LocalDate enf = clamp(inv.plusDays(15), today);
        steps.add(
            new Object[] {
              "ENFORCEMENT",
              enf,
              "立案查处",
              "郑市监罚〔" + received.getYear() + "〕" + (100 + n) + "号",
              new BigDecimal("5000"),
              null,
              null,
              null
            });
        last = enf;
      }
      LocalDate completed = null;
      if (kind == 2 || kind == 3 || kind == 5) {
        if (kind == 5) {
          deadline = statutory.plusDays(30);
        }
        LocalDate rect = clamp(last.plusDays(10), today);
        LocalDate done =
            kind == 3
                ? statutory.plusDays(6)
                : kind == 5 ? statutory.plusDays(20) : rect.plusDays(5);
        if (done.isBefore(today) && rect.isBefore(done)) {
          steps.add(new Object[] {"RECTIFICATION", rect, "经营者已整改", null, null, null, null, null});
          steps.add(new Object[] {"COMPLETED", done, "核查处置完毕", null, null, null, null, null});
          completed = done;
          last = done;
        }
      }
      String state =
          completed != null
              ? "COMPLETED"
              : steps.isEmpty() ? "OPEN" : stateOf((String) steps.get(steps.size() - 1)[0]);
      long caseId = id;
      kase.setLong(1, caseId);
      kase.setLong(2, regulators.get(s[1]));
      kase.setString(3, state);
      kase.setDate(4, Date.valueOf(received));
      kase.setDate(5, Date.valueOf(statutory));
      kase.setDate(6, Date.valueOf(deadline));
      kase.setDate(7, steps.isEmpty() ? null : Date.valueOf((LocalDate) steps.get(0)[1]));
      kase.setDate(8, steps.size() < 2 ? null : Date.valueOf((LocalDate) steps.get(1)[1]));
      kase.setDate(9, steps.isEmpty() ? null : Date.valueOf(last));
      kase.setDate(10, completed == null ? null : Date.valueOf(completed));
      kase.setObject(11, at(received, 11));
      kase.setLong(12, id);
      kase.addBatch();
      for (Object[] st : steps) {
        step.setLong(1, stepId++);
        step.setLong(2, caseId);
        step.setString(3, (String) st[0]);
        step.setDate(4, Date.valueOf((LocalDate) st[1]));
        step.setObject(5, at((LocalDate) st[1], 17));
        step.setString(6, (String) st[2]);
        step.setString(7, (String) st[3]);
        step.setBigDecimal(8, (BigDecimal) st[4]);
        step.setBigDecimal(9, (BigDecimal) st[5]);
        step.setString(10, (String) st[6]);
        step.setString(11, (String) st[7]);
        step.addBatch();
      }
      if (kind == 5) {
        LocalDate asked = clamp(statutory.minusDays(10), today);
        ext.setLong(1, caseId);
        ext.setLong(2, caseId);
        ext.setDate(3, Date.valueOf(statutory));
        ext.setDate(4, Date.valueOf(deadline));
        ext.setObject(5, at(asked, 9));
        ext.setObject(6, at(asked.plusDays(1).isAfter(today) ? asked : asked.plusDays(1), 15));
        ext.addBatch();
      }
    }
    kase.executeBatch();
    step.executeBatch();
    ext.executeBatch();
  }

  private static String stateOf(String step) {
    return switch (step) {
      case "ACCEPTED" -> "ACCEPTED";
      case "DELIVERED" -> "DELIVERED";
      case "RISK_CONTROL" -> "RISK_CONTROLLED";
      case "INVESTIGATION" -> "INVESTIGATED";
      case "ENFORCEMENT" -> "ENFORCED";
      case "RECTIFICATION" -> "RECTIFIED";
      default -> "COMPLETED";
    };
  }

  private static LocalDate clamp(LocalDate d, LocalDate today) {
    LocalDate yesterday = today.minusDays(1);
    return d.isAfter(yesterday) ? yesterday : d;
  }

  /** The year's approved plan: each unit's quota spread evenly over levels, categories, months. */
  private static void plan(Connection c, int year, Map<Long, Long> units) throws SQLException {
    if (count(c, "SELECT COUNT(*) FROM sampling_plan WHERE city_id = 2 AND plan_year = " + year)
        > 0) {
      return;
    }
    long planId = BASE;
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO sampling_plan (id, city_id, plan_year, rate_per_thousand, municipal_share,"
              + " small_farmer_share, blind_coding, state, approved_by, approved_at, version)"
              + " VALUES ("
              + planId
              + ", 2, "
              + year
              + ", '7', '0.5', '0.1', FALSE, 'APPROVED', 'planner', CURRENT_TIMESTAMP, 0)");
      st.executeUpdate(
          "INSERT INTO plan_unit (plan_id, region_id, residents, residents_basis, residents_year,"
              + " quota) SELECT "
              + planId
              + ", r.id, r.residents, r.residents_basis, r.residents_year,"
              + " CAST(CEILING(r.residents * 7 / 1000.0) AS INTEGER) FROM region r WHERE"
              + " r.parent_id = 2");
      for (String d :
          new String[] {
            "MARKET_REGULATION", "AGRICULTURE", "GRAIN_RESERVES", "FORESTRY", "CUSTOMS"
          }) {
        st.executeUpdate(
            "INSERT INTO plan_department_weight (plan_id, department, weight) VALUES ("
                + planId
                + ", '"
                + d
                + "', '"
                + (d.equals("MARKET_REGULATION") ? "1" : "0")
                + "')");
      }
      st.executeUpdate(
          "INSERT INTO plan_category_weight (plan_id, category_id, weight, minimum_batches)"
              + " SELECT "
              + planId
              + ", id, '1', 0 FROM food_category WHERE parent_id IS NULL");
      for (int m = 1; m <= 12; m++) {
        st.executeUpdate(
            "INSERT INTO plan_month_weight (plan_id, month_no, weight) VALUES ("
                + planId
                + ", "
                + m
                + ", '1')");
      }
    }
    List<Long> categories = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT id FROM food_category WHERE parent_id IS NULL ORDER BY sort_order, code")) {
      while (r.next()) {
        categories.add(r.getLong(1));
      }
    }
    String[] levels = {"NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY", "ROUTINE_MONITORING"};
    try (PreparedStatement cell =
        c.prepareStatement(
            "INSERT INTO plan_cell (id, plan_id, region_id, sampling_level, department,"
                + " category_id, month_no, batches, small_farmer_batches, edited, version)"
                + " VALUES (?, ?, ?, ?, 'MARKET_REGULATION', ?, ?, ?, 0, FALSE, 0)")) {
      long cellId = BASE;
      int cells = levels.length * categories.size() * 12;
      for (Map.Entry<Long, Long> u : units.entrySet()) {
        long quota = (long) Math.ceil(u.getValue() * 7 / 1000.0);
        int k = 0;
        for (String level : levels) {
          for (long category : categories) {
            for (int m = 1; m <= 12; m++) {
              long batches = quota / cells + (k < quota % cells ? 1 : 0);
              k++;
              cell.setLong(1, cellId++);
              cell.setLong(2, planId);
              cell.setLong(3, u.getKey());
              cell.setString(4, level);
              cell.setLong(5, category);
              cell.setInt(6, m);
              cell.setLong(7, batches);
              cell.addBatch();
            }
          }
        }
      }
      cell.executeBatch();
    }
  }

  private static OffsetDateTime at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toOffsetDateTime();
  }

  /** The single number a query answers (a count, an id). */
  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
