package cn.foodsafety.lims.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents a query parameter where MP OpenAPI's {@code @Parameter} cannot go: on a field of a
 * {@code @BeanParam} class ({@link ListParams}) and on the elements of an annotation that stands
 * for a group of parameters read from the query string by hand (e.g. the statistics period). The
 * server's own scanner fails on {@code @Parameter} outside a resource method; {@link ApiContract}
 * reads these.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface QueryDoc {

  /** The parameter's name; on a field with {@code @QueryParam}, that name. */
  String name() default "";

  String description();

  String example() default "";

  boolean required() default false;

  /** Type, format, limits, enumeration; or {@code implementation} for an enum. */
  Schema schema() default @Schema;

  /**
   * Any other query parameter (name and value): an object exploded into the query string, as
   * OpenAPI writes free-form filters.
   */
  boolean freeForm() default false;
}
