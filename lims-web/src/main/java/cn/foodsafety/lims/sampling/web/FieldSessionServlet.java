package cn.foodsafety.lims.sampling.web;

import cn.foodsafety.lims.security.boundary.Users;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The offline form's view of the session (/m/session.json): who is signed in, in which language,
 * and the session's CSRF token that the form's POSTs carry in {@code X-CSRF-Token}. The form's page
 * is a static file kept by the service worker, so it cannot carry the token itself; it asks for it
 * before each sync. Never cached.
 */
@WebServlet(urlPatterns = "/m/session.json")
public class FieldSessionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The session attribute the sign-in sets (see {@code SameOriginFilter}). */
  static final String CSRF = "lims.csrf";

  @Inject Users users;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    HttpSession session = request.getSession(false);
    if (request.getUserPrincipal() == null || session == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"signedIn\":false}");
      return;
    }
    String lang = null;
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if ("lims-lang".equals(c.getName())) {
          lang = c.getValue().startsWith("en") ? "en" : "zh-CN";
        }
      }
    }
    var me = users.me();
    if (lang == null) {
      lang = "en".equals(me.locale()) ? "en" : "zh-CN";
    }
    Object token = session.getAttribute(CSRF);
    response.setContentType("application/json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"signedIn\":true,\"username\":"
                + json(me.username())
                + ",\"displayName\":"
                + json(me.displayName())
                + ",\"lang\":"
                + json(lang)
                + ",\"csrf\":"
                + json(token instanceof String s ? s : "")
                + "}");
  }

  private static String json(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '<' -> b.append("\\u003c");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
