package cn.foodsafety.lims.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.oversight.entity.CheckTarget;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckConditionTest {

  @Test
  void fieldsBecomeTheirColumnsAndValuesParameters() {
    CheckCondition.Sql sql =
        CheckCondition.parse("received_on < sampled_on or working_days > 20 and level = 'COUNTY'");
    assertThat(sql.where())
        .isEqualTo(
            "((s.received_on < s.sampled_on) OR (s.working_days > ? AND s.sampling_level = ?))");
    assertThat(sql.params()).containsExactly(new BigDecimal("20"), "COUNTY");
  }

  @Test
  void emptyTextIsNullOrBlankAndDatesAreDates() {
    CheckCondition.Sql sql =
        CheckCondition.parse("party_licence IS NOT EMPTY and production_date >= '2025-01-31'");
    assertThat(sql.where())
        .isEqualTo(
            "((NOT (x.party_licence IS NULL OR TRIM(x.party_licence) = '')"
                + " AND x.production_date >= ?))");
    assertThat(sql.params()).isEqualTo(List.of(LocalDate.of(2025, 1, 31)));
  }

  @Test
  void anUnknownFieldIsAFieldErrorOfTheCondition() {
    assertThatThrownBy(() -> CheckCondition.parse("colour = 'red'"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors())
                  .singleElement()
                  .satisfies(
                      f -> {
                        assertThat(f.field()).isEqualTo("condition");
                        assertThat(f.key()).isEqualTo("lims.check.condition.unknownField");
                      });
            });
  }

  @Test
  void malformedConditionsAreRefused() {
    for (String bad :
        List.of(
            "received_on <",
            "received_on sampled_on",
            "and received_on < sampled_on",
            "party_name = 'x'; DROP TABLE sample",
            "party_name is",
            "received_on < sampled_on or",
            "party_name = \"x\"")) {
      assertThatThrownBy(() -> CheckCondition.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.errors().get(0).field()).isEqualTo("condition"));
    }
  }

  @Test
  void valuesMustFitTheFieldsType() {
    for (String bad :
        List.of(
            "working_days > 'many'",
            "received_on = 'soon'",
            "party_name = 3",
            "received_on < working_days")) {
      assertThatThrownBy(() -> CheckCondition.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.errors().get(0).key()).isEqualTo("lims.check.condition.types"));
    }
  }

  @Test
  void aRuleOnResultItemsOrCasesMayUseTheirFieldsAndASampleRuleMayNot() {
    CheckCondition.Sql item = CheckCondition.parse(CheckTarget.RESULT_ITEM, "value < lod");
    assertThat(item.where())
        .isEqualTo("((CAST(i.reported_value AS DECIMAL(38,10)) < CAST(i.lod AS DECIMAL(38,10))))");
    CheckCondition.Sql kase =
        CheckCondition.parse(CheckTarget.CASE, "last_step_on > deadline and level = 'COUNTY'");
    assertThat(kase.where())
        .isEqualTo(
            "(((SELECT MAX(cs.step_date) FROM case_step cs WHERE cs.case_id = k.id) > k.deadline"
                + " AND s.sampling_level = ?))");
    for (String bad : List.of("times_over > 5", "deadline < sampled_on")) {
      assertThatThrownBy(() -> CheckCondition.parse(CheckTarget.SAMPLE, bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.errors().get(0).key())
                      .isEqualTo("lims.check.condition.unknownField"));
    }
    assertThatThrownBy(() -> CheckCondition.parse(CheckTarget.CASE, "times_over > 5"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CheckCondition.parse(CheckTarget.RESULT_ITEM, "value > 'x'"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).key()).isEqualTo("lims.check.condition.types"));
  }
}
