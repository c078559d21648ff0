package cn.foodsafety.lims.statistics.web;

import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The address of the list behind a figure: statistics/list.xhtml with the list (samples or cases),
 * the measure (which part of the figure) and the request's filters with the row's drill filters on
 * top, so that the list is read with exactly the conditions that counted the figure.
 */
final class FigureLinks {

  static final String SAMPLES = "samples";
  static final String CASES = "cases";

  private FigureLinks() {}

  static String href(
      String contextPath,
      String kind,
      String measure,
      StatsRequest request,
      Map<String, String> drill) {
    StatsRequest r = drill == null || drill.isEmpty() ? request : request.with(drill);
    StringBuilder url =
        new StringBuilder(contextPath)
            .append("/statistics/list.xhtml?list=")
            .append(kind)
            .append("&measure=")
            .append(measure);
    r.asMap().forEach((k, v) -> url.append('&').append(k).append('=').append(encode(v)));
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
