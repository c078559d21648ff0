package cn.foodsafety.lims.results.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One result as the laboratory reports it for an item of the sample ({@code itemId}): the value as
 * decimal text with the lab's digits, or {@code notDetected} with the limit of detection ({@code
 * lod}); the unit (converted into the limit's unit for the judgment); method, instrument, analyst
 * and the day of the test.
 */
public record ResultEntry(
    @NotNull(message = "{lims.field.required}") Long itemId,
    @Schema(
            format = "decimal",
            pattern = "^-?[0-9]+(\\.[0-9]+)?$",
            description = "The measured value with the lab's digits.",
            example = "0.052")
        String value,
    Boolean notDetected,
    @Schema(
            format = "decimal",
            pattern = "^-?[0-9]+(\\.[0-9]+)?$",
            description = "Limit of detection, with 未检出 (notDetected).",
            example = "0.005")
        String lod,
    @Schema(example = "mg/kg") String unit,
    @Size(max = 200, message = "{lims.field.tooLong}") @Schema(example = "GB 23200.113-2018")
        String method,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "GC-MS 7890B")
        String instrument,
    @Size(max = 100, message = "{lims.field.tooLong}") @Schema(example = "李检测") String analyst,
    LocalDate testedOn) {

  public boolean isNotDetected() {
    return Boolean.TRUE.equals(notDetected);
  }
}
