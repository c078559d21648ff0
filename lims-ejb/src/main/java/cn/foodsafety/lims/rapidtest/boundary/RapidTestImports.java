package cn.foodsafety.lims.rapidtest.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.rapidtest.control.RapidTestFile;
import cn.foodsafety.lims.rapidtest.entity.Market;
import cn.foodsafety.lims.rapidtest.entity.RapidResult;
import cn.foodsafety.lims.rapidtest.entity.RapidTest;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rapid-test device's CSV file (column names in Chinese, see the README): every row checked
 * before anything is written, then each recorded as on the phone ({@link RapidTestEntry}).
 */
@Stateless
@LocalBean
public class RapidTestImports {

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Settings settings;

  @Inject Clock clock = Clock.systemUTC();

  /** What an import wrote. */
  public record ImportOutcome(int tests, int positives, List<RapidTestData> recorded) {}

  /**
   * A device's CSV file: every row is checked first (each bad row listed with its row number and
   * column, e.g. an unknown kit); nothing is written while any row is wrong.
   */
  @RolesAllowed({Role.SAMPLER_NAME, Role.SUPERVISOR_NAME})
  public ImportOutcome importFile(byte[] content) {
    if (content == null || content.length == 0) {
      throw InvalidInputException.of("file", "lims.field.required");
    }
    List<RapidTestFile.Row> rows = RapidTestFile.read(content);
    Violations v = new Violations();
    v.addIf(rows.isEmpty(), "file", "lims.rapid.file.empty");
    Map<String, Market> markets = new HashMap<>();
    Map<String, Long> categories = new HashMap<>();
    List<RapidTestEntry.Checked> checked = new ArrayList<>();
    RapidTestEntry entry = new RapidTestEntry(em, audit, users, settings, clock);
    RapidTestStore store = new RapidTestStore(em, clock);
    for (RapidTestFile.Row row : rows) {
      String prefix = "rows[" + row.number() + "].";
      Market market = null;
      String code = row.get("market");
      if (code == null) {
        v.add(prefix + "market", "lims.field.required");
      } else {
        market =
            markets.computeIfAbsent(
                code,
                k ->
                    em.createQuery("select m from Market m where m.code = :c", Market.class)
                        .setParameter("c", k)
                        .getResultStream()
                        .findFirst()
                        .orElse(null));
        v.addIf(market == null, prefix + "market", "lims.rapid.market.unknown", code);
      }
      Long pointId = null;
      if (market != null && row.get("point") != null) {
        long marketId = market.getId();
        pointId =
            em.createQuery(
                    "select p.id from TestingPoint p where p.market.id = :m and p.name = :n",
                    Long.class)
                .setParameter("m", marketId)
                .setParameter("n", row.get("point"))
                .getResultStream()
                .findFirst()
                .orElse(null);
        v.addIf(pointId == null, prefix + "point", "lims.rapid.point.unknown", row.get("point"));
      }
      Long categoryId = null;
      String category = row.get("category");
      if (category != null) {
        categoryId =
            categories.computeIfAbsent(
                category,
                k ->
                    em.createQuery("select c.id from FoodCategory c where c.code = :c", Long.class)
                        .setParameter("c", k)
                        .getResultStream()
                        .findFirst()
                        .orElse(-1L));
        if (categoryId == -1L) {
          v.add(prefix + "category", "lims.rapid.category.unknown", category);
          categoryId = null;
        }
      } else {
        v.add(prefix + "category", "lims.field.required");
      }
      RapidResult result = RapidTestEntry.result(row.get("result"));
      v.addIf(
          result == null,
          prefix + "result",
          "lims.rapid.result.unknown",
          Objects.toString(row.get("result"), ""));
      RapidTestForm form =
          new RapidTestForm(
              market == null ? null : market.getId(),
              pointId,
              row.get("stall"),
              row.get("operator"),
              row.get("food"),
              categoryId,
              row.get("kit"),
              result,
              row.get("tester"),
              row.get("testedAt"),
              null);
      for (var bad : validator.validate(form)) {
        String field = bad.getPropertyPath().toString();
        if (!List.of("marketId", "categoryId", "result").contains(field)) {
          v.add(prefix + RapidTestEntry.column(field), "lims.field.required");
        }
      }
      if (market != null && categoryId != null && result != null) {
        checked.add(entry.check(form, prefix, v));
      } else {
        // the row is already wrong: its kit and time are still reported with it
        entry.copyKitAndTime(form, prefix, v);
      }
    }
    v.throwIfAny();
    List<RapidTestData> recorded = new ArrayList<>();
    for (RapidTestEntry.Checked c : checked) {
      recorded.add(store.data(entry.persist(c, RapidTest.Source.FILE)));
    }
    int positives = (int) recorded.stream().filter(r -> r.result() == RapidResult.POSITIVE).count();
    return new ImportOutcome(recorded.size(), positives, recorded);
  }
}
