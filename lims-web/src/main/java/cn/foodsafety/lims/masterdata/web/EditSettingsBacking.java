package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.masterdata.boundary.SettingData;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * masterdata/settings.xhtml: the administrator changes one setting at a time (the days a case may
 * take per level, the due-soon window, the targets); each row is its own form, so a refused value
 * shows its message next to its own field.
 */
@Named
@ViewScoped
public class EditSettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Settings settings;

  @Inject FacesText text;

  private List<Row> rows = List.of();

  /** One setting with the value being edited. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private SettingData setting;
    private String value;

    Row(SettingData setting) {
      this.setting = setting;
      this.value = setting.value();
    }

    public SettingData getSetting() {
      return setting;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }
  }

  @PostConstruct
  void init() {
    List<Row> r = new ArrayList<>();
    settings.list(text.locale()).forEach(s -> r.add(new Row(s)));
    rows = r;
  }

  /** Saves the row of the setting {@code name} (its form is "setting" + its index). */
  public void save(String name) {
    int i = 0;
    while (i < rows.size() && !rows.get(i).setting.name().equals(name)) {
      i++;
    }
    if (i == rows.size()) {
      return;
    }
    Row row = rows.get(i);
    SettingData s = row.setting;
    try {
      row.setting =
          settings.change(
              s.name(),
              new SettingData(s.name(), row.value, s.description(), s.version()),
              text.locale());
      row.value = row.setting.value();
      text.info("settings.saved", s.description() == null ? s.name() : s.description());
    } catch (RuntimeException e) {
      text.show(e, "setting" + i);
    }
  }

  public List<Row> getRows() {
    return rows;
  }
}
