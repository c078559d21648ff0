package cn.foodsafety.lims.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js configuration the pages' charts are drawn from (pages.js reads it from a data
 * attribute): one shape for every chart of the dashboard and the risk page, so they size and title
 * alike.
 */
public final class ChartJson {

  private ChartJson() {}

  /** An axis or chart title that is shown. */
  public static JsonObjectBuilder title(String text) {
    return Json.createObjectBuilder().add("display", true).add("text", text);
  }

  /**
   * A responsive chart of {@code type} ({@code bar}, {@code line}) that fills its box; {@code
   * indexAxis} {@code "y"} lays bars down, null leaves them standing.
   */
  public static String chart(
      String type,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      JsonObjectBuilder scales,
      String indexAxis) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("scales", scales);
    if (indexAxis != null) {
      options.add("indexAxis", indexAxis);
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
