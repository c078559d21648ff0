package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.security.boundary.UserData;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * admin/user.xhtml: create a user account, or change one (?id=): name, organization, roles, and a
 * new password when one is typed (a reset by the administrator).
 */
@Named
@ViewScoped
public class EditUserBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The languages a user may prefer; zh-CN is the first. */
  private static final List<String> LOCALES = List.of("zh-CN", "en");

  @Inject Users users;

  @Inject Organizations organizations;

  @Inject FacesText text;

  private Long id;
  private String username;
  private String displayName;
  private String password;
  private Long organizationId;
  private List<Role> roles = new ArrayList<>();
  private String locale = LOCALES.get(0);
  private boolean active = true;
  private Long version;

  private transient List<OrganizationData> organizationChoices;

  /** viewAction: loads the user named by ?id=. */
  public void load() {
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    UserData u = users.get(id);
    username = u.username();
    displayName = u.displayName();
    organizationId = u.organizationId();
    roles = new ArrayList<>(u.roles());
    locale = u.locale();
    active = Boolean.TRUE.equals(u.active());
    version = u.version();
  }

  public String save() {
    UserData data =
        new UserData(
            id,
            username,
            displayName,
            password,
            organizationId,
            null,
            roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
            locale,
            null,
            version,
            null,
            null);
    try {
      UserData saved = id == null ? users.create(data) : users.update(id, data);
      text.info("saved", saved.username());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/admin/users.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    } finally {
      // never shown again, and not kept in the session longer than the request
      password = null;
    }
  }

  public void activate() {
    try {
      UserData u = active ? users.deactivate(id) : users.activate(id);
      active = Boolean.TRUE.equals(u.active());
      version = u.version();
    } catch (RuntimeException e) {
      text.show(e, "form");
    }
  }

  /** The active organizations, and the user's own even when it has been deactivated since. */
  public List<OrganizationData> getOrganizations() {
    if (organizationChoices == null) {
      organizationChoices =
          organizations.list(ListQuery.firstPage(ListQuery.MAX_SIZE)).items().stream()
              .filter(o -> Boolean.TRUE.equals(o.active()) || o.id().equals(organizationId))
              .toList();
    }
    return organizationChoices;
  }

  public List<Role> getAllRoles() {
    return users.roles();
  }

  public List<String> getLocales() {
    return LOCALES;
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public boolean isActive() {
    return active;
  }

  public Long getVersion() {
    return version;
  }
}
