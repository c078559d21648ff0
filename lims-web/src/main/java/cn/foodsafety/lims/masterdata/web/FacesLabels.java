package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.Bilingual;
import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import java.util.function.LongFunction;

/**
 * Enum labels for the pages: {@code #{facesLabels.of(region.kind)}}; a limit in the page's language
 * from its parts: {@code #{facesLabels.limit(i.limitOperator, i.limitValue, i.limitUpper,
 * i.limitUnit)}}; a quantity without trailing zeros: {@code #{facesLabels.amount(s.quantity)}}.
 */
@Named
@RequestScoped
public class FacesLabels {

  @Inject FacesText text;

  @Inject Regions regions;

  @Inject FoodCategories categories;

  @Inject Organizations organizations;

  public String of(Enum<?> value) {
    return value == null ? "" : text.label(value);
  }

  /**
   * A record's name in the page's language: the English name of a region, food category or
   * organization on an English page where it has one ({@link Bilingual}), else its name.
   */
  public String name(Object record) {
    if (record == null) {
      return "";
    }
    if (record instanceof Bilingual b) {
      return b.nameIn(text.locale());
    }
    try {
      return String.valueOf(record.getClass().getMethod("name").invoke(record));
    } catch (ReflectiveOperationException notNamed) {
      return record.toString();
    }
  }

  /**
   * A region that a row names by id and Chinese name (plan cells, totals, tasks), in the page's
   * language: on an English page the region's English name where it has one (read from the shared
   * cache), else the name the row carries.
   */
  public String region(Long id, String name) {
    return named(id, name, regions::get);
  }

  /** As {@link #region}, for a food category named by a row. */
  public String category(Long id, String name) {
    return named(id, name, categories::get);
  }

  /** As {@link #region}, for an organization (laboratory, sampling unit) named by a row. */
  public String organization(Long id, String name) {
    return named(id, name, organizations::get);
  }

  /** The record's name in the page's language, or the row's own name when it has none. */
  private String named(Long id, String name, LongFunction<? extends Bilingual> find) {
    String own = name == null ? "" : name;
    if (id == null || !english()) {
      return own;
    }
    try {
      return find.apply(id).nameIn(text.locale());
    } catch (RuntimeException gone) {
      return own;
    }
  }

  private boolean english() {
    return text.locale() != null && "en".equals(text.locale().getLanguage());
  }

  /**
   * A stored quantity as people write it: without the zeros the column's scale adds ({@code 35.000}
   * kg is shown as 35 kg, {@code 0.250} as 0.25), never in exponent form.
   */
  public String amount(Object value) {
    if (value == null || value.toString().isBlank()) {
      return "";
    }
    try {
      return new java.math.BigDecimal(value.toString().strip())
          .stripTrailingZeros()
          .toPlainString();
    } catch (NumberFormatException notANumber) {
      return value.toString();
    }
  }

  /**
   * A quantity as the form recorded it, in the page's language: the amount without the column's
   * trailing zeros ({@link #amount}) and the unit word ({@link #unit}).
   */
  public String quantity(Object amount, String unit) {
    String shown = amount(amount);
    String word = unit(unit);
    return word.isEmpty() ? shown : (shown + " " + word).strip();
  }

  /**
   * A quantity's unit as entered on a form, in the page's language: on an English page a common
   * Chinese unit word is written in English ({@code 35 千克} is shown as {@code 35 kg}), other units
   * as entered. The words are listed in the page bundles ({@code quantityUnit.<word>}).
   */
  public String unit(String unit) {
    String word = unit == null ? "" : unit.strip();
    if (!word.isEmpty() && english()) {
      ResourceBundle ui = ResourceBundle.getBundle("cn.foodsafety.lims.web.ui", text.locale());
      if (ui.containsKey("quantityUnit." + word)) {
        word = ui.getString("quantityUnit." + word);
      }
    }
    return word;
  }

  /** The one text form of a limit ({@link Limit#text}); parts as enums/decimals or as texts. */
  public String limit(Object operator, Object value, Object upper, String unit) {
    return Limit.text(
        operator == null ? null : operator.toString(),
        value == null ? null : value.toString(),
        upper == null ? null : upper.toString(),
        unit,
        text.locale());
  }
}
