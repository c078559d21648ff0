package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** masterdata/organizations.xhtml: regulators, institutions, teams and laboratories. */
@Named
@ViewScoped
public class ListOrganizationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Organizations organizations;

  private String search;
  private OrganizationKind kind;
  private Department department;
  private PageModel<OrganizationData> model;

  @PostConstruct
  void init() {
    model =
        new PageModel<>(
            q -> organizations.list(q),
            OrganizationData::id,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (kind != null) {
                f.put("kind", kind.name());
              }
              if (department != null) {
                f.put("department", department.name());
              }
              return f;
            });
  }

  public List<OrganizationKind> getKinds() {
    return List.of(OrganizationKind.values());
  }

  public List<Department> getDepartments() {
    return List.of(Department.values());
  }

  public PageModel<OrganizationData> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public OrganizationKind getKind() {
    return kind;
  }

  public void setKind(OrganizationKind kind) {
    this.kind = kind;
  }

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }
}
