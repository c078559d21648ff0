package cn.foodsafety.lims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web module's side of lims-ejb's TableOwnershipTest: no resource or Faces bean reads or writes
 * a table, not even by a query string that ArchUnit cannot see (WebArchitectureTest already refuses
 * the EntityManager and JDBC types). Every string of the main sources (adjacent literals joined) is
 * searched for a table the migrations create, or an entity lims-ejb maps, after FROM, JOIN, INSERT
 * INTO, UPDATE, DELETE FROM and MERGE INTO.
 */
class WebNamesNoTableTest {

  private static final Path BASE = Path.of(System.getProperty("basedir", "."));
  private static final Path MAIN = BASE.resolve("src/main/java");
  private static final Path EJB = BASE.resolve("../lims-ejb/src/main");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern QUERY =
      Pattern.compile(
          "(?i)\\b(?:from|join|insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+"
              + "([a-z_][a-z_0-9]*)");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z_0-9]*)");
  private static final Pattern ENTITY = Pattern.compile("(?m)^@Entity\\b");

  @Test
  void theTablesAndEntitiesAreKnown() throws IOException {
    // the test would pass vacuously if it found no names to look for
    assertThat(tables()).contains("sample", "disposal_case", "region");
    assertThat(entities()).contains("Sample", "FollowUpCase", "Region");
  }

  @Test
  void noWebClassNamesATableOrAnEntityInAQuery() throws IOException {
    Set<String> tables = tables();
    Set<String> entities = entities();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String strings = strings(Files.readString(f));
        Matcher m = QUERY.matcher(strings);
        while (m.find()) {
          String name = m.group(1);
          if (tables.contains(name.toLowerCase(Locale.ROOT)) || entities.contains(name)) {
            found.add(MAIN.relativize(f) + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theSearchFindsAQuery() {
    // the pattern the test relies on, on the shapes lims-ejb writes
    Matcher m =
        QUERY.matcher(strings("String q = \"select s from Sample s \" + \"join s.items\";"));
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("Sample");
  }

  /** The string literals of a source, adjacent ones joined (a query split over lines is whole). */
  private static String strings(String source) {
    StringBuilder all = new StringBuilder();
    Matcher m = LITERAL.matcher(source.replaceAll("\"\\s*\\+\\s*\"", ""));
    while (m.find()) {
      all.append(m.group(1)).append('\n');
    }
    return all.toString();
  }

  private static Set<String> tables() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(EJB.resolve("resources/db"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher m = CREATE_TABLE.matcher(Files.readString(f));
        while (m.find()) {
          names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  private static Set<String> entities() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(EJB.resolve("java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (ENTITY.matcher(Files.readString(f)).find()) {
          names.add(f.getFileName().toString().replace(".java", ""));
        }
      }
    }
    return names;
  }
}
