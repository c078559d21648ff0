package cn.foodsafety.lims.results.boundary;

import java.util.List;

/**
 * What an import of a result file found: the data rows, the samples they belong to, every problem
 * (row, column, reason in the caller's language is made by the caller from the key), and whether it
 * was written ({@code committed}: only a clean file is).
 */
public record ImportResult(
    int rows, int samples, boolean clean, boolean committed, List<Problem> problems) {

  /**
   * A problem in row {@code row} (1 = header), column {@code column}, with the cell's content as
   * written ({@code value}, null when there is no one cell, e.g. a missing column), so that every
   * row's message can show what was wrong in it.
   */
  public record Problem(int row, String column, String key, List<Object> args, String value) {}
}
