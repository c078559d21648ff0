package cn.foodsafety.lims.disposal.entity;

import static cn.foodsafety.lims.Aggregates.set;
import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.audit.entity.Audited;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.OrganizationKind;
import cn.foodsafety.lims.masterdata.entity.Region;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import cn.foodsafety.lims.sampling.entity.Sample;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the audit trail writes of a case and its parts, without a server: the change capture
 * (audit.control.ChangeCapture) hands each changed attribute to the entity's {@link
 * Audited#auditFields} and each member added to a collection to {@link Audited#auditAdded}; this
 * test does the same on the entity's fields before and after a use case's domain call, so each
 * change's lines (record, field, old value, new value) are checked here, and only those.
 */
class CaseHistoryTest {

  private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final CaseClock CLOCK = new CaseClock(new WorkingDayCalendar(Map.of()));

  private FollowUpCase c;
  private Region county;
  private Organization bureau;

  /** One line of the trail. */
  record Line(String type, long id, String field, String oldValue, String newValue) {}

  @BeforeEach
  void anOpenCase() {
    county = new Region("410102", "中原区", RegionKind.COUNTY, null);
    bureau = new Organization("SJ-1", "中原区市场监管局", OrganizationKind.REGULATOR, county);
    Sample sample = new Sample() {};
    set(sample, "sampleNumber", "DC26410102000001");
    c =
        new FollowUpCase(
            sample,
            bureau,
            null,
            false,
            LocalDate.of(2026, 3, 2),
            90,
            LocalDate.of(2026, 6, 1),
            NOW);
    set(c, "id", 5L);
  }

  @Test
  void aStepIsTheStateItLeftAndTheStepWithItsDate() {
    assertThat(lines(c, () -> step(StepKind.ACCEPTED, LocalDate.of(2026, 3, 3))))
        .containsExactly(
            new Line("FollowUpCase", 5, "state", "OPEN", "ACCEPTED"),
            new Line("FollowUpCase", 5, "ACCEPTED", null, "2026-03-03"));
    // the delivery also sets the backup's expiry and the last step's date: not lines of their own
    assertThat(lines(c, () -> step(StepKind.DELIVERED, LocalDate.of(2026, 3, 4))))
        .containsExactly(
            new Line("FollowUpCase", 5, "state", "ACCEPTED", "DELIVERED"),
            new Line("FollowUpCase", 5, "DELIVERED", null, "2026-03-04"));
  }

  @Test
  void anExtensionIsItsRequestThenItsDecisionAndTheDeadlineItMoved() {
    List<CaseExtension> asked = new ArrayList<>();
    assertThat(
            lines(
                c,
                () -> asked.add(c.requestExtension("人手不足", LocalDate.of(2026, 7, 1), "ann", NOW))))
        .containsExactly(new Line("FollowUpCase", 5, "extensionRequested", null, "2026-07-01"));
    CaseExtension e = asked.get(0);
    set(e, "id", 9L);

    Map<String, Object> extensionBefore = snapshot(e);
    assertThat(lines(c, () -> c.decideExtension(9L, true, "bob", NOW, "同意")))
        .containsExactly(new Line("FollowUpCase", 5, "deadline", "2026-06-01", "2026-07-01"));
    // the extension's own change is filed under the case, not under the extension's id
    assertThat(lines(e, extensionBefore))
        .containsExactly(new Line("FollowUpCase", 5, "extension", "REQUESTED", "APPROVED"));
  }

  @Test
  void aRejectedExtensionLeavesTheDeadline() {
    CaseExtension e = c.requestExtension("人手不足", LocalDate.of(2026, 7, 1), "ann", NOW);
    set(e, "id", 9L);
    Map<String, Object> extensionBefore = snapshot(e);
    assertThat(lines(c, () -> c.decideExtension(9L, false, "bob", NOW, "理由不足"))).isEmpty();
    assertThat(lines(e, extensionBefore))
        .containsExactly(new Line("FollowUpCase", 5, "extension", "REQUESTED", "REJECTED"));
  }

  @Test
  void theProducersRegulatorsNoteAndAWithdrawalAreTheirFieldButTheUrgencyIsNot() {
    assertThat(lines(c, () -> c.noteByProducerRegulator("已通知")))
        .containsExactly(new Line("FollowUpCase", 5, "producerNote", null, "已通知"));
    assertThat(lines(c, () -> c.markUrgency(Urgency.OVERDUE))).isEmpty();
    step(StepKind.ACCEPTED, LocalDate.of(2026, 3, 3));
    assertThat(lines(c, () -> c.withdraw(TODAY)))
        .containsExactly(new Line("FollowUpCase", 5, "state", "ACCEPTED", "WITHDRAWN"));
  }

  @Test
  void theDeliveryToTheProducerAndTheAssistanceRequestAreLinesOfTheCase() {
    CaseResponsibility trade =
        new CaseResponsibility(
            5L,
            ProblemStage.TRADE,
            ProducerRoute.INVESTIGATION,
            false,
            "郑州某食品厂",
            5,
            LocalDate.of(2026, 3, 9));
    assertThat(
            lines(
                trade,
                () ->
                    trade.deliverToProducer(
                        "郑州某食品厂", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 2), TODAY)))
        .containsExactly(new Line("FollowUpCase", 5, "producerDeliveredOn", null, "2026-03-05"));

    CaseResponsibility far =
        new CaseResponsibility(
            5L,
            ProblemStage.TRADE,
            ProducerRoute.ASSISTANCE,
            false,
            "外省某厂",
            5,
            LocalDate.of(2026, 3, 9));
    LocalDate received = LocalDate.of(2026, 3, 2);
    LocalDate sent = LocalDate.of(2026, 3, 4);
    assertThat(lines(far, () -> far.recordAssistance("河南省局", sent, null, null, received, TODAY)))
        .containsExactly(new Line("FollowUpCase", 5, "assistanceSentOn", null, "2026-03-04"));
    assertThat(lines(far, () -> far.recordAssistance("河南省局", sent, "已召回", TODAY, received, TODAY)))
        .containsExactly(new Line("FollowUpCase", 5, "assistanceAnsweredOn", null, "2026-03-10"));
  }

  @Test
  void anInvestigationStepIsTheTasksStateAndTheStepWithItsDate() {
    ProducerInvestigation task =
        new ProducerInvestigation(
            c,
            bureau,
            county,
            "郑州某食品厂",
            "中原区某路1号",
            LocalDate.of(2026, 3, 2),
            30,
            LocalDate.of(2026, 4, 14));
    set(task, "id", 7L);
    assertThat(
            lines(
                task,
                () ->
                    task.record(
                        InvestigationStep.RECEIVED, LocalDate.of(2026, 3, 3), null, "zy", TODAY)))
        .containsExactly(
            new Line("ProducerInvestigation", 7, "state", "OPEN", "RECEIVED"),
            new Line("ProducerInvestigation", 7, "RECEIVED", null, "2026-03-03"));
    // the finding is the line's reason (the use case's), not a field of its own
    assertThat(
            lines(
                task,
                () -> task.record(InvestigationStep.INVESTIGATED, TODAY, "查明原因", "zy", TODAY)))
        .containsExactly(
            new Line("ProducerInvestigation", 7, "state", "RECEIVED", "INVESTIGATED"),
            new Line("ProducerInvestigation", 7, "INVESTIGATED", null, "2026-03-10"));
  }

  private void step(StepKind kind, LocalDate on) {
    c.record(
        kind,
        on,
        new CaseStep.Particulars(null, null, null, null, null, null, null, null, null, null),
        "ann",
        NOW,
        CLOCK,
        TODAY);
  }

  /** The lines the capture writes for what {@code change} does to {@code entity}. */
  private static List<Line> lines(Audited entity, Runnable change) {
    Map<String, Object> before = snapshot(entity);
    change.run();
    return lines(entity, before);
  }

  /**
   * As the change capture does after an update: each attribute in its declared order, its old and
   * new value through {@link Audited#auditFields}, then the members added to a collection through
   * {@link Audited#auditAdded}.
   */
  private static List<Line> lines(Audited entity, Map<String, Object> before) {
    List<Line> out = new ArrayList<>();
    Map<String, Object> after = snapshot(entity);
    for (Map.Entry<String, Object> a : after.entrySet()) {
      Object old = before.get(a.getKey());
      Object now = a.getValue();
      if (Objects.equals(old, now)) {
        continue;
      }
      Map<String, String> b = entity.auditFields(a.getKey(), old);
      Map<String, String> n = entity.auditFields(a.getKey(), now);
      Set<String> fields = new LinkedHashSet<>(n.keySet());
      fields.addAll(b.keySet());
      for (String f : fields) {
        if (!Objects.equals(b.get(f), n.get(f))) {
          out.add(new Line(entity.auditType(), entity.auditId(), f, b.get(f), n.get(f)));
        }
      }
      if (now instanceof Collection<?> members) {
        for (Object m : members) {
          if (!((Collection<?>) old).contains(m)) {
            entity
                .auditAdded(a.getKey(), m)
                .forEach(
                    (f, v) -> out.add(new Line(entity.auditType(), entity.auditId(), f, null, v)));
          }
        }
      }
    }
    return out;
  }

  /** The entity's persistent attributes (collections copied), in their declared order. */
  private static Map<String, Object> snapshot(Object entity) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : entity.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      try {
        f.setAccessible(true);
        Object v = f.get(entity);
        values.put(f.getName(), v instanceof Collection<?> m ? new ArrayList<>(m) : v);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    return values;
  }
}
