package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.control.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: zh-CN unless the user switched to English. The choice is kept in a
 * cookie (so the sign-in page remembers it too) and in the user's profile.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  static final String COOKIE = "lims-lang";
  private static final long serialVersionUID = 1L;

  @Inject LanguagePreference profile;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = fromCookie();
      if (locale == null) {
        locale = fromProfile();
      }
    }
    return locale == null ? Messages.CHINESE : locale;
  }

  public String getLanguage() {
    return getLocale().toLanguageTag();
  }

  public boolean isEnglish() {
    return "en".equals(getLocale().getLanguage());
  }

  /** Switches between zh-CN and English and reloads the page in the new language. */
  public void switchLanguage() throws IOException {
    locale = isEnglish() ? Messages.CHINESE : Locale.ENGLISH;
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
    cookie.setPath(ext.getRequestContextPath().isEmpty() ? "/" : ext.getRequestContextPath());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    ((HttpServletResponse) ext.getResponse()).addCookie(cookie);
    if (ext.getUserPrincipal() != null) {
      profile.choose(locale.toLanguageTag());
    }
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    String uri = request.getRequestURI();
    String query = request.getQueryString();
    if (query == null) {
      // the switch is a form post, whose address has no query: a page opened with parameters
      // (?id=, the statistics list's filters) keeps them from the address it was shown at
      query = queryOfReferrer(request, uri);
    }
    // else the page's view parameters (f:viewParam) put back what they can
    ext.redirect(
        query == null
            ? faces
                .getApplication()
                .getViewHandler()
                .getRedirectURL(faces, faces.getViewRoot().getViewId(), Map.of(), true)
            : uri + "?" + query);
  }

  /** The query of the page the request came from, when that page is the same address. */
  private static String queryOfReferrer(HttpServletRequest request, String uri) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return null;
    }
    try {
      java.net.URI from = java.net.URI.create(referer);
      return uri.equals(from.getRawPath()) ? from.getRawQuery() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Locale fromCookie() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
      if (cookie instanceof Cookie c) {
        return c.getValue().startsWith("en") ? Locale.ENGLISH : Messages.CHINESE;
      }
    }
    return null;
  }

  /** Without a cookie (another browser), the language the user chose last time. */
  private Locale fromProfile() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getExternalContext().getUserPrincipal() == null) {
      return null;
    }
    try {
      return "en".equals(profile.chosen()) ? Locale.ENGLISH : Messages.CHINESE;
    } catch (cn.foodsafety.lims.platform.control.AccessDeniedException e) {
      // an error page for a caller signed in with HTTP Basic: the container does not carry the
      // caller into the error page's EJB calls, so the profile is out of reach; the default then
      return null;
    }
  }
}
