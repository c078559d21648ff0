package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.platform.control.ReportTemplates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Renders the test report (检验报告) PDF from the template reports/lab/test-report.jrxml of the reports
 * module (compiled by its build), in Chinese with the embedded Noto Sans SC font.
 */
public final class TestReportDocument {

  private static final List<String> HEADERS =
      List.of("序号", "检验项目", "检验结果", "单位", "标准指标", "判定依据 / 检验方法", "单项判定");

  private TestReportDocument() {}

  /** One row of the results table, as printed. */
  public record Line(
      String analyte, String result, String unit, String limit, String standard, String verdict) {}

  /** What the report says. Lines of {@code sampleInfo} and {@code signatures} end with \n. */
  public record Content(
      String labName,
      String accreditation,
      String reportNumber,
      int version,
      String issuedOn,
      String sampleInfo,
      List<Line> lines,
      String conclusion,
      String signatures,
      String amendment) {}

  public static byte[] render(Content c) {
    Map<String, Object> params = new HashMap<>();
    params.put("title", "检验报告");
    params.put("labName", c.labName());
    params.put("accreditation", c.accreditation());
    params.put("reportNumber", "报告编号：" + c.reportNumber());
    params.put("versionLine", "第 " + c.version() + " 版    签发日期：" + c.issuedOn());
    params.put("sampleInfo", c.sampleInfo());
    params.put("conclusion", c.conclusion());
    params.put("signatures", c.signatures());
    params.put("amendment", c.amendment());
    params.put("headers", HEADERS);
    List<Map<String, ?>> rows = new ArrayList<>();
    int no = 1;
    for (Line l : c.lines()) {
      Map<String, Object> row = new HashMap<>();
      row.put("no", String.valueOf(no++));
      row.put("analyte", l.analyte());
      row.put("result", l.result());
      row.put("unit", l.unit());
      row.put("limit", l.limit());
      row.put("standard", l.standard());
      row.put("verdict", l.verdict());
      rows.add(row);
    }
    try {
      return JasperExportManager.exportReportToPdf(
          JasperFillManager.fillReport(
              ReportTemplates.get("lab/test-report"), params, new JRMapCollectionDataSource(rows)));
    } catch (JRException e) {
      throw new IllegalStateException("the test report could not be rendered", e);
    }
  }
}
