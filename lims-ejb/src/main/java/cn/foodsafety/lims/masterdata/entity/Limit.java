package cn.foodsafety.lims.masterdata.entity;

import cn.foodsafety.lims.platform.control.Messages;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A limit as a national standard states it: the operator (≤, ≥, a range, must not be detected, not
 * permitted), its value(s) with the digits they were written with (GB/T 8170 rounds a result to the
 * limit's digits), the unit, the standard with its edition (GB 2763-2021) and how a result is
 * compared with it. A test item holds its limit; a sample item holds a copy taken when the item was
 * created, so a later change of the standard does not change an issued judgment.
 *
 * <p>One text form for every page, PDF and workbook: {@code ≤ 0.05 mg/kg}, {@code ≥ 10 g/100g},
 * {@code 6.0–7.5 pH}, {@code 不得检出} (must not be detected, in the reader's language).
 */
@Embeddable
public class Limit {

  @Enumerated(EnumType.STRING)
  @Column(name = "limit_operator", nullable = false)
  private LimitOperator operator;

  @Convert(converter = DecimalText.class)
  @Column(name = "limit_value")
  private BigDecimal value;

  @Convert(converter = DecimalText.class)
  @Column(name = "limit_upper")
  private BigDecimal upper;

  /** The limit's unit (on a sample item the column is limit_unit: see its override). */
  @Column(name = "unit", nullable = false)
  private String unit;

  @Column(name = "limit_standard", nullable = false)
  private String standard;

  @Column(name = "standard_edition")
  private String edition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComparisonMethod comparison = ComparisonMethod.FULL_VALUE;

  protected Limit() {}

  /**
   * A limit; the combination has been checked by {@code LimitRules} (an operator that needs a value
   * has one), values an operator does not read are dropped.
   */
  public Limit(
      LimitOperator operator,
      BigDecimal value,
      BigDecimal upper,
      String unit,
      String standard,
      String edition,
      ComparisonMethod comparison) {
    this.operator = Objects.requireNonNull(operator, "limit operator");
    this.value = operator.needsValue() ? Objects.requireNonNull(value, "limit value") : null;
    this.upper = operator.needsUpper() ? Objects.requireNonNull(upper, "upper limit") : null;
    this.unit = Objects.requireNonNull(unit, "limit unit");
    this.standard = standard;
    this.edition = edition;
    this.comparison = comparison == null ? ComparisonMethod.FULL_VALUE : comparison;
  }

  /** A limit to judge against, without its standard (rules and tests). */
  public Limit(
      LimitOperator operator,
      BigDecimal value,
      BigDecimal upper,
      String unit,
      ComparisonMethod comparison) {
    this(operator, value, upper, unit, null, null, comparison);
  }

  /** The limit as it is read, in the reader's language: {@code ≤ 0.05 mg/kg}, {@code 不得检出}. */
  public String text(Locale locale) {
    return text(operator, value, upper, unit, locale);
  }

  /** The limit as the Chinese documents (test reports, notices) print it. */
  public String text() {
    return text(Messages.CHINESE);
  }

  /**
   * The one text form of a limit, for readers that hold its parts rather than a Limit (API records,
   * SQL rows): {@code ≤ 0.05 mg/kg}, {@code ≥ 10 g/100g}, {@code 6.0–7.5 pH}; must not be detected
   * and not permitted have no number and so no unit. Values keep the digits they were written with.
   */
  public static String text(
      LimitOperator operator, BigDecimal value, BigDecimal upper, String unit, Locale locale) {
    if (operator == null) {
      return "";
    }
    String withUnit = unit == null || unit.isBlank() ? "" : " " + unit;
    return switch (operator) {
      case LE -> "≤ " + plain(value) + withUnit;
      case GE -> "≥ " + plain(value) + withUnit;
      case RANGE -> plain(value) + "–" + plain(upper) + withUnit;
      case NOT_DETECTED, NOT_PERMITTED ->
          Messages.text(locale, "enum.LimitOperator." + operator.name());
    };
  }

  /** {@link #text(LimitOperator, BigDecimal, BigDecimal, String, Locale)} from texts. */
  public static String text(
      String operator, String value, String upper, String unit, Locale locale) {
    if (operator == null || operator.isBlank()) {
      return "";
    }
    return text(LimitOperator.valueOf(operator), decimal(value), decimal(upper), unit, locale);
  }

  /**
   * The standard with its edition, as documents cite it: {@code GB 2763-2021} (a standard already
   * written with its edition keeps it once).
   */
  public String standardText() {
    return standardText(standard, edition);
  }

  public static String standardText(String standard, String edition) {
    if (standard == null || edition == null || edition.isBlank() || standard.endsWith(edition)) {
      return standard;
    }
    return standard + "-" + edition;
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  private static BigDecimal decimal(String text) {
    return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
  }

  public LimitOperator operator() {
    return operator;
  }

  public BigDecimal value() {
    return value;
  }

  public BigDecimal upper() {
    return upper;
  }

  public String unit() {
    return unit;
  }

  public String standard() {
    return standard;
  }

  public String edition() {
    return edition;
  }

  public ComparisonMethod comparison() {
    return comparison;
  }

  /** Equal when every part is, values compared with their digits ("0.05" is not "0.050"). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Limit l
        && operator == l.operator
        && Objects.equals(value, l.value)
        && Objects.equals(upper, l.upper)
        && Objects.equals(unit, l.unit)
        && Objects.equals(standard, l.standard)
        && Objects.equals(edition, l.edition)
        && comparison == l.comparison;
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, value, upper, unit, standard, edition, comparison);
  }

  @Override
  public String toString() {
    return text() + (standard == null ? "" : " (" + standardText() + ")");
  }
}
