package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.Judgment;
import cn.foodsafety.lims.results.entity.SampleItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checked results (entry one by one or in the grid, {@link Results}; the file import, {@link
 * ResultImports}) and, for the import only, the audit lines that say what changed.
 *
 * <p>Entry records its items' changes as the audit listener captures them ({@code
 * AuditTrail.recordCaptured}). The import keeps its own lines, written in one batched call for the
 * whole file: the captured changes carry one reason per transaction, while a file's items belong to
 * many samples, each with the reason of its own amendment; and the import's lines are persisted
 * with the items in the commit's one flush instead of a flush of their own first.
 */
final class Recording {

  private Recording() {}

  /** A result checked and judged against its item's limit, ready to be written. */
  record Pending(SampleItem item, SampleItem.Result result, Judgment j) {}

  /** Records the results of one sample's items from a file; the audit lines to write. */
  static List<AuditTrail.Changed> record(
      List<Pending> pending, Analysis a, String by, Instant now) {
    List<AuditTrail.Changed> changes = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      SampleItem i = p.item();
      AuditTrail.Changes before =
          new AuditTrail.Changes()
              .compare("value", text(i.getReportedValue()), text(p.result().value()))
              .compare(
                  "notDetected", i.hasResult() ? i.isNotDetected() : null, p.result().notDetected())
              .compare(
                  "lod",
                  text(i.getLod()),
                  text(p.result().lod() == null ? i.getLod() : p.result().lod()))
              .compare("unit", i.getResultUnit(), p.result().unit())
              .compare(
                  "method",
                  i.getMethod(),
                  p.result().method() == null ? i.getMethod() : p.result().method())
              .compare("instrument", i.getInstrument(), p.result().instrument())
              .compare("analyst", i.getAnalyst(), p.result().analyst())
              .compare("testedOn", i.getTestedOn(), p.result().testedOn())
              .compare("verdict", i.getVerdict(), p.j().verdict())
              .compare("timesOver", text(i.getTimesOver()), text(p.j().timesOver()));
      a.record(i, p.result(), p.j(), by, now);
      changes.add(new AuditTrail.Changed(i.getId(), before, a.getAmendmentReason()));
    }
    return changes;
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String text(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}
