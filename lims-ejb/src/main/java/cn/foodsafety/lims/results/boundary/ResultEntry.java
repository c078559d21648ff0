package cn.foodsafety.lims.results.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One result as the laboratory reports it for an item of the sample ({@code itemId}): the value as
 * decimal text with the lab's digits, or {@code notDetected} with the limit of detection ({@code
 * lod}); the unit (converted into the limit's unit for the judgment); method, instrument, analyst
 * and the day of the test.
 */
public record ResultEntry(
    @NotNull(message = "{lims.field.required}") Long itemId,
    String value,
    Boolean notDetected,
    String lod,
    String unit,
    @Size(max = 200, message = "{lims.field.tooLong}") String method,
    @Size(max = 100, message = "{lims.field.tooLong}") String instrument,
    @Size(max = 100, message = "{lims.field.tooLong}") String analyst,
    LocalDate testedOn) {

  public boolean isNotDetected() {
    return Boolean.TRUE.equals(notDetected);
  }
}
