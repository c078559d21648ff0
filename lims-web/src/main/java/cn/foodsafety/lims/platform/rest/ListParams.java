package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.ListQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Paging, sorting and search of every list: {@code ?page=0&size=20&sort=name} ({@code -name} for
 * descending), {@code q} for a free-text search, and any other query parameter as an exact-match
 * filter ({@code kind=COUNTY}, {@code parent.id=2}).
 */
public class ListParams {

  private static final Set<String> RESERVED = Set.of("page", "size", "sort", "q");

  @QueryParam("page")
  @DefaultValue("0")
  String page;

  @QueryParam("size")
  @DefaultValue("20")
  String size;

  @QueryParam("sort")
  String sort;

  @QueryParam("q")
  String search;

  @Context UriInfo uri;

  public ListQuery query() {
    String field = sort;
    boolean descending = false;
    if (field != null && field.startsWith("-")) {
      field = field.substring(1);
      descending = true;
    } else if (field != null && field.contains(",")) {
      String[] parts = field.split(",", 2);
      field = parts[0];
      descending = "desc".equalsIgnoreCase(parts[1].strip());
    }
    Map<String, String> filters = new HashMap<>();
    uri.getQueryParameters()
        .forEach(
            (k, v) -> {
              if (!RESERVED.contains(k) && !v.isEmpty()) {
                filters.put(k, v.get(0));
              }
            });
    return new ListQuery(
        number("page", page),
        number("size", size),
        field == null || field.isBlank() ? null : field,
        descending,
        search,
        filters);
  }

  private static int number(String field, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw cn.foodsafety.lims.platform.control.InvalidInputException.of(
          field, "lims.field.number");
    }
  }
}
