package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.rapidtest.entity.RapidTest;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Rapid tests in markets, one at a time: recording one on the phone page or through the API (a
 * positive holds the batch and creates its laboratory confirmation task, see {@link
 * RapidTestEntry}), a market's day, one test with its confirmation outcome. A device's file is
 * {@link RapidTestImports}, the figures {@link MarketFigures}, the public page {@link
 * PublicMarkets}.
 */
@Stateless
@LocalBean
public class RapidTests {

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  @RolesAllowed({Role.SAMPLER_NAME, Role.SUPERVISOR_NAME})
  public RapidTestData record(RapidTestForm form) {
    Violations v = Violations.of(validator, form);
    RapidTestEntry.Checked c = entry().check(form, "", v);
    v.throwIfAny();
    return store().data(entry().persist(c, RapidTest.Source.PHONE));
  }

  /** A market's tests of a day (today in China when no day is given), latest first. */
  @RolesAllowed({Role.SAMPLER_NAME, Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
  public List<RapidTestData> list(Long marketId, LocalDate day) {
    LocalDate d = day == null ? LocalDate.now(clock.withZone(RapidTestStore.CHINA)) : day;
    RapidTestStore store = store();
    return store.ofDay(marketId, d).stream().map(store::data).toList();
  }

  @RolesAllowed({Role.SAMPLER_NAME, Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
  public RapidTestData get(long id) {
    RapidTest t = em.find(RapidTest.class, id);
    if (t == null) {
      throw new NotFoundException(RapidTestStore.ENTITY, id);
    }
    return store().data(t);
  }

  private RapidTestEntry entry() {
    return new RapidTestEntry(em, audit, users, settings, clock);
  }

  private RapidTestStore store() {
    return new RapidTestStore(em, clock);
  }
}
