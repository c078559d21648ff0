package cn.foodsafety.lims.planning.boundary;

import cn.foodsafety.lims.masterdata.boundary.SettingRule;
import cn.foodsafety.lims.planning.control.KindRules;
import jakarta.enterprise.context.ApplicationScoped;

/** The settings of the kinds of sampling ({@code kind.<KIND>.<rule>}) take what KindRules reads. */
@ApplicationScoped
public class KindSettingRule implements SettingRule {

  @Override
  public boolean owns(String name) {
    return name.startsWith("kind.");
  }

  @Override
  public String refusal(String name, String value) {
    return KindRules.refusal(name, value);
  }
}
