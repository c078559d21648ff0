package cn.foodsafety.lims.oversight.boundary;

import java.math.BigDecimal;

/**
 * The data quality of a unit, a sampling team or a lab in a period: the records checked, those with
 * an open finding (errors, warnings), and the score = 100 × (1 − records with an open finding /
 * records checked), one decimal; none without records.
 */
public record QualityScore(
    String key,
    String label,
    long records,
    long withFindings,
    long errors,
    long warnings,
    BigDecimal score) {}
