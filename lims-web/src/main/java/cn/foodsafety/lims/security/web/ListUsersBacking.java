package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.PageModel;
import cn.foodsafety.lims.security.boundary.UserData;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/users.xhtml: the user accounts, for the administrator. */
@Named
@ViewScoped
public class ListUsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Users users;

  @Inject Organizations organizations;

  @Inject transient FacesText text;

  private String search;
  private Long organizationId;
  private Boolean active;
  private PageModel<UserData> model;

  private transient List<OrganizationData> organizationChoices;

  @PostConstruct
  void init() {
    model =
        new PageModel<>(
            q -> users.list(q),
            UserData::id,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (organizationId != null) {
                f.put("organization.id", organizationId.toString());
              }
              if (active != null) {
                f.put("active", active.toString());
              }
              return f;
            });
  }

  /** Ends a sign-in lock before it runs out (the unlock is audited). */
  public void unlock(long id) {
    try {
      users.unlock(id);
      text.info("users.unlocked");
    } catch (RuntimeException e) {
      text.show(e, "list");
    }
  }

  public List<OrganizationData> getOrganizations() {
    if (organizationChoices == null) {
      organizationChoices = organizations.list(ListQuery.firstPage(ListQuery.MAX_SIZE)).items();
    }
    return organizationChoices;
  }

  public PageModel<UserData> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }
}
