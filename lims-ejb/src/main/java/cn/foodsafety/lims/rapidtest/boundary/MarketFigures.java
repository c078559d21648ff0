package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.rapidtest.entity.Market;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import cn.foodsafety.lims.rapidtest.entity.RapidTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rapid-test figures of a period: tests, positives and positive rate, confirmations and their
 * laboratory outcome per market and per market and day; a market whose positive rate stays below
 * {@code rapid.positiveRateFloor} (0.5%) is flagged (tests that never find anything are suspect).
 */
@Stateless
@LocalBean
public class MarketFigures {

  @PersistenceContext EntityManager em;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  /** The figures of a period (default: the last 30 days up to today, China time). */
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.PLANNER_NAME, Role.ADMIN_NAME})
  public RapidFigures figures(LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(RapidTestStore.CHINA));
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.minusDays(29) : from;
    if (start.isAfter(end)) {
      throw InvalidInputException.of("from", "lims.rapid.period");
    }
    BigDecimal floor = settings.decimalValue("rapid.positiveRateFloor", new BigDecimal("0.5"));
    List<RapidTest> tests =
        em.createQuery(
                "select t from RapidTest t where t.testedAt >= :from and t.testedAt < :to"
                    + " order by t.market.code, t.testedAt",
                RapidTest.class)
            .setParameter("from", start.atStartOfDay(RapidTestStore.CHINA).toOffsetDateTime())
            .setParameter(
                "to", end.plusDays(1).atStartOfDay(RapidTestStore.CHINA).toOffsetDateTime())
            .getResultList();
    Map<Long, RapidTestStore.Outcome> outcomes = new RapidTestStore(em, clock).outcomes(tests);
    Map<Long, Acc> byMarket = new LinkedHashMap<>();
    Map<String, Acc> byDay = new LinkedHashMap<>();
    for (RapidTest t : tests) {
      Market m = t.getMarket();
      LocalDate day = t.getTestedAt().atZone(RapidTestStore.CHINA).toLocalDate();
      RapidTestStore.Outcome o =
          t.getConfirmationTask() == null ? null : outcomes.get(t.getConfirmationTask().getId());
      byMarket.computeIfAbsent(m.getId(), k -> new Acc(m, null)).add(t, o);
      byDay.computeIfAbsent(m.getId() + "/" + day, k -> new Acc(m, day)).add(t, o);
    }
    return new RapidFigures(
        start,
        end,
        floor,
        byMarket.values().stream().map(a -> a.row(floor)).toList(),
        byDay.values().stream().map(a -> a.row(floor)).toList());
  }

  /** Counts of one market or one market's day. */
  private static final class Acc {
    final Market market;
    final LocalDate day;
    long tests;
    long positives;
    long confirmations;
    long nonConforming;
    long cleared;
    long pending;

    Acc(Market market, LocalDate day) {
      this.market = market;
      this.day = day;
    }

    void add(RapidTest t, RapidTestStore.Outcome o) {
      tests++;
      if (t.getResult() != RapidResult.POSITIVE) {
        return;
      }
      positives++;
      if (t.getConfirmationTask() != null) {
        confirmations++;
      }
      if (o != null && "NON_CONFORMING".equals(o.conclusion())) {
        nonConforming++;
      } else if (o != null && "CONFORMING".equals(o.conclusion())) {
        cleared++;
      } else {
        pending++;
      }
    }

    RapidFigures.Row row(BigDecimal floor) {
      BigDecimal rate = percent(positives, tests);
      return new RapidFigures.Row(
          market.getId(),
          market.getCode(),
          market.getName(),
          day,
          tests,
          positives,
          rate,
          confirmations,
          percent(confirmations, positives),
          nonConforming,
          cleared,
          pending,
          tests > 0 && rate.compareTo(floor) < 0);
    }

    private static BigDecimal percent(long part, long whole) {
      return whole == 0
          ? BigDecimal.ZERO.setScale(2)
          : BigDecimal.valueOf(part * 100)
              .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
  }
}
