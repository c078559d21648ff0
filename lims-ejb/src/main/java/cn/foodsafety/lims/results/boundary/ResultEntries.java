package cn.foodsafety.lims.results.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Results for several items of one sample, written together or not at all. */
public record ResultEntries(
    @NotNull(message = "{lims.field.required}") List<@Valid ResultEntry> results) {}
