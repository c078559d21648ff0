package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.platform.control.FieldError;
import java.util.List;

/**
 * What lab assignment found for one sample: the laboratory (proposed, or assigned when {@code
 * assigned}), its load (samples of the last 7 days against its weekly capacity), and every
 * laboratory that was left out with the reason (messages keyed on the field {@code labId}, naming
 * the laboratory in the reader's language). The category comes with its id, so a page names it in
 * its language.
 */
public record AssignmentOutcome(
    long sampleId,
    String sampleNumber,
    String foodName,
    String categoryName,
    Long labId,
    String labCode,
    String labName,
    Long labLoad,
    Integer labCapacity,
    boolean assigned,
    List<FieldError> excluded,
    Long categoryId) {}
