package cn.foodsafety.lims.statistics.rest;

import cn.foodsafety.lims.platform.rest.QueryValues;
import cn.foodsafety.lims.statistics.boundary.StatsRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;

/** The query parameters of a statistics call: the request's names, and page, size, measure. */
final class StatsParams {

  private static final Set<String> PAGING = Set.of("page", "size", "measure");

  private StatsParams() {}

  static StatsRequest request(MultivaluedMap<String, String> query) {
    return StatsRequest.parse(QueryValues.named(query, StatsRequest.NAMES, PAGING));
  }
}
