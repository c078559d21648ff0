package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.masterdata.entity.CalendarDay;
import cn.foodsafety.lims.masterdata.entity.DayKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A calendar entry (a holiday or a make-up working day) as the API and the pages show and submit
 * it. On create and update the server ignores {@code id} and {@code weekday} (it follows from the
 * date); the date of an entry is fixed once entered; an update must carry the {@code version} it
 * was based on.
 */
public record CalendarDayData(
    Long id,
    @NotNull(message = "{lims.field.required}") LocalDate date,
    @NotNull(message = "{lims.field.required}") DayKind kind,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 50, message = "{lims.field.tooLong}")
        @Schema(example = "国庆节")
        String name,
    DayOfWeek weekday,
    Long version) {

  public static CalendarDayData of(CalendarDay d) {
    return new CalendarDayData(
        d.getId(),
        d.getDate(),
        d.getKind(),
        d.getName(),
        d.getDate().getDayOfWeek(),
        d.getVersion());
  }
}
