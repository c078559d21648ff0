package cn.foodsafety.lims.oversight.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Addresses of the lists behind the oversight figures, with the request's filters. */
final class OversightLinks {

  private OversightLinks() {}

  /** oversight/list.xhtml: the results behind a publication figure. */
  static String publication(String contextPath, String measure, Map<String, String> filters) {
    return with(contextPath + "/oversight/list.xhtml?measure=" + encode(measure), filters);
  }

  /** statistics/list.xhtml: the samples taken (the statistics' own list of batches). */
  static String batches(String contextPath, Map<String, String> filters) {
    Map<String, String> f = new java.util.LinkedHashMap<>(filters);
    return with(contextPath + "/statistics/list.xhtml?list=samples&measure=BATCHES", f);
  }

  static String with(String base, Map<String, String> filters) {
    StringBuilder url = new StringBuilder(base);
    filters.forEach((k, v) -> url.append('&').append(k).append('=').append(encode(v)));
    return url.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
