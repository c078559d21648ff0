package cn.foodsafety.lims.planning.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * Reads request bodies that hold lists of nested records (the inputs of a plan, the batches of a
 * campaign) with JSON-B: the platform's record reader maps flat records field by field but not
 * records inside lists. A body that does not fit is a 400 on the field "body".
 */
final class JsonBodies {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonBodies() {}

  static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSONB.fromJson(body, type);
    } catch (JsonbException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message =
          root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      throw InvalidInputException.of(
          "body",
          "lims.error.badRequest",
          message.length() > 300 ? message.substring(0, 300) : message);
    }
  }
}
