package cn.foodsafety.lims.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every answer of the application, pages, API, files and errors alike: a
 * Content-Security-Policy that lets the pages load scripts, styles, fonts and images from this
 * server only, send forms and requests only to it, and be framed only by it; nosniff; the referrer
 * kept within the site; HSTS over HTTPS.
 *
 * <p>Scripts: only files of this server, and on Faces pages the inline scripts that carry the
 * page's nonce. PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) gives each rendered page a
 * nonce, puts it on the scripts it writes, turns event attributes ({@code onclick}, {@code
 * oncomplete}) into listeners registered by such a script and runs the scripts of AJAX updates
 * without {@code eval}; it announces the nonce in a header of its own ({@code script-src 'self'
 * 'nonce-…'}). That header is folded into this policy here, so a page has one policy, with neither
 * {@code 'unsafe-inline'} nor {@code 'unsafe-eval'}. Styles stay {@code 'unsafe-inline'}: the
 * components write {@code style} attributes.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String HEADER = "Content-Security-Policy";

  private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

  static final String CSP = policy("");

  /** The policy, with a nonce source (e.g. {@code 'nonce-abc'}) or none. */
  static String policy(String nonce) {
    return "default-src 'self'; script-src 'self'"
        + (nonce.isEmpty() ? "" : " " + nonce)
        + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
        + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
        + " frame-ancestors 'self'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(HEADER, CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, new NonceFolding(response));
  }

  /** Replaces the policy by one with the nonce that PrimeFaces announces, instead of a second. */
  private static final class NonceFolding extends HttpServletResponseWrapper {

    NonceFolding(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (!fold(name, value)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!fold(name, value)) {
        super.setHeader(name, value);
      }
    }

    private boolean fold(String name, String value) {
      if (!HEADER.equalsIgnoreCase(name) || value == null) {
        return false;
      }
      Matcher nonce = NONCE.matcher(value);
      super.setHeader(HEADER, policy(nonce.find() ? nonce.group() : ""));
      return true;
    }
  }
}
