package cn.foodsafety.lims.oversight.boundary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The data quality of a unit, a sampling team or a lab in a period: the records checked, those with
 * an open finding (errors, warnings), and the score = 100 × (1 − records with an open finding /
 * records checked), one decimal; none without records. {@code drill} holds the filters of the list
 * behind it (GET /api/record-checks/findings with the same period and these filters, state OPEN).
 */
public record QualityScore(
    String key,
    String label,
    long records,
    long withFindings,
    long errors,
    long warnings,
    BigDecimal score,
    Map<String, String> drill) {}
