package cn.foodsafety.lims.security.boundary;

import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.control.Passwords;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * The accounts that exist before anyone can create accounts.
 *
 * <ul>
 *   <li>With the system property {@code lims.demo=true} (the run command sets it on the embedded
 *       database only; the tests on their own database) the demo users of every role, password
 *       {@value #DEMO_PASSWORD}, are created if missing.
 *   <li>With {@code lims.admin.password} set and no user at all (a fresh production database), one
 *       administrator {@code admin} is created with that password.
 * </ul>
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AccountBootstrap {

  public static final String DEMO_PASSWORD = "demo1234";
  private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

  /** username, display name, organization code, roles. */
  record DemoUser(String username, String displayName, String organization, EnumSet<Role> roles) {}

  static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser("admin", "系统管理员", "ZZ-SAMR", EnumSet.of(Role.ADMIN)),
          new DemoUser("planner", "王计划", "ZZ-SAMR", EnumSet.of(Role.PLANNER)),
          new DemoUser("supervisor", "赵监督", "ZZ-SAMR", EnumSet.of(Role.SUPERVISOR)),
          new DemoUser("jinshui", "钱金水", "MR-410105", EnumSet.of(Role.SUPERVISOR)),
          new DemoUser("jinshui2", "郑金水", "MR-410105", EnumSet.of(Role.SUPERVISOR)),
          new DemoUser("zhongyuan", "冯中原", "MR-410102", EnumSet.of(Role.SUPERVISOR)),
          new DemoUser("sampler", "李抽样", "TEAM-HNFDI-1", EnumSet.of(Role.SAMPLER)),
          new DemoUser("sampler2", "周抽样", "TEAM-HNFDI-1", EnumSet.of(Role.SAMPLER)),
          new DemoUser("sampler3", "吴抽样", "TEAM-ZZAQ", EnumSet.of(Role.SAMPLER)),
          new DemoUser("labtech", "张检验", "LAB-ZZAQ", EnumSet.of(Role.LAB_TECH)),
          new DemoUser("reviewer", "陈审核", "LAB-ZZAQ", EnumSet.of(Role.LAB_REVIEWER)),
          new DemoUser("labtech2", "孙检验", "LAB-HNFDI", EnumSet.of(Role.LAB_TECH)),
          new DemoUser("reviewer2", "刘审核", "LAB-HNFDI", EnumSet.of(Role.LAB_REVIEWER)));

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @PostConstruct
  void bootstrap() {
    if (Boolean.getBoolean("lims.demo")) {
      String hash = passwords.hash(DEMO_PASSWORD.toCharArray());
      for (DemoUser d : DEMO_USERS) {
        createIfMissing(d.username(), d.displayName(), d.organization(), d.roles(), hash);
      }
      LOG.info("demo users present: " + DEMO_USERS.stream().map(DemoUser::username).toList());
    }
    String adminPassword = System.getProperty("lims.admin.password");
    long users = em.createNamedQuery(User.COUNT_ALL, Long.class).getSingleResult();
    if (adminPassword != null && !adminPassword.isBlank() && users == 0) {
      createIfMissing(
          "admin",
          "系统管理员",
          "ZZ-SAMR",
          EnumSet.of(Role.ADMIN),
          passwords.hash(adminPassword.toCharArray()));
      LOG.info("initial administrator 'admin' created");
    }
  }

  private void createIfMissing(
      String username, String displayName, String orgCode, EnumSet<Role> roles, String hash) {
    boolean exists =
        !em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
            .setParameter("username", username)
            .getResultList()
            .isEmpty();
    if (exists) {
      return;
    }
    Organization org =
        em.createNamedQuery(Organization.FIND_BY_CODE, Organization.class)
            .setParameter("code", orgCode)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (org == null) {
      LOG.warning("demo user " + username + " skipped: organization " + orgCode + " is missing");
      return;
    }
    User user = new User(username, displayName, hash, org);
    user.describe(displayName, org, roles);
    em.persist(user);
  }
}
