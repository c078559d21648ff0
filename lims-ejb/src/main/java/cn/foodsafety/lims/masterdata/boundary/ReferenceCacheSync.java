package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.Setting;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * Regions, food categories, organizations and settings are kept in EclipseLink's shared cache,
 * which belongs to one server. Every two seconds each server compares the generation of {@link
 * CacheGenerations#REFERENCE} with the one it last saw and, when another server changed them, drops
 * them from its cache.
 */
@Singleton
@PermitAll
public class ReferenceCacheSync {

  @PersistenceUnit EntityManagerFactory factory;

  @Inject CacheGenerations generations;

  private long seen = -1;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void check() {
    long now = generations.current(CacheGenerations.REFERENCE);
    if (seen >= 0 && now != seen) {
      factory.getCache().evict(Region.class);
      factory.getCache().evict(FoodCategory.class);
      factory.getCache().evict(Organization.class);
      factory.getCache().evict(Setting.class);
    }
    seen = now;
  }
}
