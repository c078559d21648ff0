package cn.foodsafety.lims.statistics.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Sheets another component adds to the provincial workbook (e.g. the publication rate and the
 * balance of the sampling, from the oversight component), for the same period and group as the
 * figures and cut to the same region. The statistics component knows only this interface, so the
 * component that owns the figures of the sheets keeps them.
 */
public interface WorkbookPart {

  /** The order among the parts (lower first), after the statistics' own sheets. */
  int order();

  void addSheets(
      SXSSFWorkbook workbook,
      Connection c,
      Period period,
      Scope scope,
      Reference reference,
      Set<Long> units,
      Locale locale)
      throws SQLException;
}
