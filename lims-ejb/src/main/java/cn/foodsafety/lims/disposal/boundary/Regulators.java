package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The market regulator in charge of a region: its own, else the nearest one above it. */
final class Regulators {

  private Regulators() {}

  static Organization of(EntityManager em, Region region) {
    for (Region r = region; r != null; r = r.getParent()) {
      List<Organization> found =
          em.createQuery(
                  "select o from Organization o where o.kind = :kind and o.department = :dept"
                      + " and o.region = :region and o.active = true order by o.code",
                  Organization.class)
              .setParameter("kind", OrganizationKind.REGULATOR)
              .setParameter("dept", Department.MARKET_REGULATION)
              .setParameter("region", r)
              .setMaxResults(1)
              .getResultList();
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }
}
