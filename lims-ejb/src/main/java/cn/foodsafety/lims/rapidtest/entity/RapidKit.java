package cn.foodsafety.lims.rapidtest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A rapid-test kit: the item it screens for and its method (e.g. 酶抑制率法 for pesticides). */
@Entity
@Table(name = "rapid_kit")
@NamedQuery(name = RapidKit.BY_CODE, query = "select k from RapidKit k where k.code = :code")
public class RapidKit {

  public static final String BY_CODE = "RapidKit.byCode";

  @Id
  @SequenceGenerator(name = "rapid_kit_seq", sequenceName = "rapid_kit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rapid_kit_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String item;

  @Column(nullable = false)
  private String method;

  private String maker;

  @Column(nullable = false)
  private boolean active = true;

  @Version private Long version;

  protected RapidKit() {}

  public RapidKit(String code, String name, String item, String method, String maker) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.item = Objects.requireNonNull(item);
    this.method = Objects.requireNonNull(method);
    this.maker = maker;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getItem() {
    return item;
  }

  public String getMethod() {
    return method;
  }

  public String getMaker() {
    return maker;
  }

  public boolean isActive() {
    return active;
  }
}
