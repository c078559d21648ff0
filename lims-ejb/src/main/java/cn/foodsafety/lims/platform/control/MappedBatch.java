package cn.foodsafety.lims.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DatabaseMapping.WriteType;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Writes many entities of one class as JDBC batches on the connection of the caller's transaction,
 * with the columns and values of the entity's JPA mapping (converters, embedded values and enums as
 * EclipseLink writes them) and ids from the entity's own sequence. For a use case that writes
 * thousands of rows at once (a result import): writing them through the persistence context costs a
 * change set, a clone and an event per object, about twenty times the JDBC batch itself.
 *
 * <p>The connection is the one EclipseLink writes this transaction with ({@code
 * EntityManager.unwrap(Connection.class)}, enlisted in the JTA transaction): the rows commit or
 * roll back with everything else the use case writes. The rows go around the persistence context:
 * the caller detaches the entities it writes this way ({@link #forget}), so that the context
 * neither writes them a second time nor answers later reads with what it held before.
 */
public final class MappedBatch {

  /** Rows a JDBC batch carries. */
  static final int SIZE = 1000;

  private final AbstractSession session;
  private final Connection connection;
  private final DatabasePlatform platform;

  public MappedBatch(EntityManager em) {
    this.session = (AbstractSession) em.unwrap(UnitOfWork.class);
    // begins EclipseLink's transaction on the JTA connection when it has not written yet
    this.connection = em.unwrap(Connection.class);
    if (connection == null) {
      throw new IllegalStateException("no transaction: a batch writes in the caller's");
    }
    this.platform = session.getPlatform();
  }

  /** The connection the batches are written with (the transaction's). */
  public Connection connection() {
    return connection;
  }

  /**
   * Inserts new entities of one class, each with the next id of its sequence (the one {@code
   * persist} draws from), every mapped column as EclipseLink would insert it.
   */
  public void insert(List<?> entities) {
    if (entities.isEmpty()) {
      return;
    }
    ClassDescriptor d = session.getDescriptor(entities.get(0).getClass());
    List<DatabaseField> fields = null;
    PreparedStatement ps = null;
    try {
      int pending = 0;
      for (Object e : entities) {
        d.getObjectBuilder().assignSequenceNumber(e, session);
        AbstractRecord row = d.getObjectBuilder().buildRow(e, session, WriteType.INSERT);
        if (fields == null) {
          fields = List.copyOf(row.getFields());
          ps = connection.prepareStatement(insertSql(d, fields));
        }
        if (row.size() != fields.size()) {
          throw new IllegalStateException("rows of " + d.getJavaClassName() + " differ");
        }
        int i = 1;
        for (DatabaseField f : fields) {
          bind(ps, i++, f, row.get(f));
        }
        ps.addBatch();
        if (++pending == SIZE) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    } catch (SQLException ex) {
      throw new PersistenceException("batch insert into " + d.getTableName() + " failed", ex);
    } finally {
      close(ps);
    }
  }

  /**
   * Updates the columns of the given attributes of entities of one class, each by its id and the
   * version it was read with (which goes up by one), as EclipseLink's optimistic locking does.
   * Returns the entities whose row was not updated: changed or removed since they were read.
   */
  public <T> List<T> update(
      List<T> entities, List<String> attributes, ToLongFunction<T> readVersion) {
    if (entities.isEmpty()) {
      return List.of();
    }
    ClassDescriptor d = session.getDescriptor(entities.get(0).getClass());
    List<DatabaseMapping> mappings = new ArrayList<>();
    for (String a : attributes) {
      DatabaseMapping m = d.getMappingForAttributeName(a);
      if (m == null) {
        throw new IllegalStateException(d.getJavaClassName() + " has no attribute " + a);
      }
      mappings.add(m);
    }
    if (!(d.getOptimisticLockingPolicy() instanceof VersionLockingPolicy locking)
        || d.getPrimaryKeyFields().size() != 1) {
      throw new IllegalStateException(d.getJavaClassName() + ": one id and a version expected");
    }
    DatabaseField id = d.getPrimaryKeyFields().get(0);
    DatabaseField version = locking.getWriteLockField();
    List<T> stale = new ArrayList<>();
    List<T> inBatch = new ArrayList<>(SIZE);
    List<DatabaseField> fields = null;
    PreparedStatement ps = null;
    try {
      for (T e : entities) {
        AbstractRecord row = new DatabaseRecord(mappings.size() * 2);
        for (DatabaseMapping m : mappings) {
          m.writeFromObjectIntoRow(e, row, session, WriteType.UPDATE);
        }
        if (fields == null) {
          fields = List.copyOf(row.getFields());
          ps = connection.prepareStatement(updateSql(d, fields, id, version));
        }
        if (row.size() != fields.size()) {
          throw new IllegalStateException("rows of " + d.getJavaClassName() + " differ");
        }
        int i = 1;
        for (DatabaseField f : fields) {
          bind(ps, i++, f, row.get(f));
        }
        long was = readVersion.applyAsLong(e);
        ps.setLong(i++, was + 1);
        bind(ps, i++, id, d.getObjectBuilder().extractPrimaryKeyFromObject(e, session));
        ps.setLong(i, was);
        ps.addBatch();
        inBatch.add(e);
        if (inBatch.size() == SIZE) {
          notUpdated(ps.executeBatch(), inBatch, stale);
        }
      }
      if (!inBatch.isEmpty()) {
        notUpdated(ps.executeBatch(), inBatch, stale);
      }
    } catch (SQLException ex) {
      throw new PersistenceException("batch update of " + d.getTableName() + " failed", ex);
    } finally {
      close(ps);
    }
    return stale;
  }

  /**
   * Takes entities written by a batch out of the persistence context (those it manages) and marks
   * what the caches hold of them as out of date (read-only ones, changed in place, included): a
   * later read, in this transaction or after it, goes to the database and sees the rows as the
   * batch wrote them, with their new versions.
   */
  public void forget(EntityManager em, List<?> entities) {
    for (Object e : entities) {
      em.detach(e);
    }
    session.getParent().getIdentityMapAccessor().invalidateObjects(entities);
  }

  private static <T> void notUpdated(int[] counts, List<T> inBatch, List<T> stale) {
    for (int k = 0; k < counts.length; k++) {
      // a driver that cannot tell (SUCCESS_NO_INFO) does not confirm the version either
      if (counts[k] != 1) {
        stale.add(inBatch.get(k));
      }
    }
    inBatch.clear();
  }

  private void bind(PreparedStatement ps, int index, DatabaseField field, Object value)
      throws SQLException {
    // null: the field tells the platform the column's type, as EclipseLink binds it
    platform.setParameterValueInDatabaseCall(value == null ? field : value, ps, index, session);
  }

  private String insertSql(ClassDescriptor d, List<DatabaseField> fields) {
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(d.getTableName()).append(" (");
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(fields.get(i).getNameDelimited(platform));
      values.append(i == 0 ? "?" : ", ?");
    }
    return sql.append(") VALUES (").append(values).append(')').toString();
  }

  private String updateSql(
      ClassDescriptor d, List<DatabaseField> fields, DatabaseField id, DatabaseField version) {
    StringBuilder sql = new StringBuilder("UPDATE ").append(d.getTableName()).append(" SET ");
    for (DatabaseField f : fields) {
      sql.append(f.getNameDelimited(platform)).append(" = ?, ");
    }
    String v = version.getNameDelimited(platform);
    return sql.append(v)
        .append(" = ? WHERE ")
        .append(id.getNameDelimited(platform))
        .append(" = ? AND ")
        .append(v)
        .append(" = ?")
        .toString();
  }

  private static void close(PreparedStatement ps) {
    if (ps != null) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // the batch's outcome is known; a statement that does not close changes nothing
      }
    }
  }
}
