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
