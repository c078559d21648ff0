package cn.foodsafety.lims.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer of the application, pages, API, files and errors alike: a
 * Content-Security-Policy that lets the pages load scripts, styles, fonts and images from this
 * server only, send forms and requests only to it, and be framed only by it; nosniff; the referrer
 * kept within the site; HSTS over HTTPS. Faces and PrimeFaces write inline scripts and event
 * handlers (and PrimeFaces evaluates the scripts of its AJAX updates), so {@code script-src} allows
 * them; no other site's script can be loaded.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }
}
