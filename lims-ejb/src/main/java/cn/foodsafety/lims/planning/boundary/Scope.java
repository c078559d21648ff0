package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.control.Jurisdiction;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.entity.User;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;

/**
 * What a signed-in user may see of planning: an administrator everything; planners and supervisors
 * the plans of the cities within their organization's region, and the plan of the city their
 * county-level unit belongs to; a sampler the tasks of his own sampling unit.
 */
final class Scope {

  private final User user;

  Scope(User user) {
    this.user = user;
  }

  boolean isAdministrator() {
    return user.has(Role.ADMIN);
  }

  /** A sampler who does not also plan or supervise sees only his sampling unit's tasks. */
  boolean isSamplerOnly() {
    return user.has(Role.SAMPLER)
        && !user.has(Role.ADMIN)
        && !user.has(Role.PLANNER)
        && !user.has(Role.SUPERVISOR);
  }

  Region region() {
    return user.getOrganization().getRegion();
  }

  User user() {
    return user;
  }

  /** The city's plan concerns the user: the city lies in his region, or his region in the city. */
  boolean sees(Region city) {
    return isAdministrator() || city.isWithin(region()) || region().isWithin(city);
  }

  /** A planner changes the plans of cities within his own region only. */
  boolean plans(Region city) {
    return isAdministrator() || city.isWithin(region());
  }

  Set<Long> visibleCityIds(EntityManager em) {
    Set<Long> within = jurisdiction(em).regionIds();
    Set<Long> cities = new HashSet<>();
    if (!within.isEmpty()) {
      cities.addAll(
          em.createQuery(
                  "select r.id from Region r where r.kind = :kind and r.id in :ids", Long.class)
              .setParameter("kind", RegionKind.CITY)
              .setParameter("ids", within)
              .getResultList());
    }
    // the city the user's own region lies in
    for (Region r = region(); r != null; r = r.getParent()) {
      if (r.getKind() == RegionKind.CITY) {
        cities.add(r.getId());
      }
    }
    return cities;
  }

  /** The regions a planner or supervisor sees tasks in: his region and everything below it. */
  Jurisdiction jurisdiction(Jurisdictions jurisdictions) {
    return jurisdictions.of(region());
  }

  private Jurisdiction jurisdiction(EntityManager em) {
    return Jurisdiction.of(em, region());
  }
}
