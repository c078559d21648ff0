package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The sign-in form (login.xhtml) and sign-out. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;

  @Inject FacesText text;

  @NotBlank private String username;

  @NotBlank private String password;

  private String next;

  /** Set when the sign-in page was reached because the session had run out. */
  private boolean expired;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      faces.responseComplete();
      ext.redirect(ext.getRequestContextPath() + safeNext());
    } else if (status == AuthenticationStatus.SEND_FAILURE) {
      String message = text.get("login.failed");
      if (ext.getRequestMap().get(LimsAuthenticationMechanism.SIGN_IN_REFUSAL)
          instanceof LimsIdentityStore.Check check) {
        if (check.refusal() == LimsIdentityStore.Refusal.LOCKED) {
          message = text.get("login.locked");
        } else if (check.refusal() == LimsIdentityStore.Refusal.THROTTLED) {
          message = text.get("login.throttled");
        }
      }
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    } else {
      faces.responseComplete();
    }
  }

  public void signOut() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    ((HttpServletRequest) ext.getRequest()).getSession().invalidate();
    try {
      ((HttpServletRequest) ext.getRequest()).logout();
    } catch (jakarta.servlet.ServletException e) {
      // the session is gone already; nothing else to undo
    }
    ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
  }

  /** Only a path inside the application: never an absolute URL an attacker put in ?next=. */
  private String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/index.xhtml";
    }
    return next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
