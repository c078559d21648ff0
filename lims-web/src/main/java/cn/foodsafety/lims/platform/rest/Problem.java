package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail. {@code errors} names each invalid field with its message in the
 * request's language.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldMessage> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://lims.foodsafety.cn/problems/";

  /** One invalid field. */
  public record FieldMessage(String field, String message) {}

  public static Response response(
      Response.Status status, String type, Locale locale, String detailKey, Object... args) {
    return build(status, type, locale, Messages.text(locale, detailKey, args), List.of());
  }

  public static Response build(
      Response.Status status,
      String type,
      Locale locale,
      String detail,
      List<FieldMessage> errors) {
    Problem p =
        new Problem(
            TYPE_BASE + type,
            Messages.text(locale, "lims.title." + type),
            status.getStatusCode(),
            detail,
            null,
            errors.isEmpty() ? null : errors);
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
        .entity(p)
        .build();
  }

  public static List<FieldMessage> messages(Locale locale, List<FieldError> errors) {
    return errors.stream()
        .map(e -> new FieldMessage(e.field(), Messages.text(locale, e.key(), e.args().toArray())))
        .toList();
  }
}
