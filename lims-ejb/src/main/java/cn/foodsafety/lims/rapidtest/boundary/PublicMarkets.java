package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.rapidtest.entity.Market;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import cn.foodsafety.lims.rapidtest.entity.RapidTest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Each market's public day (no sign-in): the day's results without names of people, whether the
 * batch is held and the laboratory's conclusion of a confirmation; and the QR code of the page, to
 * hang at the market's testing point.
 */
@Stateless
@LocalBean
public class PublicMarkets {

  @PersistenceContext EntityManager em;

  @Inject Clock clock = Clock.systemUTC();

  /** A market's day for the public page (no sign-in). */
  @PermitAll
  public PublicMarketDay publicDay(String code, LocalDate day) {
    Market m =
        em.createQuery("select m from Market m where m.code = :c and m.active = true", Market.class)
            .setParameter("c", code == null ? "" : code.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException(RapidTestStore.ENTITY, code));
    LocalDate d = day == null ? LocalDate.now(clock.withZone(RapidTestStore.CHINA)) : day;
    RapidTestStore store = new RapidTestStore(em, clock);
    List<RapidTest> tests = store.ofDay(m.getId(), d);
    Map<Long, RapidTestStore.Outcome> outcomes = store.outcomes(tests);
    List<PublicMarketDay.Line> lines =
        tests.stream()
            .map(
                t -> {
                  RapidTestStore.Outcome o =
                      t.getConfirmationTask() == null
                          ? null
                          : outcomes.get(t.getConfirmationTask().getId());
                  return new PublicMarketDay.Line(
                      t.getStall(),
                      t.getFoodName(),
                      t.getItem(),
                      t.getMethod(),
                      t.getResult(),
                      RapidTestStore.china(t.getTestedAt()),
                      RapidTestStore.held(t, o),
                      o == null ? null : o.conclusion());
                })
            .toList();
    return new PublicMarketDay(
        m.getCode(),
        m.getName(),
        m.getAddress(),
        d,
        lines.size(),
        lines.stream().filter(l -> l.result() == RapidResult.POSITIVE).count(),
        lines);
  }

  /** The QR code of a market's public page, to hang at its testing point. */
  public record Qr(String marketCode, byte[] png) {}

  @PermitAll
  public Qr publicQr(String code, String pageAddress) {
    PublicMarketDay day = publicDay(code, null);
    String page =
        pageAddress
            + "?m="
            + java.net.URLEncoder.encode(day.marketCode(), java.nio.charset.StandardCharsets.UTF_8);
    return new Qr(
        day.marketCode(), cn.foodsafety.lims.sampling.control.SampleDocuments.qrPng(page, 360));
  }
}
