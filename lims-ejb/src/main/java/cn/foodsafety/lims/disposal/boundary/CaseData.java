package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.CaseState;
import cn.foodsafety.lims.disposal.entity.ReinspectionOutcome;
import cn.foodsafety.lims.disposal.entity.RequestKind;
import cn.foodsafety.lims.disposal.entity.StepKind;
import cn.foodsafety.lims.disposal.entity.Urgency;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.FollowUpRoute;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * One case with everything its page shows: the sample, producer and sampled party, the failing
 * items, the deadlines (statutory, the one that counts, the re-inspection window and the lab
 * designation), the operator's requests and the regulator's windows on them, the steps and
 * extensions, and what the caller may do next.
 */
public record CaseData(
    long id,
    String caseNumber,
    long sampleId,
    String sampleNumber,
    String foodName,
    String brand,
    String batchNumber,
    long categoryId,
    String categoryName,
    SamplingLevel level,
    SamplingKind samplingKind,
    FollowUpRoute route,
    boolean reinspectionOpen,
    Department department,
    long regionId,
    String regionName,
    String partyName,
    String partyAddress,
    String producerName,
    String producerAddress,
    long responsibleId,
    String responsibleName,
    Long producerRegulatorId,
    String producerRegulatorName,
    String producerNote,
    boolean microbiological,
    CaseState state,
    LocalDate receivedOn,
    int disposalDays,
    LocalDate statutoryDeadline,
    LocalDate deadline,
    Long daysLeft,
    Urgency urgency,
    LocalDate acceptedOn,
    LocalDate deliveredOn,
    LocalDate backupExpiresOn,
    LocalDate reinspectionWindowEnd,
    String reinspectionRefusal,
    LocalDate reinspectionRequestedOn,
    RequestKind reinspectionKind,
    LocalDate designationDue,
    LocalDate designatedOn,
    Long reinspectionLabId,
    String reinspectionLabName,
    ReinspectionOutcome outcome,
    LocalDate outcomeOn,
    LocalDate completedOn,
    Boolean onTime,
    LocalDate overturnedOn,
    LocalDate withdrawnOn,
    List<FailingItem> failingItems,
    List<StepData> steps,
    List<ExtensionData> extensions,
    List<StepKind> nextSteps,
    boolean canAct,
    boolean canDecideExtension,
    boolean canNote,
    long version,
    RequestData requests) {}
