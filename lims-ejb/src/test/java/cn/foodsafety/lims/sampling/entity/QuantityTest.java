package cn.foodsafety.lims.sampling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void aQuantityKeepsItsDigitsAndReadsWithItsUnit() {
    Quantity q = Quantity.of(new BigDecimal("2.50"), " 千克 ", "quantity");
    assertThat(q.text()).isEqualTo("2.50 千克");
    assertThat(q.unit()).isEqualTo("千克");
    assertThat(q).isEqualTo(Quantity.of(new BigDecimal("2.50"), "千克", "quantity"));
  }

  @Test
  void zeroOrLessIsAFieldErrorOnTheFormsField() {
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ZERO, "千克", "backupQuantity"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("backupQuantity"));
    assertThatThrownBy(() -> Quantity.of(null, "千克", "quantity"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aQuantityWithoutUnitIsAFieldErrorOnTheUnit() {
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, " ", "quantity"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("quantityUnit"));
  }

  @Test
  void aBackupIsCountedInTheSamplesUnit() {
    Quantity taken = Quantity.of(new BigDecimal("6"), "袋", "quantity");
    assertThat(taken.withAmount(new BigDecimal("3"), "backupQuantity").text()).isEqualTo("3 袋");
  }
}
