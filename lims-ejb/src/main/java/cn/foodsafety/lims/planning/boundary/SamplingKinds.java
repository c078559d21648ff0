package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.planning.control.KindRules;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The rules of the kinds of sampling as the administrator has set them ({@code kind.*} settings),
 * read in the caller's transaction by the form, the follow-up, publication and the figures.
 */
@Stateless
@PermitAll
public class SamplingKinds {

  @Inject Settings settings;

  public KindRules rules() {
    return KindRules.fromSettings(settings::textValue);
  }

  /** The rules of one kind of sampling (whether the form asks for a backup sample, ...). */
  public KindRules.Rules of(cn.foodsafety.lims.planning.entity.SamplingKind kind) {
    return rules().of(kind);
  }
}
