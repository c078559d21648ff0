package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.masterdata.entity.Setting;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Versions;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings an administrator changes without a release: the days a follow-up case may take per
 * sampling level ({@code case.disposalDays.<LEVEL>}, 1-365), the due-soon window of the deadline
 * sweep ({@code case.dueSoonDays}, 1-90) and the targets the figures are judged against ({@code
 * target.*}, percentages 0-100), the session time-outs, lock-out and password policy ({@code
 * security.*}). Names come with the migrations; values are checked by their kind.
 */
@Stateless
public class Settings {

  static final String ENTITY = "Setting";

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject SettingValues values;

  /** The rules of settings that other components own (the kinds of sampling: planning). */
  @Inject @Any Instance<SettingRule> rules;

  /** An integer setting, or the fallback when it is missing. */
  @PermitAll
  public int intValue(String name, int fallback) {
    String value = values.all().get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** A setting as text, or null when it is missing (the kinds of sampling read theirs so). */
  @PermitAll
  public String textValue(String name) {
    return values.all().get(name);
  }

  /** A decimal setting (a target in percent), or the fallback when it is missing. */
  @PermitAll
  public BigDecimal decimalValue(String name, BigDecimal fallback) {
    return decimal(values.all().get(name), fallback);
  }

  /**
   * Decimal settings by name (the figures' targets), each the fallback given for it when it is
   * missing: one call for a set of settings.
   */
  @PermitAll
  public Map<String, BigDecimal> decimalValues(Map<String, BigDecimal> fallbacks) {
    Map<String, String> all = values.all();
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    fallbacks.forEach((name, fallback) -> out.put(name, decimal(all.get(name), fallback)));
    return out;
  }

  private static BigDecimal decimal(String value, BigDecimal fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.PLANNER_NAME})
  public List<SettingData> list(Locale locale) {
    return em
        .createQuery("select s from Setting s order by s.name", Setting.class)
        .getResultList()
        .stream()
        .map(s -> SettingData.of(s, describe(locale, s.getName())))
        .toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ReferenceChange.class)
  public SettingData change(String name, SettingData data, Locale locale) {
    Setting s = em.find(Setting.class, name);
    if (s == null) {
      throw new NotFoundException(ENTITY, name);
    }
    Violations.of(validator, data).throwIfAny();
    Versions.check(data.version(), s.getVersion());
    String value = data.value().strip();
    checkValue(name, value, rules);
    s.change(value);
    audit.recordCaptured("setting " + name);
    return SettingData.of(s, describe(locale, name));
  }

  static void checkValue(String name, String value, Iterable<? extends SettingRule> rules) {
    for (SettingRule rule : rules) {
      if (rule.owns(name)) {
        String refused = rule.refusal(name, value);
        if (refused != null) {
          throw InvalidInputException.of("value", refused, value);
        }
        return;
      }
    }
    if (name.equals("proxy.trustedAddresses")) {
      if (!cn.foodsafety.lims.platform.control.ClientAddress.isValidSetting(value)) {
        throw InvalidInputException.of("value", "lims.setting.notAddresses", value);
      }
      return;
    }
    if (name.startsWith("target.") || name.equals("rapid.positiveRateFloor")) {
      BigDecimal d;
      try {
        d = new BigDecimal(value);
      } catch (NumberFormatException e) {
        throw InvalidInputException.of("value", "lims.setting.notNumber", value);
      }
      if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw InvalidInputException.of("value", "lims.setting.range", 0, 100);
      }
      return;
    }
    int min = 1;
    int max = name.startsWith("case.disposalDays.") ? 365 : 90;
    switch (name) {
      case "security.session.idleMinutes" -> max = 1440;
      // one minute upwards like the idle time-out (what the integration test sets)
      case "security.session.absoluteMinutes" -> max = 10080;
      case "security.signIn.maxFailures" -> {
        min = 3;
        max = 100;
      }
      case "security.signIn.lockMinutes" -> max = 1440;
      case "security.signIn.addressMaxFailures" -> {
        min = 10;
        max = 10000;
      }
      case "security.password.minLength" -> {
        min = 8;
        max = 128;
      }
      case "security.password.minClasses" -> max = 4;
      default -> {}
    }
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("value", "lims.setting.notInteger", value);
    }
    if (n < min || n > max) {
      throw InvalidInputException.of("value", "lims.setting.range", min, max);
    }
  }

  private static String describe(Locale locale, String name) {
    return Messages.text(locale, "setting." + name);
  }
}
