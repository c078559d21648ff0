package cn.foodsafety.lims.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs a {@link ListQuery} against one entity: only the sort, search and filter fields declared
 * here are accepted (an unknown one is a field error, never a piece of a query), and the page comes
 * with the total count of the whole filtered list.
 *
 * @param <E> the entity listed
 */
public final class Listing<E> {

  /** EclipseLink's query hints for batch fetching (org.eclipse.persistence.config.QueryHints). */
  public static final String BATCH = "eclipselink.batch";

  public static final String BATCH_TYPE = "eclipselink.batch.type";

  private final Class<E> type;
  private final Map<String, String> sortable = new LinkedHashMap<>();
  private final List<String> searchable = new ArrayList<>();
  private final Map<String, Function<String, Object>> filterable = new LinkedHashMap<>();
  private final Map<String, String> filterPaths = new LinkedHashMap<>();
  private final List<QueryRestriction<E>> restrictions = new ArrayList<>();
  private final Map<Integer, PagedForm<E>> pagedForms = new HashMap<>();
  private LongSupplier counted;
  private String defaultSort = "id";
  private final List<String> orderedWithin = new ArrayList<>();
  private String idPath = "id";
  private final List<String> batchFetched = new ArrayList<>();

  /** An extra condition that the caller always applies, e.g. what the user may see. */
  @FunctionalInterface
  public interface Restriction<E> {
    Predicate apply(CriteriaBuilder cb, Root<E> root);
  }

  /**
   * A condition that needs the query it is part of, e.g. for a subquery over another entity (the
   * samples whose analysis is not approved).
   */
  @FunctionalInterface
  public interface QueryRestriction<E> {
    Predicate apply(CriteriaBuilder cb, AbstractQuery<?> query, Root<E> root);
  }

  private Listing(Class<E> type) {
    this.type = Objects.requireNonNull(type);
  }

  public static <E> Listing<E> of(Class<E> type) {
    return new Listing<>(type);
  }

  /** A sortable field: its API name and the attribute path ("parent.name"). */
  public Listing<E> sortableAs(String name, String path) {
    sortable.put(name, path);
    return this;
  }

  public Listing<E> sortable(String... names) {
    for (String n : names) {
      sortable.put(n, n);
    }
    return this;
  }

  public Listing<E> defaultSort(String name) {
    defaultSort = name;
    return this;
  }

  /**
   * Attributes every listed row has the same value of (fixed by the restrictions), put first in the
   * order: the order of the rows is the same, and a database that walks an index beginning with
   * them (then the sort field and the id) can stop at the page instead of sorting every matching
   * row (H2 uses an index for an order only when the order begins with its columns).
   */
  public Listing<E> orderedWithin(String... paths) {
    orderedWithin.addAll(List.of(paths));
    return this;
  }

  /**
   * The attribute that breaks ties of the sort, so that pages do not overlap: the entity's id,
   * named otherwise where the id is not called {@code id} (e.g. an id shared with another entity).
   */
  public Listing<E> idAttribute(String path) {
    idPath = Objects.requireNonNull(path);
    return this;
  }

  /** Attribute paths matched, case-insensitively, by the free-text search. */
  public Listing<E> searchable(String... paths) {
    searchable.addAll(List.of(paths));
    return this;
  }

  /** A filter: attribute path and how the text value becomes the attribute's type. */
  public Listing<E> filterable(String path, Function<String, Object> parse) {
    return filterableAs(path, path, parse);
  }

  /** A filter by its API name on an attribute path ("limit.operator" in an embedded value). */
  public Listing<E> filterableAs(String name, String path, Function<String, Object> parse) {
    filterable.put(name, parse);
    filterPaths.put(name, path);
    return this;
  }

  public Listing<E> where(Restriction<E> restriction) {
    Objects.requireNonNull(restriction);
    restrictions.add((cb, query, root) -> restriction.apply(cb, root));
    return this;
  }

  /**
   * A restriction whose query for the page's ids may take another form that selects the same rows,
   * chosen once the total is known: e.g. one that no index serves, so that the database walks the
   * index of the sort order and stops after the page instead of sorting every matching row. The
   * count, and the page when the form is null, use {@code restriction}. Only {@link
   * #run(EntityManager, ListQuery, Projection)} uses the other form.
   */
  public Listing<E> where(Restriction<E> restriction, PagedForm<E> paged) {
    where(restriction);
    pagedForms.put(restrictions.size() - 1, Objects.requireNonNull(paged));
    return this;
  }

  /**
   * The total counted by the caller in another way that counts the same rows (e.g. all rows less
   * those outside the restrictions, where the database reads that from fewer index entries), in
   * place of the count query.
   */
  public Listing<E> countedAs(LongSupplier total) {
    counted = Objects.requireNonNull(total);
    return this;
  }

  /** The form of a restriction for the page's ids, given the total; null for the counted form. */
  @FunctionalInterface
  public interface PagedForm<E> {
    Restriction<E> form(long total, ListQuery query);
  }

  public Listing<E> whereQuery(QueryRestriction<E> restriction) {
    restrictions.add(Objects.requireNonNull(restriction));
    return this;
  }

  /**
   * Relations the page's rows are read with ("region", "producer.region"): each is loaded for the
   * whole page in one query (EclipseLink batch fetching, ids IN the page's), not row by row when
   * the rows are turned into answers.
   */
  public Listing<E> batchFetch(String... paths) {
    batchFetched.addAll(List.of(paths));
    return this;
  }

  /**
   * How a page's rows are read without loading entities: the values of one row (paths of the root,
   * in a fixed order) and how the page's rows become the answers (with, where they need them, a
   * query per related table for the page's ids). Nothing is then loaded row by row, and the
   * transaction has no entities to compare. Joins in the paged query itself are better left out: H2
   * weighs every order of the joined tables for each statement it plans (the samples list's nine
   * joins cost 80% of its time). The rows are read by one JPQL statement of the same text for every
   * page ({@code select e.id, e.a, e.b.c ... where e.id in :ids}), which the persistence provider
   * parses and prepares once, not on every page as a criteria query (README, Benchmarks).
   *
   * @param <E> the entity listed
   * @param <R> the row answered
   */
  public interface Projection<E, R> {
    /**
     * The values of one row as attribute paths of the listed entity ("sampleNumber",
     * "quantity.amount", "sample.foodName": a path through a relation joins it), read by {@link
     * #rows} in the same order.
     */
    List<String> columns();

    List<R> rows(List<Object[]> values);
  }

  public Page<E> run(EntityManager em, ListQuery query) {
    Map<String, Object> filterValues = validated(query);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    long total = count(em, cb, query, filterValues);
    CriteriaQuery<E> select = cb.createQuery(type);
    Root<E> root = select.from(type);
    select.select(root).where(predicates(cb, select, root, query, filterValues));
    order(cb, select, root, query);
    TypedQuery<E> page =
        em.createQuery(select).setFirstResult(query.offset()).setMaxResults(query.size());
    if (!batchFetched.isEmpty()) {
      // EclipseLink's hints (plain strings: no compile-time dependency on its API); IN, as the
      // page's rows are few and a JOIN batch would run the paged query again
      page.setHint(BATCH_TYPE, "IN");
      for (String path : batchFetched) {
        page.setHint(BATCH, "e." + path);
      }
    }
    List<E> items = page.getResultList();
    return new Page<>(items, total, query.page(), query.size());
  }

  /**
   * The same list (restrictions, filters, search, sort, paging and total) with its rows read as
   * values by the projection instead of as entities.
   */
  public <R> Page<R> run(EntityManager em, ListQuery query, Projection<E, R> projection) {
    Map<String, Object> filterValues = validated(query);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    long total = count(em, cb, query, filterValues);
    if (total <= query.offset()) {
      return new Page<>(List.of(), total, query.page(), query.size());
    }
    // the page's ids first: the database sorts the matching rows by the sort field and id alone
    // (H2 otherwise evaluates every column of every matching row before it takes the page's)
    CriteriaQuery<Object> paged = cb.createQuery(Object.class);
    Root<E> pagedRoot = paged.from(type);
    paged.select(path(pagedRoot, idPath));
    paged.where(predicates(cb, paged, pagedRoot, query, filterValues, total));
    order(cb, paged, pagedRoot, query);
    List<Object> ids =
        em.createQuery(paged)
            .setFirstResult(query.offset())
            .setMaxResults(query.size())
            .getResultList();
    if (ids.isEmpty()) {
      return new Page<>(List.of(), total, query.page(), query.size());
    }
    // then the page's rows by id, put back in the page's order; the ids as one parameter, as many
    // as a full page (the last repeated): the same statement for every page of a size, which the
    // database then plans once per connection, not once a page
    StringBuilder jpql = new StringBuilder("select e.").append(idPath);
    for (String column : projection.columns()) {
      jpql.append(", e.").append(column);
    }
    jpql.append(" from ")
        .append(em.getMetamodel().entity(type).getName())
        .append(" e where e.")
        .append(idPath)
        .append(" in :ids");
    List<Object> padded = new ArrayList<>(Math.max(ids.size(), query.size()));
    padded.addAll(ids);
    while (padded.size() < query.size()) {
      padded.add(ids.get(ids.size() - 1));
    }
    Map<Object, Object[]> byId = new HashMap<>();
    for (Object[] row :
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("ids", padded)
            .getResultList()) {
      byId.put(row[0], Arrays.copyOfRange(row, 1, row.length));
    }
    List<Object[]> rows = new ArrayList<>(ids.size());
    for (Object id : ids) {
      rows.add(byId.get(id));
    }
    return new Page<>(projection.rows(rows), total, query.page(), query.size());
  }

  private Map<String, Object> validated(ListQuery query) {
    query.validate();
    Violations violations = new Violations();
    String sortName = sortName(query);
    violations.addIf(
        !sortable.containsKey(sortName) && !sortName.equals(defaultSort),
        "sort",
        "lims.list.sort.unknown",
        sortName,
        String.join(", ", sortable.keySet()));
    Map<String, Object> filterValues = new LinkedHashMap<>();
    query
        .filters()
        .forEach(
            (field, value) -> {
              Function<String, Object> parse = filterable.get(field);
              if (parse == null) {
                violations.add(field, "lims.list.filter.unknown", field);
                return;
              }
              try {
                filterValues.put(field, parse.apply(value));
              } catch (RuntimeException e) {
                violations.add(field, "lims.list.filter.invalid", value);
              }
            });
    violations.throwIfAny();
    return filterValues;
  }

  private String sortName(ListQuery query) {
    return query.sort() == null ? defaultSort : query.sort();
  }

  private long count(
      EntityManager em, CriteriaBuilder cb, ListQuery query, Map<String, Object> filterValues) {
    if (counted != null) {
      return counted.getAsLong();
    }
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<E> countRoot = count.from(type);
    count.select(cb.count(countRoot)).where(predicates(cb, count, countRoot, query, filterValues));
    return em.createQuery(count).getSingleResult();
  }

  private void order(CriteriaBuilder cb, CriteriaQuery<?> select, Root<E> root, ListQuery query) {
    String sortName = sortName(query);
    Path<?> sortPath = path(root, sortable.getOrDefault(sortName, sortName));
    Path<?> id = path(root, idPath);
    List<Order> order = new ArrayList<>();
    for (String within : orderedWithin) {
      order.add(cb.asc(path(root, within)));
    }
    order.add(query.descending() ? cb.desc(sortPath) : cb.asc(sortPath));
    order.add(query.descending() ? cb.desc(id) : cb.asc(id));
    select.orderBy(order);
  }

  private Predicate[] predicates(
      CriteriaBuilder cb,
      AbstractQuery<?> criteria,
      Root<E> root,
      ListQuery query,
      Map<String, Object> filterValues) {
    return predicates(cb, criteria, root, query, filterValues, null);
  }

  /** The conditions; for the page's ids (total known) with the paged forms chosen for it. */
  private Predicate[] predicates(
      CriteriaBuilder cb,
      AbstractQuery<?> criteria,
      Root<E> root,
      ListQuery query,
      Map<String, Object> filterValues,
      Long total) {
    List<Predicate> all = new ArrayList<>();
    for (int i = 0; i < restrictions.size(); i++) {
      PagedForm<E> paged = total == null ? null : pagedForms.get(i);
      Restriction<E> form = paged == null ? null : paged.form(total, query);
      all.add(form != null ? form.apply(cb, root) : restrictions.get(i).apply(cb, criteria, root));
    }
    filterValues.forEach(
        (field, value) ->
            all.add(
                value == null
                    ? cb.isNull(path(root, filterPaths.get(field)))
                    : cb.equal(path(root, filterPaths.get(field)), value)));
    if (query.search() != null && !searchable.isEmpty()) {
      String pattern = "%" + escape(query.search().toLowerCase(Locale.ROOT)) + "%";
      List<Predicate> any = new ArrayList<>();
      for (String s : searchable) {
        any.add(cb.like(cb.lower(path(root, s).as(String.class)), pattern, '\\'));
      }
      all.add(cb.or(any.toArray(Predicate[]::new)));
    }
    return all.toArray(Predicate[]::new);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Path<?> path(Root<?> root, String dotted) {
    Path<?> p = root;
    for (String part : dotted.split("\\.")) {
      p = p.get(part);
    }
    return p;
  }
}
