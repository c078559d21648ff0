package cn.foodsafety.lims.oversight.rest;

import cn.foodsafety.lims.platform.rest.QueryDoc;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the paging of the lists behind the figures (read by {@link OversightParams#integer}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface OversightList {

  @QueryDoc(
      name = "page",
      description = "The page, from 0.",
      schema =
          @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
  String page() default "";

  @QueryDoc(
      name = "size",
      description = "Rows per page.",
      schema =
          @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "50"))
  String size() default "";
}
