package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code errors} names each invalid field with its message in the
 * request's language.
 */
@Schema(description = "An RFC 9457 problem detail, in the language of Accept-Language.")
public record Problem(
    @Schema(
            description = "What kind of problem, as a URI.",
            example = "https://lims.foodsafety.cn/problems/invalidInput",
            required = true)
        String type,
    @Schema(description = "A short title of the kind.", example = "输入有误", required = true)
        String title,
    @Schema(description = "The HTTP status.", example = "400") int status,
    @Schema(description = "What went wrong, for a person.", example = "输入有误") String detail,
    String instance,
    @Schema(description = "Each invalid field with its message (400 only).")
        List<FieldMessage> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://lims.foodsafety.cn/problems/";

  /** One invalid field. */
  public record FieldMessage(
      @Schema(
              description = "The field, as named in the request body or query.",
              example = "foodName")
          String field,
      @Schema(example = "必填") String message) {}

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
