package cn.foodsafety.lims.statistics.rest;

import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.rest.QueryDoc;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the query parameters every statistics and oversight call reads (the names of
 * StatsRequest but the kind of sampling): the period and the group. The resources read them from
 * the query string themselves (an unknown name is a field error), so the API document takes them
 * from here. The kind of sampling is documented beside it by each component ({@link StatsKind},
 * {@code oversight.rest.OversightKind}): the statistics count supervisory sampling unless asked,
 * oversight every kind.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FigureQuery {

  @QueryDoc(
      name = "year",
      description = "The year; alone, the whole year.",
      example = "2026",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
  String year() default "";

  @QueryDoc(
      name = "quarter",
      description = "A quarter of the year, 1-4.",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "4"))
  String quarter() default "";

  @QueryDoc(
      name = "month",
      description = "A month of the year, 1-12.",
      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "12"))
  String month() default "";

  @QueryDoc(
      name = "from",
      description = "Instead of a year: the first day of the period.",
      schema = @Schema(format = "date"))
  String from() default "";

  @QueryDoc(
      name = "to",
      description = "Instead of a year: the last day of the period.",
      schema = @Schema(format = "date"))
  String to() default "";

  @QueryDoc(
      name = "asOf",
      description = "Count what was known on this day (default the period's end, or today).",
      schema = @Schema(format = "date"))
  String asOf() default "";

  @QueryDoc(
      name = "level",
      description = "Only this sampling level.",
      schema = @Schema(implementation = SamplingLevel.class))
  String level() default "";

  @QueryDoc(
      name = "regionId",
      description = "Only this region (and the regions in it).",
      schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
  String regionId() default "";

  @QueryDoc(
      name = "department",
      description = "Only this department.",
      schema = @Schema(implementation = Department.class))
  String department() default "";

  @QueryDoc(
      name = "categoryId",
      description = "Only this food category (and those under it).",
      schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
  String categoryId() default "";

  @QueryDoc(
      name = "labId",
      description = "Only this laboratory.",
      schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
  String labId() default "";
}
