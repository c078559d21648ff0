package cn.foodsafety.lims.masterdata.entity;

import cn.foodsafety.lims.audit.entity.Audited;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * A setting that administrators change without a release (disposal days per level, the due-soon
 * window, the targets the figures are judged against). Its default comes with the migrations.
 */
// Read many times a request (the figures' targets, the sign-in and session rules, the sampling
// rules) and changed by an administrator now and then, only through JPA: in the shared cache
// (ReferenceCacheSync drops it on the other servers of a deployment group).
@Cacheable
@Entity
@Table(name = "lims_setting")
public class Setting implements Audited {

  @Id private String name;

  @Column(name = "setting_value", nullable = false)
  private String value;

  @Version private long version;

  protected Setting() {}

  public Setting(String name, String value) {
    this.name = Objects.requireNonNull(name);
    this.value = Objects.requireNonNull(value);
  }

  public void change(String value) {
    this.value = Objects.requireNonNull(value);
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }

  public long getVersion() {
    return version;
  }

  /**
   * The trail files every setting under one record (0), the setting's name as the field: what the
   * settings page's history has always read.
   */
  @Override
  public Long getId() {
    return 0L;
  }

  @Override
  public String auditLabel() {
    return name;
  }

  @Override
  public Map<String, String> auditFields(String attribute, Object value) {
    return attribute.equals("value")
        ? Collections.singletonMap(name, Audited.text(value))
        : Map.of();
  }
}
