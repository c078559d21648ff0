package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.entity.AuditRecord;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.control.LabAccess;
import cn.foodsafety.lims.results.entity.TestReport;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A sample's issued test reports (each version byte for byte as it was issued) and its history:
 * every audit record of the sample, its lab work, its items and its reports.
 */
@Stateless
public class TestReports {
  @PersistenceContext EntityManager em;

  @Inject Users users;

  @RolesAllowed({
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public List<ReportData> reports(long sampleId) {
    LabAccess.readable(em, sampleId, users.current());
    return em.createNamedQuery(TestReport.OF_SAMPLE, TestReport.class)
        .setParameter("sample", sampleId)
        .getResultStream()
        .map(ReportData::of)
        .toList();
  }

  /** An issued report, byte for byte as it was issued. */
  public record ReportFile(String fileName, String sha256, byte[] content) {}

  @RolesAllowed({
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public ReportFile report(long sampleId, int version) {
    LabAccess.readable(em, sampleId, users.current());
    TestReport r =
        em.createNamedQuery(TestReport.FIND_VERSION, TestReport.class)
            .setParameter("sample", sampleId)
            .setParameter("version", version)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException(Results.REPORT, sampleId + "/" + version));
    return new ReportFile(
        r.getReportNumber() + "-v" + r.getVersionNo() + ".pdf", r.getSha256(), r.getPdf());
  }

  /** Every audit record of the sample, its lab work, its items and its reports, oldest first. */
  @RolesAllowed({
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public List<HistoryLine> history(long sampleId) {
    LabAccess.readable(em, sampleId, users.current());
    List<Long> itemIds = new ArrayList<>(List.of(-1L));
    itemIds.addAll(
        em.createQuery("select i.id from SampleItem i where i.sample.id = :s", Long.class)
            .setParameter("s", sampleId)
            .getResultList());
    List<Long> reportIds = new ArrayList<>(List.of(-1L));
    reportIds.addAll(
        em.createQuery("select r.id from TestReport r where r.sample.id = :s", Long.class)
            .setParameter("s", sampleId)
            .getResultList());
    return em.createQuery(
            "select a from AuditRecord a where (a.entityType in :own and a.entityId = :s)"
                + " or (a.entityType = :item and a.entityId in :items)"
                + " or (a.entityType = :report and a.entityId in :reports)"
                + " order by a.occurredAt, a.id",
            AuditRecord.class)
        .setParameter("own", List.of(Results.SAMPLE, Results.ANALYSIS))
        .setParameter("s", sampleId)
        .setParameter("item", Results.ITEM)
        .setParameter("items", itemIds)
        .setParameter("report", Results.REPORT)
        .setParameter("reports", reportIds)
        .getResultStream()
        .map(HistoryLine::of)
        .toList();
  }
}
