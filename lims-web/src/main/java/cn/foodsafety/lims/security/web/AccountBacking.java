package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.security.boundary.UserData;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** account.xhtml: who I am, and my password. */
@Named
@RequestScoped
public class AccountBacking {

  @Inject Users users;

  @Inject FacesText text;

  private UserData me;
  private String currentPassword;
  private String password;

  @PostConstruct
  void init() {
    me = users.me();
  }

  public void changePassword() {
    try {
      users.changeOwnPassword(currentPassword, password);
      text.info("account.passwordChanged");
    } catch (RuntimeException e) {
      text.show(e, "password");
    }
  }

  public UserData getMe() {
    return me;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
