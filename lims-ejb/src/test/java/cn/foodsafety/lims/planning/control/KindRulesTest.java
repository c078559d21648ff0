package cn.foodsafety.lims.planning.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.planning.entity.FollowUpRoute;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KindRulesTest {

  @Test
  void supervisorySamplingKeepsABackupAllowsReinspectionOpensACaseAndIsPublished() {
    KindRules.Rules r = KindRules.defaults().of(SamplingKind.SUPERVISORY);
    assertThat(r.backupSample()).isTrue();
    assertThat(r.reinspection()).isTrue();
    assertThat(r.followUp()).isEqualTo(FollowUpRoute.CASE);
    assertThat(r.published()).isTrue();
  }

  @Test
  void riskMonitoringKeepsNoBackupAllowsNoReinspectionControlsRiskAndIsNotPublished() {
    KindRules.Rules r = KindRules.defaults().of(SamplingKind.RISK_MONITORING);
    assertThat(r.backupSample()).isFalse();
    assertThat(r.reinspection()).isFalse();
    assertThat(r.followUp()).isEqualTo(FollowUpRoute.RISK_CONTROL);
    assertThat(r.followUpDays()).isEqualTo(KindRules.DEFAULT_RISK_CONTROL_DAYS);
    assertThat(r.published()).isFalse();
  }

  @Test
  void evaluativeSamplingIsFollowedUpAsSupervisoryByDefault() {
    KindRules rules = KindRules.defaults();
    KindRules.Rules e = rules.of(SamplingKind.EVALUATIVE);
    KindRules.Rules s = rules.of(SamplingKind.SUPERVISORY);
    assertThat(e.backupSample()).isEqualTo(s.backupSample());
    assertThat(e.reinspection()).isEqualTo(s.reinspection());
    assertThat(e.followUp()).isEqualTo(s.followUp());
    assertThat(e.published()).isEqualTo(s.published());
  }

  @Test
  void aSampleWithoutAKindFollowsTheSupervisoryRules() {
    assertThat(KindRules.defaults().of((SamplingKind) null).kind())
        .isEqualTo(SamplingKind.SUPERVISORY);
  }

  @Test
  void theSettingsOverrideTheDefaults() {
    Map<String, String> settings =
        Map.of(
            "kind.EVALUATIVE.followUp", "RISK_CONTROL",
            "kind.EVALUATIVE.followUpDays", "45",
            "kind.EVALUATIVE.reinspection", "false",
            "kind.RISK_MONITORING.followUpDays", "20");
    KindRules rules = KindRules.fromSettings(settings::get);
    assertThat(rules.of(SamplingKind.EVALUATIVE).followUp()).isEqualTo(FollowUpRoute.RISK_CONTROL);
    assertThat(rules.of(SamplingKind.EVALUATIVE).followUpDays()).isEqualTo(45);
    assertThat(rules.of(SamplingKind.EVALUATIVE).reinspection()).isFalse();
    assertThat(rules.of(SamplingKind.EVALUATIVE).backupSample()).isTrue();
    assertThat(rules.of(SamplingKind.RISK_MONITORING).followUpDays()).isEqualTo(20);
  }

  @Test
  void anUnreadableStoredValueFallsBackToTheDefault() {
    KindRules rules =
        KindRules.fromSettings(Map.of("kind.RISK_MONITORING.backupSample", "perhaps")::get);
    assertThat(rules.of(SamplingKind.RISK_MONITORING).backupSample()).isFalse();
  }

  @Test
  void theSettingsPageRefusesValuesThatAreNotRules() {
    assertThat(KindRules.refusal("kind.SUPERVISORY.backupSample", "yes"))
        .isEqualTo("lims.setting.kind.boolean");
    assertThat(KindRules.refusal("kind.SUPERVISORY.backupSample", "false")).isNull();
    assertThat(KindRules.refusal("kind.EVALUATIVE.followUp", "LATER"))
        .isEqualTo("lims.setting.kind.route");
    assertThat(KindRules.refusal("kind.EVALUATIVE.followUp", "risk_control")).isNull();
    assertThat(KindRules.refusal("kind.RISK_MONITORING.followUpDays", "0"))
        .isEqualTo("lims.setting.kind.days");
    assertThat(KindRules.refusal("kind.RISK_MONITORING.followUpDays", "366"))
        .isEqualTo("lims.setting.kind.days");
    assertThat(KindRules.refusal("kind.RISK_MONITORING.followUpDays", "30")).isNull();
  }
}
