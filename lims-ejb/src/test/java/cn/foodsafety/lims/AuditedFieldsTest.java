package cn.foodsafety.lims;

import static cn.foodsafety.lims.Aggregates.set;
import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.Setting;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.MeasuredValue;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.BackupSample;
import cn.foodsafety.lims.sampling.entity.BackupState;
import cn.foodsafety.lims.sampling.entity.ReceiptCondition;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.entity.User;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fields the audit listener records of the entities of sampling, results, users and settings:
 * the names and texts their history has always shown (laboratories by code, a custody laboratory by
 * its name, times in China's time, roles in their declared order), and nothing of what the history
 * never followed (states, who and when, hashes). Without a server: the mapping from an attribute
 * and its value to the trail's fields.
 */
class AuditedFieldsTest {

  private static final Organization LAB =
      new Organization(
          "LAB-1",
          "郑州检测中心",
          OrganizationKind.LABORATORY,
          new Region("410102", "中原区", RegionKind.COUNTY, null));

  private static final OffsetDateTime UTC = OffsetDateTime.parse("2026-03-02T02:00:30Z");

  @Test
  void aSampleShowsItsLaboratoryShipmentAndReceiptAndNotItsStateOrWhoDidIt() {
    Sample s = instance(Sample.class);
    assertThat(s.auditType()).isEqualTo("Sample");
    assertThat(s.auditFields("lab", LAB)).isEqualTo(Map.of("lab", "LAB-1"));
    assertThat(s.auditFields("shippedAt", UTC))
        .isEqualTo(Map.of("shippedAt", "2026-03-02T10:00:30+08:00"));
    assertThat(s.auditFields("receivedAt", null))
        .isEqualTo(Collections.singletonMap("receivedAt", null));
    assertThat(s.auditFields("shipTemperature", new BigDecimal("4.0")))
        .isEqualTo(Map.of("shipTemperature", "4.0"));
    assertThat(s.auditFields("receiptCondition", ReceiptCondition.ACCEPTED))
        .isEqualTo(Map.of("receiptCondition", "ACCEPTED"));
    assertThat(s.auditFields("reportDue", LocalDate.of(2026, 3, 30)))
        .isEqualTo(Map.of("reportDue", "2026-03-30"));
    // an on-time sample has no line: false is as good as nothing
    assertThat(s.auditFields("deliveredLate", false))
        .isEqualTo(Collections.singletonMap("deliveredLate", null));
    assertThat(s.auditFields("deliveredLate", true)).isEqualTo(Map.of("deliveredLate", "true"));
    for (String notFollowed : List.of("state", "receivedBy", "assignedBy", "version", "foodName")) {
      assertThat(s.auditFields(notFollowed, "x")).as(notFollowed).isEmpty();
    }
  }

  @Test
  void anAnalysisShowsItsConclusionVersionAndDeadlinesUnderItsSample() {
    Analysis a = instance(Analysis.class);
    set(a, "sampleId", 7L);
    assertThat(a.auditType()).isEqualTo("Analysis");
    assertThat(a.getId()).isEqualTo(7L);
    assertThat(a.auditFields("conclusion", Verdict.NON_CONFORMING))
        .isEqualTo(Map.of("conclusion", "NON_CONFORMING"));
    assertThat(a.auditFields("reportVersion", 2)).isEqualTo(Map.of("reportVersion", "2"));
    assertThat(a.auditFields("conclusionDue", LocalDate.of(2026, 3, 4)))
        .isEqualTo(Map.of("conclusionDue", "2026-03-04"));
    assertThat(a.auditFields("conclusionReportedAt", UTC))
        .isEqualTo(Map.of("conclusionReportedAt", "2026-03-02T10:00:30+08:00"));
    for (String notFollowed : List.of("state", "approvedBy", "approvedAt", "amendmentReason")) {
      assertThat(a.auditFields(notFollowed, "x")).as(notFollowed).isEmpty();
    }
  }

  @Test
  void anItemShowsItsResultWithTheLabsDigits() {
    SampleItem i = instance(SampleItem.class);
    assertThat(i.auditType()).isEqualTo("SampleItem");
    assertThat(i.auditFields("reported", MeasuredValue.of(new BigDecimal("0.050"))))
        .isEqualTo(Map.of("value", "0.050"));
    assertThat(i.auditFields("reported", null)).isEqualTo(Collections.singletonMap("value", null));
    // a value replaced in place: the listener follows the embedded value's attributes
    assertThat(i.auditFields("reported.text", new BigDecimal("0.12")))
        .isEqualTo(Map.of("value", "0.12"));
    assertThat(i.auditFields("reported.number", new BigDecimal("0.1200000000"))).isEmpty();
    assertThat(i.auditFields("resultUnit", "mg/kg")).isEqualTo(Map.of("unit", "mg/kg"));
    assertThat(i.auditFields("timesOver", new BigDecimal("1.6")))
        .isEqualTo(Map.of("timesOver", "1.6"));
    assertThat(i.auditFields("verdict", Verdict.CONFORMING))
        .isEqualTo(Map.of("verdict", "CONFORMING"));
    assertThat(i.auditFields("notDetected", true)).isEqualTo(Map.of("notDetected", "true"));
    for (String notFollowed :
        List.of("dropped", "changeReason", "inLimitUnit", "inLimitUnit.text", "enteredBy")) {
      assertThat(i.auditFields(notFollowed, "x")).as(notFollowed).isEmpty();
    }
  }

  @Test
  void aBackupShowsItsStateAndTheLaboratoryHoldingItByName() {
    BackupSample b = instance(BackupSample.class);
    assertThat(b.auditType()).isEqualTo("BackupSample");
    assertThat(b.auditFields("state", BackupState.TAKEN_OUT))
        .isEqualTo(Map.of("state", "TAKEN_OUT"));
    assertThat(b.auditFields("custodyLab", LAB)).isEqualTo(Map.of("custodyLab", "郑州检测中心"));
    assertThat(b.auditFields("witness", "王芳")).isEqualTo(Map.of("witness", "王芳"));
    assertThat(b.auditFields("takenOutBy", "labtech")).isEmpty();
  }

  @Test
  void aUserShowsNameOrganisationAndRolesButNeverItsPasswordHash() {
    User u = instance(User.class);
    assertThat(u.auditType()).isEqualTo("User");
    assertThat(u.auditFields("organization", LAB)).isEqualTo(Map.of("organization", "LAB-1"));
    Set<Role> roles = new HashSet<>(List.of(Role.LAB_REVIEWER, Role.LAB_TECH));
    assertThat(u.auditFields("roles", roles))
        .isEqualTo(Map.of("roles", "[LAB_TECH, LAB_REVIEWER]"));
    assertThat(u.auditFields("displayName", "张三")).isEqualTo(Map.of("displayName", "张三"));
    assertThat(u.auditFields("passwordHash", "PBKDF2...")).isEmpty();
    assertThat(u.auditFields("locale", "en")).isEmpty();
    assertThat(u.auditFields("active", false)).isEmpty();
  }

  @Test
  void aSettingIsFiledUnderOneRecordWithItsNameAsTheField() {
    Setting s = new Setting("case.disposalDays.PROVINCIAL", "20");
    assertThat(s.auditType()).isEqualTo("Setting");
    assertThat(s.getId()).isZero();
    assertThat(s.auditFields("value", "25"))
        .isEqualTo(Map.of("case.disposalDays.PROVINCIAL", "25"));
    assertThat(s.auditFields("version", 3L)).isEmpty();
  }

  private static <T extends Audited> T instance(Class<T> type) {
    try {
      Constructor<T> c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
