package cn.foodsafety.lims.oversight.control;

import cn.foodsafety.lims.oversight.entity.CheckTarget;
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
 * 'yyyy-mm-dd' date. A rule on result items or cases may also use their fields ({@link
 * #ITEM_FIELDS}, {@link #CASE_FIELDS}). Examples: {@code received_on < sampled_on}, {@code
 * producer_licence is empty and party_kind = 'PRODUCER'}, {@code working_days > 20}. An unknown
 * field or a malformed condition is a field error of {@code condition}.
 */
public final class CheckCondition {

  public enum Type {
    TEXT,
    DATE,
    NUMBER
  }

  /** A field a condition may name, and the SQL expression it reads (sample x, sample_fact s). */
  public record Field(String sql, Type type) {}

  /** The whitelist of a sample's fields: every field a rule on samples may use. */
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

  /** A decimal kept as text (the lab's digits) read as a number. */
  private static String number(String column) {
    return "CAST(" + column + " AS DECIMAL(38,10))";
  }

  /**
   * The results of the same test item by the same lab on samples taken in the 180 days up to this
   * sample (this one included); {@code detections} only those with a value above zero.
   */
  private static String labItem(boolean detections) {
    return "(SELECT COUNT(*) FROM sample_item j JOIN sample_fact t ON t.sample_id = j.sample_id"
        + " WHERE j.test_item_id = i.test_item_id AND t.lab_id = s.lab_id"
        + " AND j.verdict IS NOT NULL AND j.dropped = FALSE"
        + " AND t.sampled_on > s.sampled_on - 180 AND t.sampled_on <= s.sampled_on"
        + (detections
            ? " AND j.not_detected = FALSE AND " + number("j.reported_value") + " > 0"
            : "")
        + ")";
  }

  /** A result item's fields (sample_item i) besides its sample's. */
  public static final Map<String, Field> ITEM_FIELDS =
      with(
          FIELDS,
          Map.ofEntries(
              Map.entry("analyte", new Field("i.analyte", Type.TEXT)),
              Map.entry("value", new Field(number("i.reported_value"), Type.NUMBER)),
              Map.entry(
                  "value_in_limit_unit", new Field(number("i.value_in_limit_unit"), Type.NUMBER)),
              Map.entry("lod", new Field(number("i.lod"), Type.NUMBER)),
              Map.entry("limit", new Field(number("i.limit_value"), Type.NUMBER)),
              Map.entry("limit_upper", new Field(number("i.limit_upper"), Type.NUMBER)),
              Map.entry("times_over", new Field(number("i.times_over"), Type.NUMBER)),
              Map.entry("result_unit", new Field("i.result_unit", Type.TEXT)),
              Map.entry("limit_unit", new Field("i.limit_unit", Type.TEXT)),
              Map.entry("verdict", new Field("i.verdict", Type.TEXT)),
              Map.entry(
                  "not_detected",
                  new Field("(CASE WHEN i.not_detected THEN 1 ELSE 0 END)", Type.NUMBER)),
              Map.entry("method", new Field("i.method", Type.TEXT)),
              Map.entry("tested_on", new Field("i.tested_on", Type.DATE)),
              Map.entry("lab_item_results", new Field(labItem(false), Type.NUMBER)),
              Map.entry("lab_item_detections", new Field(labItem(true), Type.NUMBER))));

  private static String step(String aggregate) {
    return "(SELECT " + aggregate + "(cs.step_date) FROM case_step cs WHERE cs.case_id = k.id)";
  }

  /** A follow-up case's fields (disposal_case k) besides its sample's. */
  public static final Map<String, Field> CASE_FIELDS =
      with(
          FIELDS,
          Map.ofEntries(
              Map.entry("case_number", new Field("k.case_number", Type.TEXT)),
              Map.entry("case_state", new Field("k.state", Type.TEXT)),
              Map.entry("case_received_on", new Field("k.received_on", Type.DATE)),
              Map.entry("accepted_on", new Field("k.accepted_on", Type.DATE)),
              Map.entry("delivered_on", new Field("k.delivered_on", Type.DATE)),
              Map.entry(
                  "reinspection_requested_on", new Field("k.reinspection_requested_on", Type.DATE)),
              Map.entry("designated_on", new Field("k.designated_on", Type.DATE)),
              Map.entry("outcome_on", new Field("k.outcome_on", Type.DATE)),
              Map.entry("completed_on", new Field("k.completed_on", Type.DATE)),
              Map.entry("deadline", new Field("k.deadline", Type.DATE)),
              Map.entry("statutory_deadline", new Field("k.statutory_deadline", Type.DATE)),
              Map.entry("disposal_days", new Field("k.disposal_days", Type.NUMBER)),
              Map.entry("first_step_on", new Field(step("MIN"), Type.DATE)),
              Map.entry("last_step_on", new Field(step("MAX"), Type.DATE)),
              Map.entry(
                  "steps",
                  new Field(
                      "(SELECT COUNT(*) FROM case_step cs WHERE cs.case_id = k.id)",
                      Type.NUMBER))));

  private static Map<String, Field> with(Map<String, Field> a, Map<String, Field> b) {
    Map<String, Field> m = new java.util.HashMap<>(a);
    m.putAll(b);
    return Map.copyOf(m);
  }

  /** The fields a rule on this kind of record may use. */
  public static Map<String, Field> fields(CheckTarget target) {
    return switch (target) {
      case SAMPLE -> FIELDS;
      case RESULT_ITEM -> ITEM_FIELDS;
      case CASE -> CASE_FIELDS;
    };
  }

  private static final Pattern TOKEN =
      Pattern.compile("\\s*(?:(<=|>=|!=|=|<|>)|'([^']*)'|(-?[0-9]+(?:\\.[0-9]+)?)|([A-Za-z_]+))");

  /** The condition as SQL (with '?' for every value) and the values in order. */
  public record Sql(String where, List<Object> params) {}

  private final Map<String, Field> fields;
  private final List<String> tokens = new ArrayList<>();
  private final List<Character> kinds = new ArrayList<>();
  private int pos;

  private CheckCondition(Map<String, Field> fields, String text) {
    this.fields = fields;
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
    return parse(CheckTarget.SAMPLE, text);
  }

  /**
   * Parses a condition on the fields of {@code target} into SQL, or field errors of {@code
   * condition}.
   */
  public static Sql parse(CheckTarget target, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("condition", "lims.field.required");
    }
    if (text.length() > 1000) {
      throw InvalidInputException.of("condition", "lims.check.condition.tooLong", 1000);
    }
    CheckCondition c = new CheckCondition(fields(target), text);
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
    Field f = fields.get(name);
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
      Field g = fields.get(token);
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
