package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.Setting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A setting: its name, value, what it means (in the caller's language) and version. */
public record SettingData(
    String name,
    @NotBlank(message = "{lims.field.required}") @Size(max = 200, message = "{lims.field.tooLong}")
        String value,
    String description,
    Long version) {

  static SettingData of(Setting s, String description) {
    return new SettingData(s.getName(), s.getValue(), description, s.getVersion());
  }
}
