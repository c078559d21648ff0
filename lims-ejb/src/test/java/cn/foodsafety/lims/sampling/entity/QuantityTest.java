package cn.foodsafety.lims.sampling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.masterdata.entity.FoodCategory;
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

  @Test
  void aSamplesFoodCarriesItsQuantityAndItsBackupInTheSameUnit() {
    FoodCategory category = new FoodCategory("0101", "芹菜", null);
    Sample.Food food =
        new Sample.Food(
            "芹菜",
            category,
            null,
            null,
            null,
            null,
            null,
            new BigDecimal("2.0"),
            "千克",
            new BigDecimal("1.0"),
            StorageCondition.CHILLED);
    assertThat(food.taken().text()).isEqualTo("2.0 千克");
    assertThatThrownBy(
            () ->
                new Sample.Food(
                    "芹菜",
                    category,
                    null,
                    null,
                    null,
                    null,
                    null,
                    new BigDecimal("2"),
                    "千克",
                    BigDecimal.ZERO,
                    StorageCondition.CHILLED))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("backupQuantity"));
  }

  @Test
  void aBackupPlacementCarriesWhatIsKept() {
    BackupSample.Placement p =
        new BackupSample.Placement(
            "A", "3", new BigDecimal("0.5"), "千克", BackupCondition.SEALED_INTACT, null);
    assertThat(p.kept().text()).isEqualTo("0.5 千克");
    assertThatThrownBy(
            () ->
                new BackupSample.Placement(
                    "A", "3", new BigDecimal("-1"), "千克", BackupCondition.SEALED_INTACT, null))
        .isInstanceOf(InvalidInputException.class);
  }
}
