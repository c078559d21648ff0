package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.masterdata.entity.Limit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Enum labels for the pages: {@code #{facesLabels.of(region.kind)}}; a limit in the page's language
 * from its parts: {@code #{facesLabels.limit(i.limitOperator, i.limitValue, i.limitUpper,
 * i.limitUnit)}}.
 */
@Named
@RequestScoped
public class FacesLabels {

  @Inject FacesText text;

  public String of(Enum<?> value) {
    return value == null ? "" : text.label(value);
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
