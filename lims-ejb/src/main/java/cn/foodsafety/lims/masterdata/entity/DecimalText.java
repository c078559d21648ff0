package cn.foodsafety.lims.masterdata.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Keeps a decimal exactly as it was written ("2.0" stays "2.0"): the digits of a limit or a result
 * carry meaning (GB/T 8170 rounds to the limit's digits), which a NUMERIC column with a fixed scale
 * would lose.
 */
@Converter
public class DecimalText implements AttributeConverter<BigDecimal, String> {

  @Override
  public String convertToDatabaseColumn(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  @Override
  public BigDecimal convertToEntityAttribute(String text) {
    return text == null ? null : new BigDecimal(text);
  }
}
