package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.sampling.entity.Producer;
import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.RejectionReason;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.sampling.entity.SampledParty;
import cn.foodsafety.lims.sampling.entity.StorageCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A sample as the API and the pages show it. Times are in China time. {@code late}: delivered
 * after, or still not at the lab past, {@code deliveryDue}. For a laboratory and a plan with blind
 * coding, {@code blind} is true and everything that names the producer, the sampled party or the
 * place is null: the lab knows the sample by its {@code blindCode}.
 */
public record SampleData(
    Long id,
    String sampleNumber,
    String blindCode,
    boolean blind,
    Long planId,
    Long taskId,
    boolean outsidePlan,
    SamplingLevel level,
    SamplingKind samplingKind,
    Department department,
    Long regionId,
    String regionCode,
    String regionName,
    Long samplingUnitId,
    String samplingUnitCode,
    String samplingUnitName,
    String foodName,
    Long categoryId,
    String categoryCode,
    String categoryName,
    String brand,
    String specification,
    String batchNumber,
    LocalDate productionDate,
    String shelfLife,
    String quantity,
    String quantityUnit,
    String backupQuantity,
    StorageCondition storageCondition,
    String producerName,
    String producerAddress,
    String producerLicence,
    Long producerRegionId,
    String partyName,
    PartyKind partyKind,
    String partyAddress,
    String partyLicence,
    String partyContact,
    String partyPhone,
    String placeAddress,
    String latitude,
    String longitude,
    OffsetDateTime sampledAt,
    LocalDate sampledOn,
    Long sampler1Id,
    String sampler1Name,
    Long sampler2Id,
    String sampler2Name,
    boolean samplersConfirmed,
    boolean partyConfirmed,
    String partySignatory,
    String sealNumber,
    SampleState state,
    Long labId,
    String labCode,
    String labName,
    OffsetDateTime assignedAt,
    String assignedBy,
    String assignmentReason,
    OffsetDateTime shippedAt,
    String shipMethod,
    String shipTemperature,
    LocalDate deliveryDue,
    boolean late,
    OffsetDateTime receivedAt,
    String receivedBy,
    ReceiptCondition receiptCondition,
    RejectionReason rejectionReason,
    String rejectionNote,
    LocalDate reportDue,
    String createdBy,
    OffsetDateTime createdAt,
    long version) {

  /**
   * @param masked whether the reader is a laboratory that must not learn producer and party
   */
  public static SampleData of(Sample s, boolean masked, LocalDate today) {
    Producer p = s.getProducer();
    SampledParty party = s.getParty();
    Organization lab = s.getLab();
    return new SampleData(
        s.getId(),
        s.getSampleNumber(),
        s.getBlindCode(),
        masked,
        s.getPlan() == null ? null : s.getPlan().getId(),
        s.getTask() == null ? null : s.getTask().getId(),
        s.isOutsidePlan(),
        s.getLevel(),
        s.getKind(),
        s.getDepartment(),
        s.getRegion().getId(),
        s.getRegion().getCode(),
        s.getRegion().getName(),
        s.getSamplingUnit().getId(),
        s.getSamplingUnit().getCode(),
        s.getSamplingUnit().getName(),
        s.getFoodName(),
        s.getCategory().getId(),
        s.getCategory().getCode(),
        s.getCategory().getName(),
        s.getBrand(),
        s.getSpecification(),
        s.getBatchNumber(),
        s.getProductionDate(),
        s.getShelfLife(),
        plain(s.getQuantity()),
        s.getQuantityUnit(),
        plain(s.getBackupQuantity()),
        s.getStorageCondition(),
        masked ? null : p.getName(),
        masked ? null : p.getAddress(),
        masked ? null : p.getLicence(),
        masked || p.getRegion() == null ? null : p.getRegion().getId(),
        masked ? null : party.getName(),
        masked ? null : party.getKind(),
        masked ? null : party.getAddress(),
        masked ? null : party.getLicence(),
        masked ? null : party.getContact(),
        masked ? null : party.getPhone(),
        masked ? null : s.getPlaceAddress(),
        masked ? null : plain(s.getLatitude()),
        masked ? null : plain(s.getLongitude()),
        china(s.getSampledAt()),
        s.getSampledOn(),
        s.getSampler1().getId(),
        s.getSampler1().getDisplayName(),
        s.getSampler2().getId(),
        s.getSampler2().getDisplayName(),
        s.isSamplersConfirmed(),
        s.isPartyConfirmed(),
        masked ? null : s.getPartySignatory(),
        s.getSealNumber(),
        s.getState(),
        lab == null ? null : lab.getId(),
        lab == null ? null : lab.getCode(),
        lab == null ? null : lab.getName(),
        china(s.getAssignedAt()),
        s.getAssignedBy(),
        s.getAssignmentReason(),
        china(s.getShippedAt()),
        s.getShipMethod(),
        plain(s.getShipTemperature()),
        s.getDeliveryDue(),
        s.isLate(today),
        china(s.getReceivedAt()),
        s.getReceivedBy(),
        s.getReceiptCondition(),
        s.getRejectionReason(),
        s.getRejectionNote(),
        s.getReportDue(),
        s.getCreatedBy(),
        china(s.getCreatedAt()),
        s.getVersion());
  }

  static String plain(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  /** Whether the sample is ready to ship: collected and sent to a laboratory (not a property). */
  public boolean shippable() {
    return state.canShip() && labId != null;
  }

  /** Whether the sample is collected but no laboratory has been assigned yet. */
  public boolean awaitingLab() {
    return state.canShip() && labId == null;
  }

  static OffsetDateTime china(Instant at) {
    return CivilTime.at(at);
  }
}
