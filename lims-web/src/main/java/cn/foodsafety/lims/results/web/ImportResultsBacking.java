package cn.foodsafety.lims.results.web;

import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.results.boundary.ImportResult;
import cn.foodsafety.lims.results.boundary.ResultImports;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * lab/import.xhtml: upload a result file, see every problem of it (row, column, reason), and import
 * it once it is clean.
 */
@Named
@ViewScoped
public class ImportResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ResultImports resultImports;

  @Inject FacesText text;

  private byte[] content;
  private String fileName;
  private ImportResult preview;

  /** A problem as the page shows it. */
  public record Line(int row, String column, String value, String reason) implements Serializable {}

  public void upload(FileUploadEvent event) {
    content = event.getFile().getContent();
    fileName = event.getFile().getFileName();
    try {
      preview = resultImports.importFile(content, fileName, false);
    } catch (RuntimeException e) {
      text.show(e, "import");
    }
  }

  public void commit() {
    if (content == null || preview == null || !preview.clean()) {
      return;
    }
    try {
      ImportResult r = resultImports.importFile(content, fileName, true);
      text.info("lab.import.done", r.rows());
      content = null;
      preview = null;
    } catch (RuntimeException e) {
      text.show(e, "import");
    }
  }

  public ImportResult getPreview() {
    return preview;
  }

  public String getFileName() {
    return fileName;
  }

  public List<Line> getProblems() {
    if (preview == null) {
      return List.of();
    }
    return preview.problems().stream()
        .map(
            p ->
                new Line(
                    p.row(),
                    p.column(),
                    p.value(),
                    Messages.text(text.locale(), p.key(), p.args().toArray())))
        .toList();
  }
}
