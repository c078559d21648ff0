package cn.foodsafety.lims.statistics.boundary;

import cn.foodsafety.lims.masterdata.boundary.WorkingCalendars;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.statistics.control.Reconciliation;
import cn.foodsafety.lims.statistics.control.Reference;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The administrator's view of the statistics facts: reconcile a period against the raw rows (every
 * difference listed), rebuild them from the raw rows, compact the appended monthly differences.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StatisticsFacts {

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  @Inject WorkingCalendars calendars;

  @Inject FactMaintenance maintenance;

  @Inject Clock clock;

  @Schema(name = "FactRebuild", description = "What a rebuild of the facts wrote")
  public record Rebuilt(long samples, long cases, long monthlyRows, long millis) {}

  public Reconciliation.Result reconcile(LocalDate from, LocalDate to) {
    Violations v = new Violations();
    v.addIf(from == null, "from", "lims.field.required");
    v.addIf(to == null, "to", "lims.field.required");
    v.throwIfAny();
    v.addIf(to.isBefore(from), "to", "lims.stats.period.endBeforeStart", from);
    v.addIf(to.getYear() - from.getYear() > 10, "to", "lims.stats.facts.tooLong", 10);
    v.throwIfAny();
    try (Connection c = dataSource.getConnection()) {
      Reference ref = Reference.load(c);
      return Reconciliation.of(
          c,
          from,
          to,
          calendars.current(),
          ref,
          ref.units(ref.regions().keySet()),
          CivilTime.today(clock));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Rebuilt rebuild() {
    long t0 = System.nanoTime();
    try {
      long[] n = maintenance.rebuild();
      long rows = maintenance.compact();
      return new Rebuilt(n[0], n[1], rows, (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Schema(name = "FactCompaction", description = "The monthly rows left after a compaction")
  public record Compacted(long monthlyRows, long millis) {}

  /** Sums the appended monthly differences now (also done every ten minutes). */
  public Compacted compact() {
    long t0 = System.nanoTime();
    try {
      return new Compacted(maintenance.compact(), (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
