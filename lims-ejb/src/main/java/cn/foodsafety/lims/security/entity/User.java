package cn.foodsafety.lims.security.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.platform.entity.Role;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in. Only the PBKDF2 hash of the password is stored. */
// Read by nearly every request (who is asking, in which organization, with which roles) and changed
// rarely, only through JPA: kept in the shared cache with its roles. Another server of a deployment
// group drops it when the accounts' cache generation moves (Users.current).
@Cacheable
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = User.FIND_BY_USERNAME,
    query = "select u from User u where u.username = :username")
@NamedQuery(name = User.COUNT_ALL, query = "select count(u) from User u")
@NamedQuery(
    name = User.COUNT_BY_ORGANIZATION,
    query = "select count(u) from User u where u.organization = :organization")
public class User implements Audited {

  public static final String FIND_BY_USERNAME = "User.findByUsername";
  public static final String COUNT_ALL = "User.countAll";
  public static final String COUNT_BY_ORGANIZATION = "User.countByOrganization";

  @Id
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  private Organization organization;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  private String locale;

  private boolean active = true;

  @Version private long version;

  protected User() {}

  public User(String username, String displayName, String passwordHash, Organization organization) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.organization = Objects.requireNonNull(organization);
  }

  public void describe(String displayName, Organization organization, Set<Role> roles) {
    this.displayName = Objects.requireNonNull(displayName);
    this.organization = Objects.requireNonNull(organization);
    this.roles.clear();
    this.roles.addAll(roles);
  }

  public void changePasswordHash(String hash) {
    this.passwordHash = Objects.requireNonNull(hash);
  }

  public void preferLocale(String languageTag) {
    this.locale = languageTag;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Organization getOrganization() {
    return organization;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public String getLocale() {
    return locale;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  /**
   * What the user administration's history follows: the name shown, the organisation (by its code)
   * and the roles in their declared order. The password is an action of its own (the trail never
   * holds a hash), the preferred language is not followed.
   */
  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return switch (attribute) {
      case "displayName", "organization" -> Audited.super.auditFields(attribute, value);
      case "roles" ->
          Collections.singletonMap(
              "roles", value == null ? null : new TreeSet<>((Collection<?>) value).toString());
      default -> Map.of();
    };
  }

  @Override
  public String auditLabel() {
    return username;
  }
}
