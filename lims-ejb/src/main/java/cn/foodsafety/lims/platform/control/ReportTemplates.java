package cn.foodsafety.lims.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The report templates of the reports module, compiled by its build ({@code .jrxml} -> {@code
 * .jasper}): loaded once each and kept, never compiled here.
 */
public final class ReportTemplates {

  private static final Map<String, JasperReport> LOADED = new ConcurrentHashMap<>();

  private ReportTemplates() {}

  /**
   * The compiled template, e.g. {@code "lab/test-report"} for {@code
   * reports/lab/test-report.jrxml}.
   */
  public static JasperReport get(String name) {
    return LOADED.computeIfAbsent(name, ReportTemplates::load);
  }

  private static JasperReport load(String name) {
    String path = "/reports/" + name + ".jasper";
    try (InputStream in = ReportTemplates.class.getResourceAsStream(path)) {
      if (in == null) {
        // a packaging fault: the reports artifact was built without its compile step
        throw new IllegalStateException("compiled report template missing: " + path);
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException | JRException e) {
      throw new IllegalStateException("compiled report template unreadable: " + path, e);
    }
  }
}
