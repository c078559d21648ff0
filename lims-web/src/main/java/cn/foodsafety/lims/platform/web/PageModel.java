package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Page;
import java.io.Serializable;
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

  /**
   * A function that travels with the page's view when its session moves to another server of a
   * deployment group (a lambda or method reference given for it is serializable).
   */
  public interface Fn<A, B> extends Function<A, B>, Serializable {}

  /** A supplier that travels with the page's view (see {@link Fn}). */
  public interface Source<V> extends Supplier<V>, Serializable {}

  private final Fn<ListQuery, Page<T>> lister;
  private final Fn<T, Object> key;
  private final Source<Map<String, String>> filters;
  private final Source<String> search;
  private transient Page<T> last;

  public PageModel(
      Fn<ListQuery, Page<T>> lister,
      Fn<T, Object> key,
      Source<String> search,
      Source<Map<String, String>> filters) {
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
