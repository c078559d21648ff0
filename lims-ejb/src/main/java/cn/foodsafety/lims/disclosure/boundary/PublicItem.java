package cn.foodsafety.lims.disclosure.boundary;

import cn.foodsafety.lims.masterdata.entity.LimitOperator;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/**
 * A failing item of a published result: the analyte, the reported value and its unit, the limit
 * (operator, value, and the upper end of a range) in its unit, and the standard that sets it.
 */
@JsonbNillable
public record PublicItem(
    String analyte,
    BigDecimal value,
    String unit,
    LimitOperator limitOperator,
    BigDecimal limitValue,
    BigDecimal limitUpper,
    String limitUnit,
    String standard) {}
