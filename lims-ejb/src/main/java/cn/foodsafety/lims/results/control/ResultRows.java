package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.platform.control.MappedBatch;
import cn.foodsafety.lims.platform.control.StaleVersionException;
import cn.foodsafety.lims.results.entity.SampleItem;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the results that {@code SampleItem.record} set on many items at once (a result file) as
 * JDBC batches: the result columns ({@link ItemUpdateShape#RESULT_ATTRIBUTES}) of each item, by its
 * id and the version it was read with. An item that someone changed since it was read is refused as
 * a stale version, and with it the whole use case (its transaction rolls back).
 */
public final class ResultRows {

  private ResultRows() {}

  /** Writes the items' results; the items are no longer managed afterwards. */
  public static void write(MappedBatch batch, List<SampleItem> items) {
    List<SampleItem> stale =
        batch.update(items, ItemUpdateShape.RESULT_ATTRIBUTES, SampleItem::getVersion);
    if (!stale.isEmpty()) {
      SampleItem first = stale.get(0);
      throw new StaleVersionException(first.getVersion(), storedVersion(batch, first.getId()));
    }
  }

  /** The version the item has now, "-" when it is gone. */
  private static Object storedVersion(MappedBatch batch, long id) {
    try (PreparedStatement ps =
        batch.connection().prepareStatement("SELECT version FROM sample_item WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? r.getLong(1) : "-";
      }
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }
}
