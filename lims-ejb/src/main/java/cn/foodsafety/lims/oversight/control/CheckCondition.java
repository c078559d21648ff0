package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The condition of a record check, written by an administrator: the record has a finding when the
 * condition holds. A small language over a whitelist of a sample's fields (no SQL ever comes from
 * the text): comparisons joined by {@code and} / {@code or} ({@code and} binds tighter), each
 * {@code field is empty}, {@code field is not empty}, or {@code field op value} with op one of
 * {@code = != < <= > >=} and value another field of the same type, a 'quoted text', a number or a
 * 'yyyy-mm-dd' date. Examples: {@code received_on < sampled_on}, {@code producer_licence is empty
 * and party_kind = 'PRODUCER'}, {@code working_days > 20}. An unknown field or a malformed
 * condition is a field error of {@code condition}.
 */
public final class CheckCondition {

  public enum Type {
    TEXT,
    DATE,
    NUMBER
  }

  /** A field a condition may name, and the SQL expression it reads (sample x, sample_fact s). */
  public record Field(String sql, Type type) {}

  /** The whitelist: every field a rule may use. */
  public static final Map<String, Field> FIELDS =
      Map.ofEntries(
          Map.entry("sample_number", new Field("x.sample_number", Type.TEXT)),
          Map.entry("food_name", new Field("x.food_name", Type.TEXT)),
          Map.entry("brand", new Field("x.brand", Type.TEXT)),
          Map.entry("batch_number", new Field("x.batch_number", Type.TEXT)),
          Map.entry("production_date", new Field("x.production_date", Type.DATE)),
          Map.entry("producer_name", new Field("x.producer_name", Type.TEXT)),
          Map.entry("producer_licence", new Field("x.producer_licence", Type.TEXT)),
          Map.entry("producer_address", new Field("x.producer_address", Type.TEXT)),
          Map.entry("party_name", new Field("x.party_name", Type.TEXT)),
          Map.entry("party_kind", new Field("x.party_kind", Type.TEXT)),
          Map.entry("party_licence", new Field("x.party_licence", Type.TEXT)),
          Map.entry("party_phone", new Field("x.party_phone", Type.TEXT)),
          Map.entry("level", new Field("s.sampling_level", Type.TEXT)),
          Map.entry("department", new Field("s.department", Type.TEXT)),
          Map.entry("kind", new Field("s.sampling_kind", Type.TEXT)),
          Map.entry("sampled_on", new Field("s.sampled_on", Type.DATE)),
          Map.entry("received_on", new Field("s.received_on", Type.DATE)),
          Map.entry("approved_on", new Field("s.approved_on", Type.DATE)),
          Map.entry("report_due", new Field("s.report_due", Type.DATE)),
          Map.entry("working_days", new Field("s.working_days", Type.NUMBER)));

  private static final Pattern TOKEN =
      Pattern.compile("\\s*(?:(<=|>=|!=|=|<|>)|'([^']*)'|(-?[0-9]+(?:\\.[0-9]+)?)|([A-Za-z_]+))");

  /** The condition as SQL (with '?' for every value) and the values in order. */
  public record Sql(String where, List<Object> params) {}

  private final List<String> tokens = new ArrayList<>();
  private final List<Character> kinds = new ArrayList<>();
  private int pos;

  private CheckCondition(String text) {
    Matcher m = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (text.substring(at).isBlank()) {
        break;
      }
      if (!m.find(at) || m.start() != at) {
        throw malformed(text.substring(at).strip());
      }
      if (m.group(1) != null) {
        add('o', m.group(1));
      } else if (m.group(2) != null) {
        add('s', m.group(2));
      } else if (m.group(3) != null) {
        add('n', m.group(3));
      } else {
        add('w', m.group(4).toLowerCase(Locale.ROOT));
      }
      at = m.end();
    }
  }

  private void add(char kind, String token) {
    kinds.add(kind);
    tokens.add(token);
  }

  /**
   * Parses a condition into SQL, or field errors of {@code condition}; nothing else is accepted.
   */
  public static Sql parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("condition", "lims.field.required");
    }
    if (text.length() > 1000) {
      throw InvalidInputException.of("condition", "lims.check.condition.tooLong", 1000);
    }
    CheckCondition c = new CheckCondition(text);
    List<Object> params = new ArrayList<>();
    String sql = c.or(params);
    if (c.pos < c.tokens.size()) {
      throw malformed(c.tokens.get(c.pos));
    }
    return new Sql(sql, params);
  }

  private String or(List<Object> params) {
    StringBuilder sql = new StringBuilder("(").append(and(params));
    while (word("or")) {
      sql.append(" OR ").append(and(params));
    }
    return sql.append(")").toString();
  }

  private String and(List<Object> params) {
    StringBuilder sql = new StringBuilder("(").append(comparison(params));
    while (word("and")) {
      sql.append(" AND ").append(comparison(params));
    }
    return sql.append(")").toString();
  }

  private String comparison(List<Object> params) {
    String name = next('w');
    Field f = FIELDS.get(name);
    if (f == null) {
      throw InvalidInputException.of("condition", "lims.check.condition.unknownField", name);
    }
    if (word("is")) {
      boolean not = word("not");
      if (!word("empty")) {
        throw malformed(pos < tokens.size() ? tokens.get(pos) : "");
      }
      String empty =
          f.type() == Type.TEXT
              ? "(" + f.sql() + " IS NULL OR TRIM(" + f.sql() + ") = '')"
              : f.sql() + " IS NULL";
      return not ? "NOT " + empty : empty;
    }
    String op = next('o');
    if (pos >= tokens.size()) {
      throw malformed(op);
    }
    char k = kinds.get(pos);
    String token = tokens.get(pos++);
    String right;
    if (k == 'w') {
      Field g = FIELDS.get(token);
      if (g == null) {
        throw InvalidInputException.of("condition", "lims.check.condition.unknownField", token);
      }
      if (g.type() != f.type()) {
        throw InvalidInputException.of("condition", "lims.check.condition.types", name, token);
      }
      right = g.sql();
    } else {
      params.add(value(f, k, token, name));
      right = "?";
    }
    // a comparison with an empty side does not hold (SQL's unknown): no finding from a gap
    return f.sql() + " " + (op.equals("!=") ? "<>" : op) + " " + right;
  }

  private static Object value(Field f, char kind, String token, String name) {
    switch (f.type()) {
      case NUMBER -> {
        if (kind != 'n') {
          throw InvalidInputException.of("condition", "lims.check.condition.types", name, token);
        }
        return new BigDecimal(token);
      }
      case DATE -> {
        try {
          if (kind != 's') {
            throw new DateTimeParseException(token, token, 0);
          }
          return LocalDate.parse(token);
        } catch (DateTimeParseException e) {
          throw InvalidInputException.of("condition", "lims.check.condition.types", name, token);
        }
      }
      default -> {
        if (kind != 's') {
          throw InvalidInputException.of("condition", "lims.check.condition.types", name, token);
        }
        return token;
      }
    }
  }

  private boolean word(String w) {
    if (pos < tokens.size() && kinds.get(pos) == 'w' && tokens.get(pos).equals(w)) {
      pos++;
      return true;
    }
    return false;
  }

  private String next(char kind) {
    if (pos >= tokens.size() || kinds.get(pos) != kind) {
      throw malformed(pos < tokens.size() ? tokens.get(pos) : "");
    }
    return tokens.get(pos++);
  }

  private static InvalidInputException malformed(String near) {
    return InvalidInputException.of("condition", "lims.check.condition.malformed", near);
  }
}
