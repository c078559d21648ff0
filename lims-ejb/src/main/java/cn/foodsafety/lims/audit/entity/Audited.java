package cn.foodsafety.lims.audit.entity;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An entity whose changed fields the audit trail records by itself: a use case changes it through
 * its intent-named methods, and when the change is written the trail gets one UPDATE line per
 * changed field ({@code audit.control.ChangeCapture}), with the names and texts the history pages
 * show. Nobody builds a diff by hand.
 */
public interface Audited {

  /**
   * Attributes the trail does not follow as fields: the version, and the active flag, whose change
   * is a business event of its own (ACTIVATE, DEACTIVATE) recorded by the use case.
   */
  Set<String> NOT_FOLLOWED = Set.of("version", "active");

  /**
   * The name the trail files the entity under, what the history pages ask for: its class name
   * ("Region"), as the use cases have always written it.
   */
  default String auditType() {
    return getClass().getSimpleName();
  }

  Long getId();

  /**
   * The record the trail files the entity's changes under: by default its own id. A part of an
   * aggregate whose history is the whole's (a case's extension) files them under the whole's id.
   */
  default Long auditId() {
    return getId();
  }

  /** How a field of another entity names this one (a parent, a scope): its code. */
  String auditLabel();

  /**
   * The trail's fields for one attribute (or an attribute of an embedded value, as {@code
   * limit.operator}) and its value: by default one field named as the attribute. An entity maps an
   * embedded value to the fields its history has always shown.
   */
  default Map<String, String> auditFields(String attribute, Object value) {
    if (NOT_FOLLOWED.contains(attribute)) {
      return Map.of();
    }
    return Collections.singletonMap(attribute, text(value));
  }

  /**
   * The fields a member added to a collection attribute writes as new values (no old value), for an
   * aggregate whose history names each part it gains (a case's step: its kind and date). By default
   * none: the collection is followed as a whole through {@link #auditFields}.
   */
  default Map<String, String> auditAdded(String attribute, Object member) {
    return Map.of();
  }

  /**
   * A value as the trail keeps it: another entity by its label, a decimal with its digits and no
   * exponent, a collection as the sorted set of its members' texts.
   */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Audited a) {
      return a.auditLabel();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Collection<?> c) {
      return c.stream()
          .map(Audited::text)
          .filter(Objects::nonNull)
          .collect(Collectors.toCollection(TreeSet::new))
          .toString();
    }
    return String.valueOf(value);
  }
}
