package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.RejectionReason;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.sampling.entity.StorageCondition;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The samples list's rows read as columns: the page's samples from their own table with the ids of
 * their region, sampling unit, category, samplers, plan, task, laboratory and producer's region;
 * the codes and names of the regions, organizations and categories from the shared cache that holds
 * them (read-only, as one sample read as an entity finds them), the samplers' names in one query;
 * shaped into the same {@link SampleData} as one sample read as an entity ({@link SampleData#of}),
 * masked by the same {@link Viewer} rule and late by the same {@link Sample#late} rule. Loading the
 * page's samples as entities with their related records cost several times as much server time a
 * page, and a query per related table a tenth of the page (README, Benchmarks).
 */
final class SampleRows implements Listing.Projection<Sample, SampleData> {

  /** EclipseLink's hint (org.eclipse.persistence.config.QueryHints.READ_ONLY): the cache's own. */
  private static final Map<String, Object> READ_ONLY = Map.of("eclipselink.read-only", "True");

  private final EntityManager em;
  private final Viewer viewer;
  private final LocalDate today;

  SampleRows(EntityManager em, Viewer viewer, LocalDate today) {
    this.em = em;
    this.viewer = viewer;
    this.today = today;
  }

  @Override
  public List<String> columns() {
    // a related record's id is its foreign key column (read-only attributes of Sample): no join
    return List.of(
        "id", // 0
        "sampleNumber",
        "blindCode",
        "planId",
        "taskId",
        "outsidePlan", // 5
        "level",
        "kind",
        "department",
        "regionId",
        "regionId", // 10 (code, from the region)
        "regionId", // (name, from the region)
        "samplingUnitId",
        "samplingUnitId",
        "samplingUnitId",
        "foodName", // 15
        "categoryId",
        "categoryId",
        "categoryId",
        "brand",
        "specification", // 20
        "batchNumber",
        "productionDate",
        "shelfLife",
        "quantity.amount",
        "quantity.unit", // 25
        "backupQuantity",
        "storageCondition",
        "producer.name",
        "producer.address",
        "producer.licence", // 30
        "producerRegionId",
        "party.name",
        "party.kind",
        "party.address",
        "party.licence", // 35
        "party.contact",
        "party.phone",
        "placeAddress",
        "latitude",
        "longitude", // 40
        "sampledAt",
        "sampledOn",
        "sampler1Id",
        "sampler1Id",
        "sampler2Id", // 45
        "sampler2Id",
        "samplersConfirmed",
        "partyConfirmed",
        "partySignatory",
        "sealNumber", // 50
        "state",
        "labId",
        "labId",
        "labId",
        "assignedAt", // 55
        "assignedBy",
        "assignmentReason",
        "shippedAt",
        "shipMethod",
        "shipTemperature", // 60
        "deliveryDue",
        "deliveredLate",
        "receivedAt",
        "receivedBy",
        "receiptCondition", // 65
        "rejectionReason",
        "rejectionNote",
        "reportDue",
        "createdBy",
        "createdAt", // 70
        "version");
  }

  @Override
  public List<SampleData> rows(List<Object[]> values) {
    // regions, organizations and categories are in each server's shared cache (kept up to date by
    // the reference cache generation): found there read-only, as one sample read as an entity
    // finds them, instead of a query per table for each page; the samplers' names in one query
    // (found by id, the samplers were read from the database one by one: measured, README)
    Map<Long, Region> regions = new HashMap<>();
    Map<Long, Organization> organizations = new HashMap<>();
    Map<Long, FoodCategory> categories = new HashMap<>();
    Set<Long> samplers = new HashSet<>();
    for (Object[] v : values) {
      samplers.add((Long) v[43]);
      samplers.add((Long) v[45]);
    }
    Map<Long, String> names = new HashMap<>();
    for (Object[] u :
        em.createQuery("select u.id, u.displayName from User u where u.id in :ids", Object[].class)
            .setParameter("ids", samplers)
            .getResultList()) {
      names.put((Long) u[0], (String) u[1]);
    }
    List<SampleData> rows = new ArrayList<>(values.size());
    for (Object[] v : values) {
      Region region = cached(Region.class, regions, (Long) v[9]);
      v[10] = region.getCode();
      v[11] = region.getName();
      Organization unit = cached(Organization.class, organizations, (Long) v[12]);
      v[13] = unit.getCode();
      v[14] = unit.getName();
      FoodCategory category = cached(FoodCategory.class, categories, (Long) v[16]);
      v[17] = category.getCode();
      v[18] = category.getName();
      v[44] = names.get((Long) v[43]);
      v[46] = names.get((Long) v[45]);
      if (v[52] != null) {
        Organization lab = cached(Organization.class, organizations, (Long) v[52]);
        v[53] = lab.getCode();
        v[54] = lab.getName();
      }
      rows.add(row(v));
    }
    return rows;
  }

  /** A record of a cached table by id, found once a page, read-only. */
  private <T> T cached(Class<T> type, Map<Long, T> found, Long id) {
    return found.computeIfAbsent(id, k -> em.find(type, k, READ_ONLY));
  }

  private SampleData row(Object[] v) {
    Long regionId = (Long) v[9];
    Long unitId = (Long) v[12];
    boolean masked = viewer.masks(v[2] != null, unitId, regionId);
    OffsetDateTime receivedAt = (OffsetDateTime) v[63];
    LocalDate deliveryDue = (LocalDate) v[61];
    return new SampleData(
        (Long) v[0],
        (String) v[1],
        (String) v[2],
        masked,
        (Long) v[3],
        (Long) v[4],
        (Boolean) v[5],
        (SamplingLevel) v[6],
        (SamplingKind) v[7],
        (Department) v[8],
        regionId,
        (String) v[10],
        (String) v[11],
        unitId,
        (String) v[13],
        (String) v[14],
        (String) v[15],
        (Long) v[16],
        (String) v[17],
        (String) v[18],
        (String) v[19],
        (String) v[20],
        (String) v[21],
        (LocalDate) v[22],
        (String) v[23],
        SampleData.plain((BigDecimal) v[24]),
        (String) v[25],
        SampleData.plain((BigDecimal) v[26]),
        (StorageCondition) v[27],
        masked ? null : (String) v[28],
        masked ? null : (String) v[29],
        masked ? null : (String) v[30],
        masked ? null : (Long) v[31],
        masked ? null : (String) v[32],
        masked ? null : (PartyKind) v[33],
        masked ? null : (String) v[34],
        masked ? null : (String) v[35],
        masked ? null : (String) v[36],
        masked ? null : (String) v[37],
        masked ? null : (String) v[38],
        masked ? null : SampleData.plain((BigDecimal) v[39]),
        masked ? null : SampleData.plain((BigDecimal) v[40]),
        china(v[41]),
        (LocalDate) v[42],
        (Long) v[43],
        (String) v[44],
        (Long) v[45],
        (String) v[46],
        (Boolean) v[47],
        (Boolean) v[48],
        masked ? null : (String) v[49],
        (String) v[50],
        (SampleState) v[51],
        (Long) v[52],
        (String) v[53],
        (String) v[54],
        china(v[55]),
        (String) v[56],
        (String) v[57],
        china(v[58]),
        (String) v[59],
        SampleData.plain((BigDecimal) v[60]),
        deliveryDue,
        Sample.late(receivedAt != null, (Boolean) v[62], deliveryDue, today),
        china(receivedAt),
        (String) v[64],
        (ReceiptCondition) v[65],
        (RejectionReason) v[66],
        (String) v[67],
        (LocalDate) v[68],
        (String) v[69],
        china(v[70]),
        ((Number) v[71]).longValue());
  }

  private static OffsetDateTime china(Object at) {
    return at == null ? null : SampleData.china(((OffsetDateTime) at).toInstant());
  }
}
