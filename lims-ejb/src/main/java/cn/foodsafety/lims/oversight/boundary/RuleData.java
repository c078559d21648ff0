package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.oversight.entity.CheckRule;
import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.oversight.entity.Severity;

/** A record check as it is stored. */
public record RuleData(
    long id,
    String code,
    String messageZh,
    String messageEn,
    Severity severity,
    String condition,
    boolean active,
    long version,
    CheckTarget target) {

  static RuleData of(CheckRule r) {
    return new RuleData(
        r.getId(),
        r.getCode(),
        r.getMessageZh(),
        r.getMessageEn(),
        r.getSeverity(),
        r.getCondition(),
        r.isActive(),
        r.getVersion(),
        r.getTarget());
  }
}
