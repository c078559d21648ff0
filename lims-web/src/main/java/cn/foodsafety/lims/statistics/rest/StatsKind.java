package cn.foodsafety.lims.statistics.rest;

import cn.foodsafety.lims.platform.rest.QueryDoc;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the kind of sampling a statistics call counts, beside {@link FigureQuery}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface StatsKind {

  @QueryDoc(
      name = "kind",
      description =
          "The kind of sampling counted: SUPERVISORY (the default: the targets judge supervisory"
              + " sampling), RISK_MONITORING, EVALUATIVE, or ALL.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"SUPERVISORY", "RISK_MONITORING", "EVALUATIVE", "ALL"}))
  String kind() default "";
}
