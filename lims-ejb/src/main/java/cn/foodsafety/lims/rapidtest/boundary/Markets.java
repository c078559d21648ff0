package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.rapidtest.entity.Market;
import cn.foodsafety.lims.rapidtest.entity.RapidKit;
import cn.foodsafety.lims.rapidtest.entity.TestingPoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Master data of rapid testing: markets (where, and which sampling unit confirms their positives),
 * their testing points, and the kits (item and method).
 */
@Stateless
@LocalBean
public class Markets {

  static final String ENTITY = "Market";

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.SAMPLER_NAME})
  public List<MarketData> list() {
    Map<Long, List<TestingPoint>> points =
        em.createQuery(
                "select p from TestingPoint p where p.active = true order by p.id",
                TestingPoint.class)
            .getResultStream()
            .collect(Collectors.groupingBy(p -> p.getMarket().getId()));
    return em.createQuery("select m from Market m order by m.code", Market.class)
        .getResultStream()
        .map(m -> MarketData.of(m, points.getOrDefault(m.getId(), List.of())))
        .toList();
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.SAMPLER_NAME})
  public MarketData get(long id) {
    return MarketData.of(find(id), points(id));
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
  public MarketData create(MarketData data) {
    Violations v = Violations.of(validator, data);
    Region region = data.regionId() == null ? null : em.find(Region.class, data.regionId());
    if (data.regionId() != null) {
      v.addIf(region == null, "regionId", "lims.field.unknownReference", data.regionId());
      v.addIf(
          region != null && region.getKind() != RegionKind.COUNTY,
          "regionId",
          "lims.sample.region.county",
          region == null ? "" : region.getName());
    }
    Organization unit =
        data.samplingUnitId() == null ? null : em.find(Organization.class, data.samplingUnitId());
    if (data.samplingUnitId() != null) {
      v.addIf(
          unit == null || unit.getKind() != OrganizationKind.SAMPLING_UNIT,
          "samplingUnitId",
          "lims.task.samplingUnit.kind",
          unit == null ? String.valueOf(data.samplingUnitId()) : unit.getName());
    }
    if (data.code() != null) {
      v.addIf(
          !em.createQuery("select m.id from Market m where m.code = :c", Long.class)
              .setParameter("c", data.code().strip())
              .getResultList()
              .isEmpty(),
          "code",
          "lims.market.code.taken",
          data.code());
    }
    v.throwIfAny();
    Market m =
        new Market(
            data.code().strip(),
            data.name().strip(),
            data.address() == null || data.address().isBlank() ? null : data.address().strip(),
            region,
            unit);
    em.persist(m);
    em.flush();
    if (data.points() != null) {
      for (MarketData.Point p : data.points()) {
        if (p != null && p.name() != null && !p.name().isBlank()) {
          em.persist(new TestingPoint(m, p.name().strip()));
        }
      }
    }
    em.flush();
    audit.created(ENTITY, m.getId(), m.getCode() + " " + m.getName());
    return MarketData.of(m, points(m.getId()));
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.SAMPLER_NAME})
  public List<RapidKitData> kits() {
    return em.createQuery("select k from RapidKit k order by k.code", RapidKit.class)
        .getResultStream()
        .map(RapidKitData::of)
        .toList();
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
  public RapidKitData createKit(RapidKitData data) {
    Violations v = Violations.of(validator, data);
    if (data.code() != null) {
      v.addIf(
          !em.createNamedQuery(RapidKit.BY_CODE, RapidKit.class)
              .setParameter("code", data.code().strip())
              .getResultList()
              .isEmpty(),
          "code",
          "lims.market.code.taken",
          data.code());
    }
    v.throwIfAny();
    RapidKit k =
        new RapidKit(
            data.code().strip(),
            data.name().strip(),
            data.item().strip(),
            data.method().strip(),
            data.maker() == null || data.maker().isBlank() ? null : data.maker().strip());
    em.persist(k);
    em.flush();
    audit.created("RapidKit", k.getId(), k.getCode() + " " + k.getName());
    return RapidKitData.of(k);
  }

  Market find(long id) {
    Market m = em.find(Market.class, id);
    if (m == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return m;
  }

  private List<TestingPoint> points(long marketId) {
    return em.createQuery(
            "select p from TestingPoint p where p.market.id = :m and p.active = true order by p.id",
            TestingPoint.class)
        .setParameter("m", marketId)
        .getResultList();
  }
}
