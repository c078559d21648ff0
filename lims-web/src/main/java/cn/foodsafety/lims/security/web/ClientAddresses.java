package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.platform.control.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address of a request for the limits per address: the peer, or behind a trusted proxy
 * (setting {@code proxy.trustedAddresses}) the client its {@code X-Forwarded-For} names ({@link
 * ClientAddress}). The setting is read again at most every 10 seconds.
 */
@ApplicationScoped
public class ClientAddresses {

  static final String SETTING = "proxy.trustedAddresses";
  private static final long REREAD_MILLIS = 10_000;

  @Inject Settings settings;

  private volatile ClientAddress trusted;
  private volatile long readAt;

  public String of(HttpServletRequest request) {
    // every header line in order: a proxy may add its own line after the client's
    java.util.Enumeration<String> lines = request.getHeaders("X-Forwarded-For");
    String chain = lines == null ? null : String.join(",", java.util.Collections.list(lines));
    return current().of(request.getRemoteAddr(), chain);
  }

  private ClientAddress current() {
    long now = System.currentTimeMillis();
    ClientAddress t = trusted;
    if (t == null || now - readAt > REREAD_MILLIS) {
      t = ClientAddress.trusting(settings.textValue(SETTING));
      if (t == null) {
        t = ClientAddress.trusting("-");
      }
      trusted = t;
      readAt = now;
    }
    return t;
  }
}
