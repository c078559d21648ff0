package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.statistics.entity.ExportJob;
import cn.foodsafety.lims.statistics.entity.ExportState;
import java.time.Instant;

/** An export job as its owner sees it: state, progress, and the file name once ready. */
public record ExportData(
    long id,
    String kind,
    String request,
    ExportState state,
    int progress,
    String message,
    String fileName,
    Instant createdAt,
    Instant finishedAt) {

  /** From the columns of {@code ExportJob.OF_OWNER} (without the file). */
  static ExportData of(Object[] r) {
    ExportState state = (ExportState) r[3];
    return new ExportData(
        (Long) r[0],
        (String) r[1],
        (String) r[2],
        state,
        (Integer) r[4],
        (String) r[5],
        state == ExportState.DONE ? (String) r[6] : null,
        ((java.time.OffsetDateTime) r[7]).toInstant(),
        r[8] == null ? null : ((java.time.OffsetDateTime) r[8]).toInstant());
  }

  static ExportData of(ExportJob j) {
    return new ExportData(
        j.getId(),
        j.getKind(),
        j.getRequestKey(),
        j.getState(),
        j.getProgress(),
        j.getMessage(),
        j.getState() == ExportState.DONE ? j.getFileName() : null,
        j.getCreatedAt(),
        j.getFinishedAt());
  }
}
