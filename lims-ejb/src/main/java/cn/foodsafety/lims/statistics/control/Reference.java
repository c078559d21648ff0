package cn.foodsafety.lims.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The regions, food categories and laboratories the figures are grouped by, with their names. */
public record Reference(Map<Long, Node> regions, Map<Long, Node> categories, Map<Long, Node> labs) {

  /** One region, category or lab: code, names, parent, residents (regions only). */
  public record Node(
      long id, String code, String name, String nameEn, Long parentId, long residents) {

    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()
          ? nameEn
          : name;
    }
  }

  public static Reference load(Connection c) throws SQLException {
    return new Reference(
        nodes(c, "SELECT id, code, name, name_en, parent_id, residents FROM region ORDER BY code"),
        nodes(
            c,
            "SELECT id, code, name, name_en, parent_id, 0 FROM food_category ORDER BY sort_order,"
                + " code"),
        nodes(
            c,
            "SELECT id, code, name, name_en, NULL, 0 FROM organization WHERE kind = 'LABORATORY'"
                + " ORDER BY code"));
  }

  private static Map<Long, Node> nodes(Connection c, String sql) throws SQLException {
    Map<Long, Node> m = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long parent = r.getLong(5);
        Long parentId = r.wasNull() ? null : parent;
        m.put(
            r.getLong(1),
            new Node(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                parentId,
                r.getLong(6)));
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /** Each region's id with its parent's id (null at the top): the tree of the regions. */
  public Map<Long, Long> regionParents() {
    Map<Long, Long> m = new HashMap<>();
    regions.values().forEach(n -> m.put(n.id(), n.parentId()));
    return m;
  }

  /** The top-level category of a category. */
  public long topCategory(long id) {
    Node n = categories.get(id);
    while (n != null && n.parentId() != null) {
      n = categories.get(n.parentId());
    }
    return n == null ? id : n.id();
  }

  public Long categoryByCode(String code) {
    return categories.values().stream()
        .filter(n -> n.code().equals(code))
        .map(Node::id)
        .findFirst()
        .orElse(null);
  }

  /** A category and every category below it. */
  public Set<Long> categoryAndBelow(long id) {
    return below(categories, id);
  }

  private static Set<Long> below(Map<Long, Node> nodes, long id) {
    Set<Long> out = new HashSet<>();
    out.add(id);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Node n : nodes.values()) {
        if (n.parentId() != null && out.contains(n.parentId()) && out.add(n.id())) {
          grew = true;
        }
      }
    }
    return out;
  }

  /** The county-level units (regions without children) within a set of regions. */
  public Set<Long> units(Set<Long> within) {
    Set<Long> parents = new HashSet<>();
    regions
        .values()
        .forEach(
            n -> {
              if (n.parentId() != null) {
                parents.add(n.parentId());
              }
            });
    Set<Long> out = new HashSet<>();
    for (Long id : within) {
      if (!parents.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}
