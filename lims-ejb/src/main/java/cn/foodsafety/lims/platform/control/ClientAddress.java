package cn.foodsafety.lims.platform.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address a request really came from, for limits per address (proposals and votes, failed
 * sign-ins). Behind a balancer (HAProxy in the cluster setup) every request comes from the
 * balancer, so its {@code X-Forwarded-For} names the client; but anyone can send that header, so it
 * is believed only when the direct peer is one of the trusted proxies (setting {@code
 * proxy.trustedAddresses}: addresses or CIDR ranges, comma-separated). The header is read from the
 * right: the last address that is not itself a trusted proxy is the client (a client's own header
 * travels on the left and is never believed).
 */
public final class ClientAddress {

  /** An IPv4 or IPv6 literal (never a host name: nothing here may ask the DNS). */
  private static final Pattern LITERAL =
      Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private final List<Range> trusted;

  private ClientAddress(List<Range> trusted) {
    this.trusted = trusted;
  }

  /**
   * The trusted proxies of a setting's text ({@code 127.0.0.1, ::1, 10.0.0.0/8}); null when an
   * entry is not an address or a range (the setting's check refuses such a value; a request falls
   * back to the peer).
   */
  public static ClientAddress trusting(String setting) {
    List<Range> ranges = new ArrayList<>();
    if (setting != null) {
      for (String part : setting.split("[,\\s]+")) {
        if (part.isBlank() || part.equals("-")) {
          continue;
        }
        Range r = Range.parse(part.strip());
        if (r == null) {
          return null;
        }
        ranges.add(r);
      }
    }
    return new ClientAddress(List.copyOf(ranges));
  }

  /** True when the setting's text is a valid list of trusted proxies ("-" or empty: none). */
  public static boolean isValidSetting(String setting) {
    return trusting(setting) != null;
  }

  /** The client's address: from {@code forwardedFor} only when the peer is trusted. */
  public String of(String peer, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = strip(hops[i]);
      if (!LITERAL.matcher(hop).matches() || parse(hop) == null) {
        // garbage in the chain: the last good hop is as far as we can believe
        return client;
      }
      client = hop;
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return client;
  }

  private boolean isTrusted(String address) {
    byte[] a = parse(address);
    return a != null && trusted.stream().anyMatch(r -> r.contains(a));
  }

  /** An address as sent ({@code [::1]:443}, {@code 1.2.3.4:5678}) without port and brackets. */
  private static String strip(String hop) {
    String h = hop.strip();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end > 0 ? h.substring(1, end) : h;
    }
    if (h.indexOf(':') > 0 && h.indexOf(':') == h.lastIndexOf(':') && h.contains(".")) {
      return h.substring(0, h.indexOf(':'));
    }
    return h.toLowerCase(Locale.ROOT);
  }

  private static byte[] parse(String address) {
    if (address == null || !LITERAL.matcher(address).matches()) {
      return null;
    }
    if (address.indexOf(':') < 0) {
      for (String octet : address.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return null; // else InetAddress would take it for a host name and ask the DNS
        }
      }
    }
    try {
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private record Range(byte[] base, int bits) {

    static Range parse(String text) {
      int slash = text.indexOf('/');
      byte[] base = ClientAddress.parse(slash < 0 ? text : text.substring(0, slash));
      if (base == null) {
        return null;
      }
      int bits = base.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          return null;
        }
        if (bits < 0 || bits > base.length * 8) {
          return null;
        }
      }
      return new Range(base, bits);
    }

    boolean contains(byte[] a) {
      if (a.length != base.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (a[i] != base[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (a[full] & mask) == (base[full] & mask);
    }
  }
}
