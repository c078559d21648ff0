package cn.foodsafety.lims.oversight.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.boundary.RecordChanges;
import cn.foodsafety.lims.oversight.control.CheckCondition;
import cn.foodsafety.lims.oversight.entity.CheckRule;
import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record checks an administrator maintains (抽检数据抽查规则): each a code, a message in both
 * languages, a severity, the kind of record it reads (sample, result item, case) and a condition
 * over that kind's fields. A rule with an unknown field or a malformed condition is a field error
 * and nothing is written.
 */
@Stateless
public class CheckRules {

  static final String RULE = "CheckRule";

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
  public List<RuleData> rules() {
    return em.createQuery("select r from CheckRule r order by r.target, r.code", CheckRule.class)
        .getResultStream()
        .map(RuleData::of)
        .toList();
  }

  /** The fields a condition may name, per kind of record (what the rules page shows). */
  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
  public Map<CheckTarget, List<String>> fields() {
    Map<CheckTarget, List<String>> out = new TreeMap<>();
    for (CheckTarget t : CheckTarget.values()) {
      out.put(t, CheckCondition.fields(t).keySet().stream().sorted().toList());
    }
    return out;
  }

  /** A new rule; its code must be new and its condition parse, or field errors, nothing written. */
  @RolesAllowed(Role.ADMIN_NAME)
  public RuleData create(RuleForm form) {
    Violations v = Violations.of(validator, form);
    v.addIf(
        form != null && form.code() != null && byCode(form.code().strip()) != null,
        "code",
        "lims.check.code.taken",
        form == null ? null : form.code());
    v.throwIfAny();
    CheckTarget target = form.target() == null ? CheckTarget.SAMPLE : form.target();
    CheckCondition.parse(target, form.condition());
    CheckRule r = new CheckRule(form.code().strip(), target);
    r.define(
        form.messageZh().strip(),
        form.messageEn().strip(),
        form.severity(),
        form.condition(),
        form.active() == null || form.active());
    em.persist(r);
    em.flush();
    audit.created(RULE, r.getId(), r.getCode() + " (" + target + "): " + r.getCondition());
    return RuleData.of(r);
  }

  /** Changes a rule; its code and the kind of record it reads stay as they are. */
  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(RecordChanges.class)
  public RuleData change(long id, RuleForm form) {
    CheckRule r = em.find(CheckRule.class, id);
    if (r == null) {
      throw new NotFoundException(RULE, id);
    }
    Violations.of(validator, form).throwIfAny();
    Versions.check(form.version(), r.getVersion());
    if (!r.getCode().equals(form.code().strip())) {
      throw InvalidInputException.of("code", "lims.check.code.fixed", r.getCode());
    }
    if (form.target() != null && form.target() != r.getTarget()) {
      throw InvalidInputException.of("target", "lims.check.target.fixed", r.getTarget());
    }
    CheckCondition.parse(r.getTarget(), form.condition());
    audit.because(r.getCode());
    r.define(
        form.messageZh().strip(),
        form.messageEn().strip(),
        form.severity(),
        form.condition(),
        form.active() == null || form.active());
    em.flush();
    return RuleData.of(r);
  }

  private CheckRule byCode(String code) {
    return em.createQuery("select r from CheckRule r where r.code = :c", CheckRule.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
