package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.sampling.entity.BackupCondition;
import cn.foodsafety.lims.sampling.entity.BackupSample;
import cn.foodsafety.lims.sampling.entity.BackupState;
import java.time.LocalDate;

/**
 * A backup sample as the store's page and the API show it. {@code requestPending}: a re-inspection
 * or objection of the sample is pending, so it is kept whatever its retention end; {@code
 * disposable} and {@code overdue} as of today; {@code canTakeOut} / {@code canDispose}: what the
 * caller may do with it now. The laboratories come with their ids ({@code labId}, {@code
 * custodyLabId}), so a page names them in its language.
 */
public record BackupData(
    long id,
    long sampleId,
    String sampleNumber,
    String foodName,
    String labName,
    String store,
    String shelf,
    String quantity,
    String quantityUnit,
    BackupCondition condition,
    LocalDate shelfLifeEnd,
    LocalDate conclusionOn,
    Boolean conforming,
    LocalDate retentionEnd,
    boolean requestPending,
    BackupState state,
    boolean disposable,
    boolean overdue,
    LocalDate takenOutOn,
    String custodyLabName,
    String custodyReceiver,
    LocalDate disposedOn,
    String disposedHow,
    String disposedBy,
    String witness,
    boolean canTakeOut,
    boolean canDispose,
    long version,
    long labId,
    Long custodyLabId) {

  static BackupData of(BackupSample b, boolean pending, LocalDate today, boolean mine) {
    boolean disposable =
        b.getState().isInStore()
            && cn.foodsafety.lims.sampling.entity.BackupRetention.disposable(
                b.getRetentionEnd(), pending, today);
    return new BackupData(
        b.getId(),
        b.getSample().getId(),
        b.getSample().getSampleNumber(),
        b.getSample().getFoodName(),
        b.getLab().getName(),
        b.getStore(),
        b.getShelf(),
        b.getQuantity().toPlainString(),
        b.getQuantityUnit(),
        b.getCondition(),
        b.getShelfLifeEnd(),
        b.getConclusionOn(),
        b.getConforming(),
        b.getRetentionEnd(),
        pending,
        b.getState(),
        disposable,
        disposable,
        b.getTakenOutOn(),
        b.getCustodyLab() == null ? null : b.getCustodyLab().getName(),
        b.getCustodyReceiver(),
        b.getDisposedOn(),
        b.getDisposedHow(),
        b.getDisposedBy(),
        b.getWitness(),
        mine && b.getState().isInStore(),
        mine && disposable,
        b.getVersion(),
        b.getLab().getId(),
        b.getCustodyLab() == null ? null : b.getCustodyLab().getId());
  }
}
