package cn.foodsafety.lims.masterdata.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One check of an analyte in foods of the linked categories (and their sub-categories) against a
 * limit from a national standard (GB 2763, GB 2762, GB 31650, GB 2760, ...), with the standard's
 * edition and the method by which it is tested.
 */
@Entity
@Table(name = "test_item")
@NamedQuery(name = TestItem.FIND_BY_CODE, query = "select t from TestItem t where t.code = :code")
public class TestItem implements Audited {

  public static final String FIND_BY_CODE = "TestItem.findByCode";

  @Id
  @SequenceGenerator(name = "test_item_seq", sequenceName = "test_item_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "test_item_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String analyte;

  @Column(name = "analyte_en")
  private String analyteEn;

  @Column(name = "method_standard")
  private String methodStandard;

  /** The limit with its unit, standard and edition (columns unit, limit_*, comparison). */
  @Embedded private Limit limit;

  @Convert(converter = DecimalText.class)
  private BigDecimal lod;

  /** Microbiological failures allow no re-inspection (Art. 33 of the sampling measures). */
  private boolean microbiological;

  @ManyToMany
  @JoinTable(
      name = "test_item_category",
      joinColumns = @JoinColumn(name = "test_item_id"),
      inverseJoinColumns = @JoinColumn(name = "food_category_id"))
  private Set<FoodCategory> categories = new HashSet<>();

  /**
   * An illegal addition or a banned substance: a non-conforming result on it is reported within 24
   * hours of approval instead of 2 working days (DOMAIN.md), always with the reason it is one.
   */
  @Column(name = "serious_hazard", nullable = false)
  private boolean seriousHazard;

  @Column(name = "serious_hazard_reason")
  private String seriousHazardReason;

  private boolean active = true;

  @Version private long version;

  protected TestItem() {}

  public TestItem(String code, String analyte, Limit limit) {
    this.code = Objects.requireNonNull(code);
    this.analyte = Objects.requireNonNull(analyte);
    this.limit = Objects.requireNonNull(limit);
  }

  public void describe(
      String code,
      String analyte,
      String analyteEn,
      String methodStandard,
      boolean microbiological) {
    this.code = Objects.requireNonNull(code);
    this.analyte = Objects.requireNonNull(analyte);
    this.analyteEn = analyteEn;
    this.methodStandard = methodStandard;
    this.microbiological = microbiological;
  }

  /**
   * Sets the limit as the standard states it, with the limit of detection in its unit. The boundary
   * has checked the combination ({@code LimitRules}).
   */
  public void setLimit(Limit limit, BigDecimal lod) {
    this.limit = Objects.requireNonNull(limit);
    this.lod = lod;
  }

  public void linkCategories(Set<FoodCategory> linked) {
    categories.clear();
    categories.addAll(linked);
  }

  /**
   * Marks the item a serious hazard (or not). A serious hazard needs its reason (e.g. "非食用物质，
   * 农业农村部公告第250号"): without one it is a field error on {@code seriousHazardReason}; an item that is
   * not one keeps no reason.
   */
  public void classifyHazard(boolean serious, String reason) {
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    if (serious && text == null) {
      throw InvalidInputException.of("seriousHazardReason", "lims.testItem.seriousHazard.reason");
    }
    this.seriousHazard = serious;
    this.seriousHazardReason = serious ? text : null;
  }

  public boolean isSeriousHazard() {
    return seriousHazard;
  }

  public String getSeriousHazardReason() {
    return seriousHazardReason;
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getAnalyte() {
    return analyte;
  }

  public String getAnalyteEn() {
    return analyteEn;
  }

  public String getMethodStandard() {
    return methodStandard;
  }

  /** The unit of the limit (and of the limit of detection). */
  public String getUnit() {
    return limit.unit();
  }

  public Limit getLimit() {
    return limit;
  }

  public BigDecimal getLod() {
    return lod;
  }

  public boolean isMicrobiological() {
    return microbiological;
  }

  public Set<FoodCategory> getCategories() {
    return categories;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return code;
  }

  /**
   * The limit is followed as the fields its history has always shown: unit, operator, value, upper
   * bound, standard, edition and comparison method.
   */
  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    if (attribute.equals("limit")) {
      Limit l = (Limit) value;
      Map<String, String> m = new LinkedHashMap<>();
      m.put("unit", l == null ? null : l.unit());
      m.put("limitOperator", l == null ? null : Audited.text(l.operator()));
      m.put("limitValue", l == null ? null : Audited.text(l.value()));
      m.put("limitUpper", l == null ? null : Audited.text(l.upper()));
      m.put("limitStandard", l == null ? null : l.standard());
      m.put("standardEdition", l == null ? null : l.edition());
      m.put("comparison", l == null ? null : Audited.text(l.comparison()));
      return m;
    }
    if (attribute.startsWith("limit.")) {
      String field =
          switch (attribute.substring("limit.".length())) {
            case "unit" -> "unit";
            case "operator" -> "limitOperator";
            case "value" -> "limitValue";
            case "upper" -> "limitUpper";
            case "standard" -> "limitStandard";
            case "edition" -> "standardEdition";
            case "comparison" -> "comparison";
            default -> attribute;
          };
      return Collections.singletonMap(field, Audited.text(value));
    }
    return Audited.super.auditFields(attribute, value);
  }
}
