package cn.foodsafety.lims.oversight.boundary;

import jakarta.validation.constraints.Size;
import java.util.Map;

/** A reviewer's scores of a drawn record: checklist item code → score, and a note. */
public record ReviewForm(
    Map<String, Integer> scores, @Size(max = 500, message = "{lims.field.tooLong}") String note) {}
