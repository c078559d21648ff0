package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table that pages, sorts and searches in the database through a boundary's list use
 * case, the same one the API calls: nothing is loaded that the page does not show.
 *
 * @param <T> the row type (a boundary's data record)
 */
public class PageModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<ListQuery, Page<T>> lister;
  private final transient Function<T, Object> key;
  private final transient Supplier<Map<String, String>> filters;
  private final transient Supplier<String> search;
  private transient Page<T> last;

  public PageModel(
      Function<ListQuery, Page<T>> lister,
      Function<T, Object> key,
      Supplier<String> search,
      Supplier<Map<String, String>> filters) {
    this.lister = lister;
    this.key = key;
    this.search = search;
    this.filters = filters;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return last == null ? 0 : (int) last.total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sortField = null;
    boolean descending = false;
    for (SortMeta s : sortBy.values()) {
      sortField = s.getField();
      descending = s.getOrder() == SortOrder.DESCENDING;
      break;
    }
    Map<String, String> f = new HashMap<>();
    filters
        .get()
        .forEach(
            (k, v) -> {
              if (v != null && !v.isBlank()) {
                f.put(k, v);
              }
            });
    int size = Math.max(1, Math.min(pageSize, ListQuery.MAX_SIZE));
    last = lister.apply(new ListQuery(first / size, size, sortField, descending, search.get(), f));
    setRowCount((int) last.total());
    return last.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }

  @Override
  public T getRowData(String rowKey) {
    if (last == null) {
      return null;
    }
    return last.items().stream()
        .filter(r -> String.valueOf(key.apply(r)).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
