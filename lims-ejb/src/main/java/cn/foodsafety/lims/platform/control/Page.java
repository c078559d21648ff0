package cn.foodsafety.lims.platform.control;

import java.util.List;
import java.util.function.Function;

/** One page of a list with the total count of the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {

  public <R> Page<R> map(Function<? super T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, page, size);
  }
}
