package cn.foodsafety.lims;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No component reads another's tables behind the arrows, and none writes them (issue 14). ArchUnit
 * sees classes, not the text of queries, so this test reads the queries: every string of the main
 * sources (adjacent literals joined, so a query split over lines is whole) is searched for the
 * tables (native SQL) and entities (JPQL) it names after FROM, JOIN, INSERT INTO, UPDATE, DELETE
 * FROM, MERGE INTO and LOCK TABLE. A table belongs to the component whose entity maps it
 * ({@code @Table}, {@code @CollectionTable}, {@code @JoinTable}) or, for the few tables without an
 * entity, to the component named in {@link #TABLES_WITHOUT_ENTITY}; every table the migrations
 * create must have an owner.
 *
 * <ul>
 *   <li>Writes: a component changes only its own tables (another's state changes through its
 *       boundary or an event of the kernel). No exceptions.
 *   <li>Reads: a query may name another component's table or entity only where the code may depend
 *       on that component anyway, that is when the other component does not depend on the querying
 *       one (directly or through others). A read by name never hides an arrow that
 *       ArchitectureTest's cycle rule would refuse. No exceptions.
 * </ul>
 *
 * Reading a component below by name stays allowed: statistics and oversight are read models over
 * the raw rows (their drill-down lists, reconciliation and record checks), and master data's tables
 * are reference data for everyone.
 */
class TableOwnershipTest {

  /** Tables that no entity maps (written by native SQL of their owner). */
  static final Map<String, String> TABLES_WITHOUT_ENTITY =
      Map.ofEntries(
          Map.entry("cache_generation", "platform"),
          Map.entry("change_log", "platform"),
          Map.entry("sample_fact", "statistics"),
          Map.entry("sample_month_fact", "statistics"),
          Map.entry("sample_approval_fact", "statistics"),
          Map.entry("turnaround_month_fact", "statistics"),
          Map.entry("turnaround_approval_fact", "statistics"),
          Map.entry("case_fact", "statistics"),
          Map.entry("case_count_fact", "statistics"),
          Map.entry("case_deadline_fact", "statistics"),
          Map.entry("audit_check_item", "oversight"));

  private static final Path MAIN = Path.of(System.getProperty("basedir", "."), "src/main/java");
  private static final Path MIGRATIONS =
      Path.of(System.getProperty("basedir", "."), "src/main/resources/db/migration");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_][a-z_0-9]*)");
  private static final Pattern WRITE =
      Pattern.compile(
          "(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([a-z_][a-z_0-9]*)");
  private static final Pattern LOCK =
      Pattern.compile("(?i)\\block\\s+table\\s+([a-z_0-9]+(?:\\s*,\\s*[a-z_0-9]+)*)");
  private static final Pattern TABLE_ANNOTATION =
      Pattern.compile("@(?:Table|CollectionTable|JoinTable)\\(\\s*name\\s*=\\s*\"(\\w+)\"");
  private static final Pattern ENTITY =
      Pattern.compile("@Entity\\b(?:\\(name\\s*=\\s*\"(\\w+)\"\\))?");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_0-9]+)");

  /** Table (lower case) to component. */
  static final Map<String, String> tables = new HashMap<>();

  /** Entity name (as JPQL spells it) to component. */
  static final Map<String, String> entities = new HashMap<>();

  /** Component to the components its classes depend on, directly or not. */
  static final Map<String, Set<String>> reaches = new HashMap<>();

  @BeforeAll
  static void read() throws IOException {
    tables.putAll(TABLES_WITHOUT_ENTITY);
    for (Path p : sources()) {
      String component = componentOf(p);
      if (!p.getParent().getFileName().toString().equals("entity")) {
        continue;
      }
      String text = Files.readString(p);
      Matcher t = TABLE_ANNOTATION.matcher(text);
      while (t.find()) {
        tables.put(t.group(1).toLowerCase(Locale.ROOT), component);
      }
      Matcher e = ENTITY.matcher(text);
      if (e.find()) {
        String name = e.group(1) != null ? e.group(1) : className(p);
        entities.put(name, component);
      }
    }
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.foodsafety.lims");
    Map<String, Set<String>> direct = new HashMap<>();
    for (JavaClass c : classes) {
      String from = componentOf(c.getPackageName());
      if (from == null) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = componentOf(d.getTargetClass().getPackageName());
        if (to != null && !to.equals(from)) {
          direct.computeIfAbsent(from, k -> new HashSet<>()).add(to);
        }
      }
    }
    for (String c : direct.keySet()) {
      Set<String> seen = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>(direct.get(c));
      while (!todo.isEmpty()) {
        String n = todo.pop();
        if (seen.add(n)) {
          todo.addAll(direct.getOrDefault(n, Set.of()));
        }
      }
      reaches.put(c, seen);
    }
  }

  @Test
  void everyTableHasAnOwner() throws IOException {
    Set<String> created = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher m = CREATE_TABLE.matcher(Files.readString(f));
        while (m.find()) {
          created.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    created.removeIf(t -> t.startsWith("flyway"));
    assertThat(created).isNotEmpty();
    assertThat(created).allSatisfy(t -> assertThat(tables).as("owner of " + t).containsKey(t));
  }

  @Test
  void componentsWriteOnlyTheirOwnTables() throws IOException {
    List<String> foreign = new ArrayList<>();
    for (Path p : sources()) {
      String component = componentOf(p);
      String text = queryText(p);
      List<String> named = new ArrayList<>();
      Matcher w = WRITE.matcher(text);
      while (w.find()) {
        named.add(w.group(1));
      }
      Matcher l = LOCK.matcher(text);
      while (l.find()) {
        named.addAll(List.of(l.group(1).split("\\s*,\\s*")));
      }
      for (String n : named) {
        String owner = ownerOf(n);
        if (owner != null && !owner.equals(component)) {
          foreign.add(MAIN.relativize(p) + " writes " + n + " of " + owner);
        }
      }
    }
    assertThat(foreign).as("writes of another component's tables").isEmpty();
  }

  @Test
  void componentsReadOthersTablesOnlyDownwards() throws IOException {
    Map<String, String> upwards = new TreeMap<>();
    for (Path p : sources()) {
      String component = componentOf(p);
      Matcher r = READ.matcher(queryText(p));
      while (r.find()) {
        String owner = ownerOf(r.group(1));
        if (owner != null
            && !owner.equals(component)
            && reaches.getOrDefault(owner, Set.of()).contains(component)) {
          upwards.put(
              MAIN.relativize(p) + " reads " + r.group(1),
              owner + " depends on " + component + ", so " + component + " may not read it");
        }
      }
    }
    assertThat(upwards).as("reads by name against the arrows").isEmpty();
  }

  /** The check itself finds what it claims to find. */
  @Test
  void theSearchFindsQueriesSplitOverLiterals() {
    Matcher r = READ.matcher(join("\"SELECT s.id FROM\" + \" sample s JOIN analysis a\""));
    List<String> found = new ArrayList<>();
    while (r.find()) {
      found.add(r.group(1));
    }
    assertThat(found).containsExactly("sample", "analysis");
    assertThat(ownerOf("sample")).isEqualTo("sampling");
    assertThat(ownerOf("FollowUpCase")).isEqualTo("disposal");
    assertThat(ownerOf("sample_month_fact")).isEqualTo("statistics");
    assertThat(reaches.get("statistics")).contains("sampling");
    Matcher l = LOCK.matcher("LOCK TABLE sample_fact, case_fact IN EXCLUSIVE MODE");
    assertThat(l.find()).isTrue();
    assertThat(l.group(1)).isEqualTo("sample_fact, case_fact");
  }

  private static String ownerOf(String name) {
    String e = entities.get(name);
    return e != null ? e : tables.get(name.toLowerCase(Locale.ROOT));
  }

  /** The string literals of a source file, adjacent ones joined, so a query is read whole. */
  private static String queryText(Path p) throws IOException {
    return join(Files.readString(p));
  }

  private static String join(String source) {
    StringBuilder b = new StringBuilder();
    Matcher m = LITERAL.matcher(source);
    int end = -1;
    while (m.find()) {
      String between = end < 0 ? "" : source.substring(end, m.start());
      if (end >= 0 && !between.matches("\\s*\\+\\s*")) {
        b.append('\u0001');
      }
      b.append(m.group(1));
      end = m.end();
    }
    return b.toString();
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static String className(Path p) {
    String f = p.getFileName().toString();
    return f.substring(0, f.length() - ".java".length());
  }

  /** The component of a source file: the package segment after cn.foodsafety.lims. */
  private static String componentOf(Path p) {
    Path rel = MAIN.relativize(p);
    return rel.getNameCount() > 4 ? rel.getName(3).toString() : null;
  }

  private static String componentOf(String packageName) {
    String prefix = "cn.foodsafety.lims.";
    if (!packageName.startsWith(prefix)) {
      return null;
    }
    String rest = packageName.substring(prefix.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
