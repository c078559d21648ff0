package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.security.entity.Role;
import cn.foodsafety.lims.security.entity.User;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.stream.Collectors;

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
    return em.createQuery("select r from Region r where r.kind = :kind", Region.class)
        .setParameter("kind", RegionKind.CITY)
        .getResultStream()
        .filter(this::sees)
        .map(Region::getId)
        .collect(Collectors.toSet());
  }

  /** The regions a planner or supervisor sees tasks in: his region and everything below it. */
  Set<Long> visibleRegionIds(EntityManager em) {
    Region mine = region();
    return em.createQuery("select r from Region r", Region.class)
        .getResultStream()
        .filter(r -> r.isWithin(mine))
        .map(Region::getId)
        .collect(Collectors.toSet());
  }
}
