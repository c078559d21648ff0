package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.control.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses request parameters with control characters (NUL and the others below U+0020 except tab
 * and line breaks) before anything reads them: query parameters everywhere, and the fields of a
 * page's form post. A NUL would otherwise reach the database, which refuses it with an error the
 * caller would see as a 500. JSON bodies are checked by the API's {@code JsonLimits}.
 */
@WebFilter(filterName = "controlCharacters", urlPatterns = "/*", asyncSupported = true)
public class ControlCharacterFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String bad = badQueryParameter(request.getQueryString());
    String inApp = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = inApp.startsWith("/api/");
    String type = request.getContentType();
    if (bad == null
        && !api
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
        if (hasControl(p.getKey())) {
          bad = "?";
        }
        for (String v : p.getValue()) {
          if (hasControl(v)) {
            bad = p.getKey();
          }
        }
      }
    }
    if (bad == null) {
      chain.doFilter(request, response);
      return;
    }
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? Messages.CHINESE
            : Messages.supported(request.getLocale());
    String detail = Messages.text(locale, "lims.error.controlCharacter", bad);
    if (!api) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, detail);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/problem+json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"https://lims.foodsafety.cn/problems/badRequest\",\"title\":\""
                + json(Messages.text(locale, "lims.title.badRequest"))
                + "\",\"status\":400,\"detail\":\""
                + json(detail)
                + "\"}");
  }

  /** The name of a query parameter holding a control character (or that cannot be decoded). */
  static String badQueryParameter(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      try {
        String name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (hasControl(name) || hasControl(value)) {
          return hasControl(name) ? "?" : name;
        }
      } catch (IllegalArgumentException e) {
        return rawName.length() > 50 ? rawName.substring(0, 50) : rawName;
      }
    }
    return null;
  }

  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
