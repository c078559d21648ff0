package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * One mechanism for both faces of the application: the API (/api/*) takes HTTP Basic on every call
 * and answers 401 as a JSON problem; the pages sign in through the login form and keep the caller
 * in the HTTP session (idle and absolute time-outs are settings). Failed sign-ins are answered
 * after a growing delay; a locked account or a throttled client address gets a 429.
 */
@ApplicationScoped
public class LimsAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "lims.caller";
  static final String SESSION_GROUPS = "lims.groups";
  static final String SESSION_SIGNED_IN_AT = "lims.signedInAt";
  static final String LOGIN_PAGE = "/login.xhtml";

  /** Request attribute: why the sign-in form's credentials were refused (a {@code Check}). */
  static final String SIGN_IN_REFUSAL = "lims.signInRefusal";

  @Inject LimsIdentityStore store;

  @Inject Settings settings;

  @Inject ClientAddresses addresses;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential formCredential = context.getAuthParameters().getCredential();
    if (formCredential instanceof UsernamePasswordCredential upc) {
      LimsIdentityStore.Check check = store.check(upc, addresses.of(request));
      if (!check.valid()) {
        // the sign-in page shows the failure itself: no error page, the response stays open
        request.setAttribute(SIGN_IN_REFUSAL, check);
        pause(check.delayMillis());
        return AuthenticationStatus.SEND_FAILURE;
      }
      CredentialValidationResult result = check.result();
      HttpSession session = request.getSession(true);
      request.changeSessionId();
      session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
      session.setAttribute(SESSION_GROUPS, Set.copyOf(result.getCallerGroups()));
      session.setAttribute(SESSION_SIGNED_IN_AT, System.currentTimeMillis());
      session.setAttribute(SameOriginFilter.SESSION_TOKEN, SameOriginFilter.newToken());
      session.setMaxInactiveInterval(60 * settings.intValue("security.session.idleMinutes", 30));
      return context.notifyContainerAboutLogin(result);
    }

    String path = request.getServletPath();
    if (isPublic(request) && !context.isProtected()) {
      // the public disclosure (page and feed) is for everyone: credentials sent along, wrong or
      // stale, must not turn it into a 401 or a sign-in redirect
      return context.doNothing();
    }
    boolean api = path.startsWith("/api");
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decode(authorization.substring(6).strip());
      if (basic == null) {
        return api ? unauthorized(request, response, context) : context.responseUnauthorized();
      }
      LimsIdentityStore.Check check = store.check(basic, addresses.of(request));
      if (check.valid()) {
        return context.notifyContainerAboutLogin(check.result());
      }
      if (check.refusal() != LimsIdentityStore.Refusal.WRONG) {
        return tooMany(request, response, check);
      }
      pause(check.delayMillis());
      return api ? unauthorized(request, response, context) : context.responseUnauthorized();
    }

    HttpSession session = request.getSession(false);
    if (session != null && expired(session)) {
      session.invalidate();
      session = null;
    }
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof String name) {
      @SuppressWarnings("unchecked")
      Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
      return context.notifyContainerAboutLogin(name, groups);
    }

    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (api) {
      return unauthorized(request, response, context);
    }
    return redirectToLogin(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /**
   * The absolute time-out ({@code security.session.absoluteMinutes}): a session ends that long
   * after its sign-in however busy it is. The idle time-out is the container's, set at sign-in.
   */
  private boolean expired(HttpSession session) {
    try {
      return session.getAttribute(SESSION_SIGNED_IN_AT) instanceof Long at
          && System.currentTimeMillis() - at
              > 60_000L * settings.intValue("security.session.absoluteMinutes", 720);
    } catch (IllegalStateException invalidated) {
      return true;
    }
  }

  /** Slows down password guessing: a failed sign-in is answered after a growing delay. */
  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** 429 for a locked account or a throttled address, with when to try again. */
  private static AuthenticationStatus tooMany(
      HttpServletRequest request, HttpServletResponse response, LimsIdentityStore.Check check) {
    long seconds =
        check.lockedUntil() == null
            ? 900
            : Math.max(
                1, java.time.Duration.between(Instant.now(), check.lockedUntil()).toSeconds());
    Locale locale = Messages.supported(request.getLocale());
    if (request.getHeader("Accept-Language") == null) {
      locale = Messages.CHINESE;
    }
    String detail =
        check.refusal() == LimsIdentityStore.Refusal.LOCKED
            ? Messages.text(locale, "lims.error.signIn.locked", (seconds + 59) / 60)
            : Messages.text(locale, "lims.error.signIn.throttled");
    try {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(seconds));
      response.setContentType("application/problem+json;charset=UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"https://lims.foodsafety.cn/problems/tooManyRequests\",\"title\":\""
                  + json(Messages.text(locale, "lims.title.tooManyRequests"))
                  + "\",\"status\":429,\"detail\":\""
                  + json(detail)
                  + "\"}");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isPublic(HttpServletRequest request) {
    String inApp = request.getRequestURI().substring(request.getContextPath().length());
    return inApp.startsWith("/public/") || inApp.startsWith("/api/public/");
  }

  private static UsernamePasswordCredential decode(String token) {
    try {
      String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0
          ? null
          : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Locale locale = Messages.supported(request.getLocale());
    if (request.getHeader("Accept-Language") == null) {
      locale = Messages.CHINESE;
    }
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"lims\", charset=\"UTF-8\"");
      response.setContentType("application/problem+json;charset=UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"https://lims.foodsafety.cn/problems/unauthorized\",\"title\":\""
                  + json(Messages.text(locale, "lims.title.unauthorized"))
                  + "\",\"status\":401,\"detail\":\""
                  + json(Messages.text(locale, "lims.error.unauthorized"))
                  + "\"}");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * Sends a page request without a signed-in user to the sign-in page, which then leads back. A
   * Faces ajax request (查询 on a list after the session ran out) cannot follow an HTTP redirect: it
   * gets a partial response that tells the page to go to sign-in, back to the page it came from
   * (its Referer), with the message that the session has expired.
   */
  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
    String target = ajax ? refererInApp(request) : null;
    if (target == null) {
      target = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
    }
    boolean expired =
        ajax
            || "POST".equals(request.getMethod())
            || (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid());
    String login =
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8)
            + (expired ? "&expired=true" : "");
    if (!ajax) {
      return context.redirect(login);
    }
    try {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/xml;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + login.replace("&", "&amp;")
                  + "\"/></partial-response>");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** The page the request came from, as a path inside the application, or null. */
  private static String refererInApp(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return null;
    }
    try {
      java.net.URI uri = java.net.URI.create(referer);
      String path = uri.getRawPath();
      if (path == null
          || !path.startsWith(request.getContextPath() + "/")
          || (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName()))) {
        return null;
      }
      String inApp = path.substring(request.getContextPath().length());
      return uri.getRawQuery() == null ? inApp : inApp + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
