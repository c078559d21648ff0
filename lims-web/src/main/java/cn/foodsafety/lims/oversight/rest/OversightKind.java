package cn.foodsafety.lims.oversight.rest;

import cn.foodsafety.lims.platform.rest.QueryDoc;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the kind of sampling an oversight call counts (every kind unless asked), beside the
 * period and group of {@code statistics.rest.FigureQuery}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface OversightKind {

  @QueryDoc(
      name = "kind",
      description = "Only this kind of sampling, as the facts record it (e.g. SUPERVISORY).",
      example = "SUPERVISORY",
      schema = @Schema(type = SchemaType.STRING, pattern = "[A-Z][A-Z_]{0,29}"))
  String kind() default "";
}
