package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.MappedBatch;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.boundary.Recording.Pending;
import cn.foodsafety.lims.results.control.LabAccess;
import cn.foodsafety.lims.results.control.LimitEvaluator;
import cn.foodsafety.lims.results.control.ResultFile;
import cn.foodsafety.lims.results.control.ResultInput;
import cn.foodsafety.lims.results.control.ResultRows;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.Judgment;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleNumber;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Results from a file (CSV or XLSX): checked as a whole against the lab's samples, their items and
 * states, previewed, and with a clean file written in one transaction, or nothing is.
 */
@Stateless
public class ResultImports {
  @PersistenceContext EntityManager em;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Analyses analyses;

  @Inject ImportPreviews previews;

  @Inject Clock clock = Clock.systemUTC();

  /**
   * Checks a result file (CSV or XLSX) as a whole: its format and values ({@link ResultFile}), then
   * each row against the lab's samples and their items and states. With {@code commit} and a clean
   * file, every row is written in this one transaction; otherwise nothing is.
   */
  @RolesAllowed({Role.LAB_TECH_NAME, Role.LAB_REVIEWER_NAME})
  public ImportResult importFile(byte[] content, String fileName, boolean commit) {
    User me = users.current();
    Organization lab = LabAccess.labOf(me);
    String key = ImportPreviews.key(me.getUsername(), lab.getId(), fileName, content);
    if (commit) {
      ImportPreviews.Checked checked = previews.take(key, today(), clock.instant());
      ImportResult written = checked == null ? null : commitChecked(checked, lab, me);
      if (written != null) {
        return written;
      }
    }
    ResultFile.Parsed parsed = ResultFile.read(content, fileName);
    List<ImportResult.Problem> problems = new ArrayList<>();
    for (ResultFile.Problem p : parsed.problems()) {
      problems.add(
          new ImportResult.Problem(
              p.row(),
              p.column(),
              p.key(),
              p.value() == null ? List.of() : List.of(p.value()),
              p.value()));
    }
    Set<String> numbers = new LinkedHashSet<>();
    parsed.rows().forEach(r -> numbers.add(r.sampleNumber()));
    Map<String, Sample> samples = new HashMap<>();
    for (List<String> chunk : chunks(new ArrayList<>(numbers), 500)) {
      em.createQuery("select s from Sample s where s.sampleNumber in :n", Sample.class)
          .setParameter("n", chunk)
          .getResultStream()
          .forEach(s -> samples.put(s.getSampleNumber(), s));
    }
    // the file's analyses and their items in a few queries, not one or two per sample
    Map<Long, Analysis> analyses = new HashMap<>();
    Map<Long, List<SampleItem>> storedItems = new HashMap<>();
    List<Long> sampleIds = samples.values().stream().map(Sample::getId).toList();
    for (List<Long> chunk : chunks(sampleIds, 500)) {
      em.createQuery("select a from Analysis a where a.sampleId in :ids", Analysis.class)
          .setParameter("ids", chunk)
          .getResultStream()
          .forEach(a -> analyses.put(a.getSampleId(), a));
      em.createNamedQuery(SampleItem.OF_SAMPLES, SampleItem.class)
          .setParameter("samples", chunk)
          .getResultStream()
          .forEach(
              i -> storedItems.computeIfAbsent(i.getSampleId(), k -> new ArrayList<>()).add(i));
    }
    Map<Long, List<TestItem>> byCategory = new HashMap<>();
    Map<Long, Map<String, SampleItem>> itemsBySample = new HashMap<>();
    // checked and judged once, here: the commit writes these without checking the file again
    Map<Long, List<Pending>> pendingBySample = new LinkedHashMap<>();
    // the same rows with the versions they were checked against, kept for the commit
    List<ImportPreviews.Row> checkedForCommit = new ArrayList<>();
    boolean keepable = !commit;
    int checkedRows = 0;
    Set<String> seen = new java.util.HashSet<>();
    for (ResultFile.Row row : parsed.rows()) {
      Sample s = samples.get(row.sampleNumber());
      if (s == null && !SampleNumber.isValid(row.sampleNumber())) {
        // a typing error in the number itself, told apart from a number of another lab's sample
        problems.add(problem(row, "样品编号", "lims.sample.number.invalid", row.sampleNumber()));
        continue;
      }
      if (s == null || s.getLab() == null || !s.getLab().getId().equals(lab.getId())) {
        problems.add(problem(row, "样品编号", "lims.import.sample.unknown", row.sampleNumber()));
        continue;
      }
      if (s.getState() != SampleState.RECEIVED) {
        problems.add(problem(row, "样品编号", "lims.import.sample.notReceived", row.sampleNumber()));
        continue;
      }
      Analysis a = analyses.get(s.getId());
      if (a != null && a.lockedKey() != null) {
        problems.add(problem(row, "样品编号", a.lockedKey(), row.sampleNumber()));
        continue;
      }
      Map<String, SampleItem> items = itemsBySample.get(s.getId());
      if (items == null) {
        List<SampleItem> list;
        if (a == null && commit) {
          Analyses.Started started = this.analyses.start(s, byCategory);
          analyses.put(s.getId(), started.analysis());
          list = started.items();
        } else if (a != null) {
          list = storedItems.getOrDefault(s.getId(), List.of());
        } else {
          // items planned, not yet stored: nothing with a version to verify at the commit
          list = this.analyses.plannedItems(s, null, byCategory);
          keepable = false;
        }
        items = new LinkedHashMap<>();
        for (SampleItem si : list) {
          items.putIfAbsent(si.getAnalyte(), si);
        }
        itemsBySample.put(s.getId(), items);
      }
      SampleItem item = items.get(row.analyte().strip());
      if (item == null || item.isDropped()) {
        problems.add(problem(row, "检验项目", "lims.import.analyte.unknown", row.analyte()));
        continue;
      }
      if (!seen.add(s.getId() + "/" + item.getAnalyte())) {
        problems.add(problem(row, "检验项目", "lims.import.analyte.twice", row.analyte()));
        continue;
      }
      Violations v = new Violations();
      var checked =
          ResultInput.check(
              row.value() == null ? null : row.value().toPlainString(),
              row.notDetected(),
              row.lod() == null ? null : row.lod().toPlainString(),
              row.unit(),
              item.getLimitUnit(),
              item.getAnalyte(),
              item.getLod(),
              item.lodUnit(),
              "",
              v);
      ResultInput.checkTestedOn(row.testedOn(), s.getReceivedOn(), today(), "检验日期", v);
      Judgment judgment = null;
      if (v.isEmpty() && checked.isPresent()) {
        // the preview applies the commit's checks: the judgment against the item's limit too
        var c = checked.get();
        try {
          judgment =
              LimitEvaluator.judge(
                  new LimitEvaluator.Measurement(c.value(), c.notDetected(), c.unit()),
                  item.limit());
        } catch (IllegalArgumentException ex) {
          v.add("unit", "lims.result.unit.incompatible", row.unit(), item.getLimitUnit());
        }
      }
      if (!v.isEmpty()) {
        try {
          v.throwIfAny();
        } catch (InvalidInputException e) {
          e.errors()
              .forEach(
                  f ->
                      problems.add(
                          new ImportResult.Problem(
                              row.number(), f.field(), f.key(), f.args(), cell(row, f.field()))));
        }
        continue;
      }
      if (judgment == null) {
        continue;
      }
      var c = checked.get();
      checkedRows++;
      SampleItem.Result result =
          new SampleItem.Result(
              c.value(),
              c.notDetected(),
              c.lod(),
              c.unit(),
              Recording.blank(row.method()),
              Recording.blank(row.instrument()),
              Recording.blank(row.analyst()),
              row.testedOn());
      if (keepable) {
        checkedForCommit.add(
            new ImportPreviews.Row(
                s.getId(),
                s.getVersion(),
                a.getVersion(),
                item.getId(),
                item.getVersion(),
                result,
                judgment));
      }
      pendingBySample
          .computeIfAbsent(s.getId(), k -> new ArrayList<>())
          .add(new Pending(item, result, judgment));
    }
    boolean clean = problems.isEmpty() && !parsed.rows().isEmpty();
    if (!clean || !commit) {
      if (commit) {
        // nothing is written from a file with problems: the items created to check it go too
        throw new InvalidInputException(
            problems.stream()
                .map(
                    p ->
                        FieldError.of(
                            "row " + p.row() + " " + p.column(), p.key(), p.args().toArray()))
                .toList());
      }
      if (clean && keepable) {
        previews.keep(
            key,
            new ImportPreviews.Checked(
                today(),
                parsed.rows().size(),
                pendingBySample.size(),
                List.copyOf(checkedForCommit),
                clock.instant()));
      }
      return new ImportResult(parsed.rows().size(), pendingBySample.size(), clean, false, problems);
    }
    write(pendingBySample, analyses, me, checkedRows);
    return new ImportResult(parsed.rows().size(), pendingBySample.size(), true, true, List.of());
  }

  /**
   * Commits a file its preview checked, without checking it again: only what may have changed since
   * is verified, the versions of its samples, analyses and items (any change of a sample's state,
   * lab or receipt, of an analysis's state, of an item's limit, unit or result raises them). Null
   * when anything changed: the file is then checked as a whole.
   */
  private ImportResult commitChecked(ImportPreviews.Checked checked, Organization lab, User me) {
    List<Long> sampleIds =
        checked.rows().stream().map(ImportPreviews.Row::sampleId).distinct().toList();
    List<Long> itemIds = checked.rows().stream().map(ImportPreviews.Row::itemId).toList();
    Map<Long, SampleCheck> samples = new HashMap<>();
    Map<Long, Analysis> analysesBySample = new HashMap<>();
    Map<Long, SampleItem> items = new HashMap<>();
    // the samples as the columns the check compares (no entity to build, register or compare);
    // the analyses and items read-only and fresh from their rows, kept in no cache: nothing of them
    // is written through the persistence context (the items go as a batch, ResultRows), so they
    // are neither registered nor compared at the flush
    for (List<Long> chunk : chunks(sampleIds, 500)) {
      em.createQuery(
              "select s.id, s.version, s.state, s.labId from Sample s where s.id in :ids",
              Object[].class)
          .setParameter("ids", chunk)
          .getResultStream()
          .forEach(
              c ->
                  samples.put(
                      (Long) c[0],
                      new SampleCheck(
                          ((Number) c[1]).longValue(), (SampleState) c[2], (Long) c[3])));
      em.createQuery("select a from Analysis a where a.sampleId in :ids", Analysis.class)
          .setParameter("ids", chunk)
          .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
          .setHint(QueryHints.MAINTAIN_CACHE, HintValues.FALSE)
          .getResultStream()
          .forEach(a -> analysesBySample.put(a.getSampleId(), a));
    }
    for (List<Long> chunk : chunks(itemIds, 500)) {
      em.createQuery("select i from SampleItem i where i.id in :ids", SampleItem.class)
          .setParameter("ids", chunk)
          .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
          .setHint(QueryHints.MAINTAIN_CACHE, HintValues.FALSE)
          .getResultStream()
          .forEach(i -> items.put(i.getId(), i));
    }
    Map<Long, List<Pending>> pendingBySample = new LinkedHashMap<>();
    for (ImportPreviews.Row r : checked.rows()) {
      SampleCheck s = samples.get(r.sampleId());
      Analysis a = analysesBySample.get(r.sampleId());
      SampleItem item = items.get(r.itemId());
      if (s == null
          || s.version() != r.sampleVersion()
          || s.state() != SampleState.RECEIVED
          || s.labId() == null
          || !s.labId().equals(lab.getId())
          || a == null
          || a.getVersion() != r.analysisVersion()
          || item == null
          || item.getVersion() != r.itemVersion()) {
        return null;
      }
      pendingBySample
          .computeIfAbsent(r.sampleId(), k -> new ArrayList<>())
          .add(new Pending(item, r.result(), r.judgment()));
    }
    write(pendingBySample, analysesBySample, me, checked.rows().size());
    return new ImportResult(checked.fileRows(), checked.samples(), true, true, List.of());
  }

  /** What the commit of a kept preview compares of a sample: its version, state and lab. */
  private record SampleCheck(long version, SampleState state, Long labId) {}

  /**
   * Writes the checked rows and, in one call for the whole file, their audit lines: the items' new
   * results as {@link SampleItem#record} sets them, written as JDBC batches in this transaction
   * ({@link ResultRows}, {@link AuditTrail#changedAll}) rather than through the persistence
   * context.
   */
  private void write(
      Map<Long, List<Pending>> pendingBySample,
      Map<Long, Analysis> analysesBySample,
      User me,
      int rows) {
    // what is still pending (the analyses and items a full check started) first: the batch updates
    // stored rows by their versions
    em.flush();
    List<AuditTrail.Changed> changes = new ArrayList<>(rows);
    List<SampleItem> items = new ArrayList<>(rows);
    for (Map.Entry<Long, List<Pending>> e : pendingBySample.entrySet()) {
      changes.addAll(
          Recording.record(
              e.getValue(), analysesBySample.get(e.getKey()), me.getUsername(), clock.instant()));
      e.getValue().forEach(p -> items.add(p.item()));
    }
    MappedBatch batch = new MappedBatch(em);
    // the batch writes the items, not the persistence context: a managed item (full check) leaves
    // it, and what the transaction's cache holds (read-only items of a kept preview, changed in
    // place by record) is out of date
    batch.forget(em, items);
    ResultRows.write(batch, items);
    audit.changedAll(Results.ITEM, changes);
  }

  private static ImportResult.Problem problem(
      ResultFile.Row row, String column, String key, Object arg) {
    return new ImportResult.Problem(
        row.number(), column, key, List.of(String.valueOf(arg)), String.valueOf(arg));
  }

  /** The row's cell that a field error of the entry checks is about, as the file wrote it. */
  private static String cell(ResultFile.Row row, String field) {
    return switch (field) {
      case "value" ->
          row.notDetected() ? "未检出" : row.value() == null ? null : row.value().toPlainString();
      case "unit" -> row.unit();
      case "lod" -> row.lod() == null ? null : row.lod().toPlainString();
      case "检验日期" -> row.testedOn() == null ? null : row.testedOn().toString();
      default -> null;
    };
  }

  private static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      out.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return out;
  }

  private LocalDate today() {
    return CivilTime.today(clock);
  }
}
