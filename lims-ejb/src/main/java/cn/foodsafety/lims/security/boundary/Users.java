package cn.foodsafety.lims.security.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.control.PasswordPolicy;
import cn.foodsafety.lims.security.control.Passwords;
import cn.foodsafety.lims.security.entity.SignInGuard;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** User accounts: administration, sign-in checks, one's own password and language. */
@Stateless
public class Users {

  static final String ENTITY = "User";

  private static final Listing<User> LISTING =
      Listing.of(User.class)
          .sortable("username", "displayName")
          .sortableAs("organization", "organization.name")
          .defaultSort("username")
          .searchable("username", "displayName")
          .filterable("organization.id", Long::valueOf)
          .filterable("active", Boolean::valueOf);

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Event<CredentialsChanged> credentialsChanged;

  @Inject Settings settings;

  @Inject CacheGenerations generations;

  @Inject AccountCache accounts;

  @Resource SessionContext session;

  /** Fired when a password changes or an account is (de)activated: caches must forget it. */
  public record CredentialsChanged(String username) {}

  /**
   * Checks a sign-in. Called before anyone is signed in, so it is open to all; an inactive account
   * or a wrong password are the same answer, to say nothing about which names exist.
   */
  @PermitAll
  public Optional<Caller> verify(String username, char[] password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(User::isActive)
        .filter(u -> passwords.verify(password, u.getPasswordHash()))
        .findFirst()
        .map(u -> new Caller(u.getUsername(), u.getRoles()));
  }

  /** The signed-in user. */
  @PermitAll
  public UserData me() {
    return UserData.of(current());
  }

  /**
   * The signed-in user's entity, for other boundaries that scope what a user may see. Every request
   * asks for it, so it comes by id from the shared cache (user, organization and roles without a
   * statement, {@link AccountCache}); only a name not seen before is looked up.
   */
  @PermitAll
  public User current() {
    String name = session.getCallerPrincipal().getName();
    Long id = accounts.idOf(name);
    User known = id == null ? null : em.find(User.class, id);
    if (known != null && known.getUsername().equals(name)) {
      return known;
    }
    User user =
        em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("lims.error.unauthorized"));
    accounts.remember(name, user.getId());
    return user;
  }

  @PermitAll
  @Interceptors(AccountChange.class)
  public void preferLocale(String languageTag) {
    String tag = "en".equals(languageTag) ? "en" : "zh-CN";
    current().preferLocale(tag);
  }

  @PermitAll
  @Interceptors(AccountChange.class)
  public void changeOwnPassword(String currentPassword, String newPassword) {
    User me = current();
    Violations v = new Violations();
    v.addIf(
        currentPassword == null
            || !passwords.verify(currentPassword.toCharArray(), me.getPasswordHash()),
        "currentPassword",
        "lims.user.password.wrong");
    checkPolicy(newPassword, v);
    v.throwIfAny();
    me.changePasswordHash(passwords.hash(newPassword.toCharArray()));
    audit.action(AuditAction.UPDATE, ENTITY, me.getId(), "password", null, null, null);
    credentialsChanged(me.getUsername());
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public Page<UserData> list(ListQuery query) {
    Page<User> page = LISTING.run(em, query);
    Map<Long, Instant> locked = locks(page.items().stream().map(User::getId).toList());
    return page.map(u -> UserData.of(u, locked.get(u.getId())));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public UserData get(long id) {
    return withLock(find(id));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public UserData create(UserData data) {
    Violations v = Violations.of(validator, data);
    Organization org = organizationOf(data, v);
    Set<Role> roles = rolesOf(data, org, v);
    checkPolicy(data.password(), v);
    if (data.username() != null && !data.username().isBlank()) {
      v.addIf(
          !em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
              .setParameter("username", data.username().strip())
              .getResultList()
              .isEmpty(),
          "username",
          "lims.field.duplicateCode",
          data.username().strip());
    }
    v.throwIfAny();
    User user =
        new User(
            data.username().strip(),
            data.displayName().strip(),
            passwords.hash(data.password().toCharArray()),
            org);
    user.describe(data.displayName().strip(), org, roles);
    user.preferLocale(data.locale());
    em.persist(user);
    em.flush();
    audit.created(ENTITY, user.getId(), user.getUsername() + " " + roles);
    return UserData.of(user);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(AccountChange.class)
  public UserData update(long id, UserData data) {
    User user = find(id);
    Versions.check(data.version(), user.getVersion());
    Violations v = Violations.of(validator, data);
    Organization org = organizationOf(data, v);
    Set<Role> roles = rolesOf(data, org, v);
    v.addIf(
        data.username() != null && !user.getUsername().equals(data.username().strip()),
        "username",
        "lims.field.invalidValue",
        data.username());
    if (data.password() != null && !data.password().isEmpty()) {
      checkPolicy(data.password(), v);
    }
    v.throwIfAny();
    Set<Role> rolesBefore = user.getRoles();
    user.describe(data.displayName().strip(), org, roles);
    boolean newPassword = data.password() != null && !data.password().isEmpty();
    if (newPassword) {
      user.changePasswordHash(passwords.hash(data.password().toCharArray()));
    }
    audit.recordCaptured(null);
    if (newPassword) {
      // a new password is an event, not a value the trail may hold
      audit.action(AuditAction.UPDATE, ENTITY, id, "password", "", "(changed)", null);
    }
    if (newPassword || !rolesBefore.equals(user.getRoles())) {
      // a remembered sign-in carries the roles too: the next call signs in with the new ones
      credentialsChanged(user.getUsername());
    }
    return UserData.of(user);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(AccountChange.class)
  public UserData deactivate(long id) {
    User user = find(id);
    if (user.getUsername().equals(session.getCallerPrincipal().getName())) {
      throw InvalidInputException.of("active", "lims.user.self.deactivate");
    }
    if (user.isActive()) {
      user.deactivate();
      audit.action(AuditAction.DEACTIVATE, ENTITY, id, "active", "true", "false", null);
      credentialsChanged(user.getUsername());
    }
    em.flush(); // the answer carries the new version
    return UserData.of(user);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(AccountChange.class)
  public UserData activate(long id) {
    User user = find(id);
    if (!user.isActive()) {
      user.activate();
      audit.action(AuditAction.ACTIVATE, ENTITY, id, "active", "false", "true", null);
    }
    em.flush(); // the answer carries the new version
    return UserData.of(user);
  }

  /**
   * Ends an account's sign-in lock (and its count of failures) before it runs out; the unlock is in
   * the audit trail.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public UserData unlock(long id) {
    User user = find(id);
    SignInGuard guard = em.find(SignInGuard.class, id);
    if (guard != null && (guard.getFailures() > 0 || guard.getLockedUntil() != null)) {
      Instant until = guard.getLockedUntil();
      guard.reset();
      audit.action(
          AuditAction.UNLOCK,
          ENTITY,
          id,
          "lockedUntil",
          until == null ? null : until.toString(),
          null,
          null);
    }
    em.flush();
    return UserData.of(user, null);
  }

  /** The policy as the settings say it is now. */
  public PasswordPolicy passwordPolicy() {
    return new PasswordPolicy(
        settings.intValue("security.password.minLength", 8),
        settings.intValue("security.password.minClasses", 2));
  }

  private void checkPolicy(String password, Violations v) {
    PasswordPolicy policy = passwordPolicy();
    v.addIf(
        !policy.accepts(password),
        "password",
        "lims.user.password.weak",
        policy.minLength(),
        policy.minClasses());
  }

  /** Until when each of these users is locked out (only the locked ones). */
  private Map<Long, Instant> locks(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Instant now = Instant.now();
    Map<Long, Instant> locked = new HashMap<>();
    em.createQuery("select g from SignInGuard g where g.userId in :ids", SignInGuard.class)
        .setParameter("ids", ids)
        .getResultStream()
        .filter(g -> g.isLocked(now))
        .forEach(g -> locked.put(g.getUserId(), g.getLockedUntil()));
    return locked;
  }

  private UserData withLock(User u) {
    return UserData.of(u, locks(List.of(u.getId())).get(u.getId()));
  }

  private User find(long id) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return user;
  }

  private Organization organizationOf(UserData data, Violations v) {
    if (data.organizationId() == null) {
      return null;
    }
    Organization org = em.find(Organization.class, data.organizationId());
    v.addIf(org == null, "organizationId", "lims.field.unknownReference", data.organizationId());
    v.addIf(
        org != null && !org.isActive(),
        "organizationId",
        "lims.field.inactiveReference",
        org == null ? "" : org.getName());
    return org;
  }

  /**
   * A role fits only a kind of organization: samplers are in a sampling unit, lab staff in a
   * laboratory, planners and supervisors in a regulator; an administrator may be anywhere.
   */
  private static Set<Role> rolesOf(UserData data, Organization org, Violations v) {
    Set<Role> roles =
        data.roles() == null || data.roles().isEmpty()
            ? EnumSet.noneOf(Role.class)
            : EnumSet.copyOf(data.roles());
    v.addIf(roles.isEmpty(), "roles", "lims.user.roles.required");
    if (org != null) {
      for (Role r : roles) {
        OrganizationKind needed = requiredKind(r);
        v.addIf(
            needed != null && org.getKind() != needed,
            "roles",
            "lims.user.role.organization",
            r,
            needed);
      }
    }
    return roles;
  }

  static OrganizationKind requiredKind(Role role) {
    return switch (role) {
      case SAMPLER -> OrganizationKind.SAMPLING_UNIT;
      case LAB_TECH, LAB_REVIEWER -> OrganizationKind.LABORATORY;
      case PLANNER, SUPERVISOR -> OrganizationKind.REGULATOR;
      case ADMIN -> null;
    };
  }

  /** For the pages: every role, in order. */
  @PermitAll
  public List<Role> roles() {
    return List.of(Role.values());
  }

  /**
   * This server's caches forget the user's checked passwords at once (the event), the other
   * servers' within a second (the raised generation, committed with the change).
   */
  private void credentialsChanged(String username) {
    credentialsChanged.fire(new CredentialsChanged(username));
  }

  /**
   * Every change of credentials (here, or a lock by {@link SignIns}) raises their cache generation
   * in the changing transaction, so the other servers of a deployment group forget too.
   */
  public void credentialsChanging(@Observes CredentialsChanged changed) {
    generations.raise(CacheGenerations.CREDENTIALS);
  }
}
