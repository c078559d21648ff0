package cn.foodsafety.lims.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the paging of a list read by hand (the lists behind the statistics and oversight
 * figures, read with {@link QueryValues#integer}): the page from 0, 50 rows by default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ListPageQuery {

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
