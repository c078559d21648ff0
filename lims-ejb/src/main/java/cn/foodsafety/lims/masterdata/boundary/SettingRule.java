package cn.foodsafety.lims.masterdata.boundary;

/**
 * What a value of settings owned by another component must be: master data stores every setting,
 * the component whose rules read a setting says which values it takes (the kinds of sampling:
 * planning's {@code KindSettingRule}). Contributed as a CDI bean, so master data knows no component
 * above it.
 */
public interface SettingRule {

  /** Whether the setting is one this rule checks. */
  boolean owns(String name);

  /** The message key that refuses the value (with the value as its argument), or null. */
  String refusal(String name, String value);
}
