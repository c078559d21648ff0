package cn.foodsafety.lims.platform.control;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list with the total count of the whole list. */
public record Page<T>(
    @Schema(description = "The rows of this page.", required = true) List<T> items,
    @Schema(description = "How many rows there are in all pages.") long total,
    @Schema(description = "This page, from 0.") int page,
    @Schema(description = "Rows per page asked for.") int size) {

  public <R> Page<R> map(Function<? super T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, page, size);
  }
}
