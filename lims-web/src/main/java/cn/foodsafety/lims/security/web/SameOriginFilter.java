package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.platform.control.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery: a change (any method but GET, HEAD, OPTIONS) is refused with a 403
 * when its {@code Origin} (or, without one, its {@code Referer}) names another site than the one it
 * was sent to; and an API change carried by the session cookie alone (no {@code Authorization}
 * header) must also carry the session's token in {@code X-CSRF-Token}, which a page of another site
 * cannot read. The pages have the token in {@code <meta name="lims-csrf-token">}; Faces forms carry
 * their view state, and the session cookie is SameSite=Lax. HTTP Basic clients (no browser, no
 * Origin) are not affected.
 */
@WebFilter(filterName = "sameOrigin", urlPatterns = "/*", asyncSupported = true)
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String SESSION_TOKEN = "lims.csrf";
  static final String HEADER = "X-CSRF-Token";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final SecureRandom RANDOM = new SecureRandom();

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE.contains(request.getMethod())) {
      String source = request.getHeader("Origin");
      if (source == null) {
        source = request.getHeader("Referer");
      }
      if (source != null && !sameOrigin(source, request.getHeader("Host"))) {
        refuse(request, response, "lims.error.crossOrigin");
        return;
      }
      String inApp = request.getRequestURI().substring(request.getContextPath().length());
      if (inApp.startsWith("/api/") && request.getHeader("Authorization") == null) {
        HttpSession session = request.getSession(false);
        if (session != null
            && session.getAttribute(LimsAuthenticationMechanism.SESSION_CALLER) != null
            && !tokenMatches(session, request.getHeader(HEADER))) {
          refuse(request, response, "lims.error.csrf");
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean tokenMatches(HttpSession session, String sent) {
    Object expected = session.getAttribute(SESSION_TOKEN);
    return expected instanceof String e
        && sent != null
        && MessageDigest.isEqual(
            e.getBytes(StandardCharsets.US_ASCII),
            sent.strip().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Same site when the origin's host and port are those the request was sent to (the scheme is not
   * compared: a proxy may end TLS in front of the server). "null" and unreadable origins are not.
   */
  static boolean sameOrigin(String source, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    try {
      URI uri = URI.create(source.strip());
      if (uri.getHost() == null) {
        return false;
      }
      int port = uri.getPort();
      if (port < 0) {
        port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      }
      String h = host.strip().toLowerCase(Locale.ROOT);
      String hostName = h;
      int hostPort = -1;
      int colon = h.lastIndexOf(':');
      if (colon > h.lastIndexOf(']')) {
        hostName = h.substring(0, colon);
        try {
          hostPort = Integer.parseInt(h.substring(colon + 1));
        } catch (NumberFormatException e) {
          return false;
        }
      }
      if (!uri.getHost().toLowerCase(Locale.ROOT).equals(hostName)) {
        return false;
      }
      return hostPort < 0 ? port == 80 || port == 443 : hostPort == port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, String key)
      throws IOException {
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? Messages.CHINESE
            : Messages.supported(request.getLocale());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"https://lims.foodsafety.cn/problems/forbidden\",\"title\":\""
                + json(Messages.text(locale, "lims.title.forbidden"))
                + "\",\"status\":403,\"detail\":\""
                + json(Messages.text(locale, key))
                + "\"}");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
