package cn.foodsafety.lims.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Enum labels for the pages: {@code #{facesLabels.of(region.kind)}}. */
@Named
@RequestScoped
public class FacesLabels {

  @Inject FacesText text;

  public String of(Enum<?> value) {
    return value == null ? "" : text.label(value);
  }
}
