package cn.foodsafety.lims.platform.control;

import java.util.Map;

/**
 * One page of a list: 0-based page, page size, a sort field with its direction, a free-text search
 * and exact-match filters (field name to value as text). The listing that runs it decides which
 * fields may be sorted, searched and filtered on.
 */
public record ListQuery(
    int page,
    int size,
    String sort,
    boolean descending,
    String search,
    Map<String, String> filters) {

  public static final int MAX_SIZE = 500;
  public static final int DEFAULT_SIZE = 20;

  public ListQuery {
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    search = search == null || search.isBlank() ? null : search.strip();
  }

  public static ListQuery firstPage(int size) {
    return new ListQuery(0, size, null, false, null, Map.of());
  }

  public ListQuery withFilter(String field, String value) {
    var copy = new java.util.HashMap<>(filters);
    copy.put(field, value);
    return new ListQuery(page, size, sort, descending, search, copy);
  }

  /** Checks the paging numbers; sort and filter names are checked by the listing. */
  public void validate() {
    new Violations()
        .addIf(page < 0, "page", "lims.list.page.negative")
        .addIf(size < 1 || size > MAX_SIZE, "size", "lims.list.size.range", 1, MAX_SIZE)
        .throwIfAny();
  }

  public int offset() {
    return page * size;
  }
}
