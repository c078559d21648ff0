package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.control.SheetWriter;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.statistics.boundary.Statistics;
import cn.foodsafety.lims.statistics.control.Period;
import cn.foodsafety.lims.statistics.control.Reference;
import cn.foodsafety.lims.statistics.control.Scope;
import cn.foodsafety.lims.statistics.control.WorkbookPart;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The oversight sheets of the provincial workbook: the publication rate by level and unit, and the
 * balance of the sampling (area indexes, then per unit), for the workbook's period and group.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OversightSheets implements WorkbookPart {

  @Inject PublicationRate publication;

  @Inject SamplingBalance balance;

  @Override
  public int order() {
    return 100;
  }

  @Override
  public void addSheets(
      SXSSFWorkbook wb,
      Connection c,
      Period period,
      Scope scope,
      Reference reference,
      Set<Long> units,
      Locale locale)
      throws SQLException {
    Statistics.Frame f = new Statistics.Frame(period, scope, reference, units, null);
    SheetWriter w = new SheetWriter(wb, locale);
    publication(w, publication.publication(c, f, null, locale));
    balance(w, balance.balance(c, f, null, locale));
  }

  private static void publication(SheetWriter w, PublicationReport r) {
    SXSSFSheet s =
        w.sheet(
            "sheet.publication",
            "group",
            "due",
            "onTime",
            "late",
            "overdue",
            "notYetDue",
            "rate",
            "target");
    int n = 1;
    Row def = s.createRow(n++);
    w.text(def, 0, r.definition());
    for (List<PublicationReport.Line> lines :
        List.of(List.of(r.total()), r.byLevel(), r.byUnit())) {
      for (PublicationReport.Line l : lines) {
        Row row = s.createRow(n++);
        w.text(row, 0, l.label());
        w.count(row, 1, l.due());
        w.count(row, 2, l.onTime());
        w.count(row, 3, l.late());
        w.count(row, 4, l.overdue());
        w.count(row, 5, l.notYetDue());
        w.percent(row, 6, l.rate().value());
        w.percent(row, 7, l.rate().target());
      }
    }
    w.finish(s, n, 8);
  }

  private static void balance(SheetWriter w, BalanceReport r) {
    SXSSFSheet s =
        w.sheet(
            "sheet.balance",
            "group",
            "batches",
            "planned",
            "share",
            "plannedShare",
            "index",
            "yearEndShare",
            "bunching");
    int n = 1;
    w.text(s.createRow(n++), 0, r.definition());
    Row area = s.createRow(n++);
    w.text(area, 0, w.t("area.months"));
    w.number(area, 5, r.monthIndex());
    w.number(area, 6, r.yearEndShare());
    w.text(area, 7, r.yearEndBunching() ? w.t("yes") : "");
    Row units = s.createRow(n++);
    w.text(units, 0, w.t("area.units"));
    w.number(units, 5, r.unitIndex());
    Row cats = s.createRow(n++);
    w.text(cats, 0, w.t("area.categories"));
    w.number(cats, 5, r.categoryIndex());
    for (int i = 0; i < r.byUnit().size(); i++) {
      BalanceReport.UnitBalance u = r.byUnit().get(i);
      BalanceReport.Share share = r.units().get(i);
      Row row = s.createRow(n++);
      w.text(row, 0, u.label());
      w.count(row, 1, u.batches());
      w.count(row, 2, u.planned());
      w.percent(row, 3, share.share());
      w.percent(row, 4, share.plannedShare());
      w.number(row, 5, u.index());
      w.number(row, 6, u.yearEndShare());
      w.text(row, 7, u.yearEndBunching() ? w.t("yes") : "");
    }
    for (BalanceReport.Share m : r.months()) {
      Row row = s.createRow(n++);
      w.text(row, 0, m.label());
      w.count(row, 1, m.batches());
      w.count(row, 2, m.planned());
      w.percent(row, 3, m.share());
      w.percent(row, 4, m.plannedShare());
    }
    for (BalanceReport.Share m : r.categories()) {
      Row row = s.createRow(n++);
      w.text(row, 0, m.label());
      w.count(row, 1, m.batches());
      w.count(row, 2, m.planned());
      w.percent(row, 3, m.share());
      w.percent(row, 4, m.plannedShare());
    }
    w.finish(s, n, 8);
  }
}
