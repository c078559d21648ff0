package cn.foodsafety.lims.oversight.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit with its drawn records, their scores and the roll-up per stratum. */
public record AuditData(
    long id,
    String title,
    LocalDate from,
    LocalDate to,
    String stratifiedBy,
    long seed,
    int size,
    int population,
    String createdBy,
    Instant createdAt,
    List<Record> records,
    List<RollUp> rollUp) {

  public record Record(
      long id,
      long sampleId,
      String sampleNumber,
      String stratumKey,
      String stratum,
      String unit,
      Integer total,
      Integer max,
      Map<String, Integer> scores,
      String reviewer,
      Instant reviewedAt,
      String note,
      long version) {}

  /**
   * Per stratum: records drawn, reviewed, and the reviewed records' score in percent; the records
   * behind it are those with the same {@code stratumKey} (GET /api/audits/{id}/records?stratum=).
   */
  public record RollUp(String key, String label, int drawn, int reviewed, BigDecimal percent) {}

  /** A checklist item: code, text and its highest score. */
  @Schema(
      name = "AuditChecklistItem",
      description = "A checklist item records are scored on, 0 to max.")
  public record Item(String code, String text, int max) {}
}
