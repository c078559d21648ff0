package cn.foodsafety.lims.masterdata.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A setting that administrators change without a release (disposal days per level, the due-soon
 * window, the targets the figures are judged against). Its default comes with the migrations.
 */
@Entity
@Table(name = "lims_setting")
public class Setting {

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
}
