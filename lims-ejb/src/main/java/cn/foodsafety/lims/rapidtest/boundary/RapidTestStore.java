package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.rapidtest.entity.RapidTest;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the rapid-test boundaries share for reading, in the caller's transaction: a market's day,
 * the laboratory outcome of confirmation tasks (the sample and, once approved, its verdict) and the
 * test as the API answers it.
 */
final class RapidTestStore {

  static final String ENTITY = "RapidTest";
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final EntityManager em;

  private final Clock clock;

  RapidTestStore(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  List<RapidTest> ofDay(Long marketId, LocalDate day) {
    var query =
        em.createQuery(
                "select t from RapidTest t where t.testedAt >= :from and t.testedAt < :to"
                    + (marketId == null ? "" : " and t.market.id = :m")
                    + " order by t.testedAt desc, t.id desc",
                RapidTest.class)
            .setParameter("from", day.atStartOfDay(CHINA).toOffsetDateTime())
            .setParameter("to", day.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
    if (marketId != null) {
      query.setParameter("m", marketId);
    }
    return query.getResultList();
  }

  /** The laboratory outcome of a confirmation task: its sample and, once approved, the verdict. */
  record Outcome(long sampleId, String sampleNumber, String conclusion) {}

  Map<Long, Outcome> outcomes(List<RapidTest> tests) {
    List<Long> taskIds =
        tests.stream()
            .map(RapidTest::getConfirmationTask)
            .filter(Objects::nonNull)
            .map(CollectionTask::getId)
            .distinct()
            .toList();
    Map<Long, Outcome> out = new HashMap<>();
    if (taskIds.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.task_id, s.id, s.sample_number,"
                    + " CASE WHEN a.approved_at IS NULL THEN NULL ELSE a.conclusion END"
                    + " FROM sample s LEFT JOIN analysis a ON a.sample_id = s.id"
                    + " WHERE s.task_id IN ("
                    + String.join(",", taskIds.stream().map(String::valueOf).toList())
                    + ")"
                    + " AND s.state <> 'REJECTED' ORDER BY s.id")
            .getResultList();
    for (Object[] r : rows) {
      out.putIfAbsent(
          ((Number) r[0]).longValue(),
          new Outcome(((Number) r[1]).longValue(), (String) r[2], (String) r[3]));
    }
    return out;
  }

  static boolean held(RapidTest t, Outcome o) {
    // released once the laboratory finds the food conforming
    return t.isBatchHeld() && (o == null || !"CONFORMING".equals(o.conclusion()));
  }

  RapidTestData data(RapidTest t) {
    Outcome o =
        t.getConfirmationTask() == null
            ? null
            : outcomes(List.of(t)).get(t.getConfirmationTask().getId());
    return new RapidTestData(
        t.getId(),
        t.getMarket().getId(),
        t.getMarket().getCode(),
        t.getMarket().getName(),
        t.getPoint() == null ? null : t.getPoint().getId(),
        t.getPoint() == null ? null : t.getPoint().getName(),
        t.getStall(),
        t.getOperatorName(),
        t.getFoodName(),
        t.getCategory().getId(),
        t.getCategory().getName(),
        t.getKit().getCode(),
        t.getItem(),
        t.getMethod(),
        t.getResult(),
        t.getTester(),
        china(t.getTestedAt()),
        t.getObjectionUntil() == null ? null : china(t.getObjectionUntil()),
        t.isObjectionOpen(clock.instant()),
        held(t, o),
        t.getConfirmationTask() == null ? null : t.getConfirmationTask().getId(),
        o == null ? null : o.sampleId(),
        o == null ? null : o.sampleNumber(),
        o == null ? null : o.conclusion());
  }

  static OffsetDateTime china(Instant at) {
    return at.atZone(CHINA).toOffsetDateTime();
  }
}
