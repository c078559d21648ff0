package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.ListQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Paging, sorting and search of every list: {@code ?page=0&size=20&sort=name} ({@code -name} for
 * descending), {@code q} for a free-text search, and any other query parameter as an exact-match
 * filter ({@code kind=COUNTY}, {@code parent.id=2}).
 */
public class ListParams {

  private static final Set<String> RESERVED = Set.of("page", "size", "sort", "q");

  @QueryParam("page")
  @DefaultValue("0")
  @QueryDoc(
      description = "The page, from 0.",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0"))
  String page;

  @QueryParam("size")
  @DefaultValue("20")
  @QueryDoc(
      description = "Rows per page, 1-500.",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500"))
  String size;

  @QueryParam("sort")
  @QueryDoc(
      description = "The field to sort by; -name (or name,desc) for descending.",
      example = "-sampledOn")
  String sort;

  @QueryParam("q")
  @QueryDoc(description = "Free-text search.", example = "芹菜")
  String search;

  /** Every other query parameter is an exact-match filter. */
  @Context
  @QueryDoc(
      name = "filters",
      description =
          "Any other query parameter is an exact-match filter on a field of the rows, e.g."
              + " kind=COUNTY or parent.id=2 (see each list).",
      freeForm = true)
  UriInfo uri;

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
