package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import java.math.BigDecimal;

/**
 * A failing test item of the case's sample: value, limit and how many times the limit it is; the
 * limit also as it is read ({@code ≤ 0.05 mg/kg}).
 */
public record FailingItem(
    String analyte,
    BigDecimal value,
    boolean notDetected,
    String unit,
    LimitOperator limitOperator,
    BigDecimal limitValue,
    BigDecimal limitUpper,
    String limitUnit,
    String limit,
    String standard,
    BigDecimal timesOver,
    boolean microbiological) {}
