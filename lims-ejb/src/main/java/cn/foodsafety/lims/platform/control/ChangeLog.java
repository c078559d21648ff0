package cn.foodsafety.lims.platform.control;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The append-only log of changes to what derived figures are computed from ({@code change_log}): a
 * transaction that changes such data appends one row (an id from a sequence and the time), once,
 * and a reader takes a {@link Fingerprint} of the table (count and sum of the ids) in its own
 * transaction. A result kept under a fingerprint may be reused while the fingerprint read later is
 * equal: no shared row is updated, so writers never wait on each other, and every server of a
 * deployment group sees the same table.
 *
 * <p>Why equal fingerprints mean no change was committed in between (exactly): between a reader's
 * two looks the visible rows change by the rows committed since (A) and those pruned since (D). D
 * holds only rows older than {@link #RETENTION}; a kept result is reused for at most {@link #REUSE}
 * after its fingerprint was read, and a row is committed within {@link #MAX_OPEN} of its insert. So
 * every row of A took its id after every row of D (ids grow with time), and when A is not empty
 * either the count differs (|A| differs from |D|) or the sum is larger (same count, every id
 * larger). An id taken early and committed late (out of order) still adds to count and sum.
 */
public final class ChangeLog {

  /** Rows older than this are deleted ({@link #prune}). */
  public static final Duration RETENTION = Duration.ofMinutes(30);

  /** The longest a result may be reused under one fingerprint. */
  public static final Duration REUSE = Duration.ofMinutes(5);

  /**
   * The longest a transaction may stay open after it appended its row, with the clocks of the
   * servers apart by less than the rest of {@link #RETENTION}: the bound the exactness rests on (a
   * use case that writes facts commits within seconds; a rebuild appends after its work).
   */
  public static final Duration MAX_OPEN = RETENTION.minus(REUSE).dividedBy(2);

  /** What a reader compares: how many rows it sees and the sum of their ids. */
  public record Fingerprint(long count, long sum) {}

  private static final Object MARKED = new Object();

  private static volatile DataSource dataSource;

  private ChangeLog() {}

  /**
   * Appends this transaction's row through the caller's connection, unless the transaction has
   * appended it already. Outside a transaction (a plain JDBC test) it appends every time.
   */
  public static void mark(Connection c) throws SQLException {
    TransactionSynchronizationRegistry tsr = Transactions.active();
    if (tsr != null && tsr.getResource(MARKED) != null) {
      return;
    }
    append(c, Instant.now());
    if (tsr != null) {
      tsr.putResource(MARKED, Boolean.TRUE);
    }
  }

  /**
   * Appends this transaction's row through the application's data source (for callers that hold no
   * connection: entity listeners, bulk JPQL updates).
   */
  public static void mark() {
    if (marked()) {
      return;
    }
    try (Connection c = dataSource().getConnection()) {
      mark(c);
    } catch (SQLException e) {
      throw new IllegalStateException("change log", e);
    }
  }

  /** Whether the current transaction has appended a row (its own reads are then not kept). */
  public static boolean marked() {
    TransactionSynchronizationRegistry tsr = Transactions.active();
    return tsr != null && tsr.getResource(MARKED) != null;
  }

  /** Appends one row (the time is the caller's clock: a test may set it). */
  public static void append(Connection c, Instant at) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO change_log (id, changed_at) VALUES (nextval('change_log_seq'), ?)")) {
      s.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      s.executeUpdate();
    }
  }

  /** The rows visible to the caller's transaction now. */
  public static Fingerprint fingerprint(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(id), 0) FROM change_log");
        ResultSet r = s.executeQuery()) {
      r.next();
      return new Fingerprint(r.getLong(1), r.getLong(2));
    }
  }

  /** Deletes the rows older than {@link #RETENTION} before {@code now}; returns how many. */
  public static int prune(Connection c, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM change_log WHERE changed_at < ?")) {
      s.setObject(1, OffsetDateTime.ofInstant(now.minus(RETENTION), ZoneOffset.UTC));
      return s.executeUpdate();
    }
  }

  private static DataSource dataSource() {
    DataSource ds = dataSource;
    if (ds == null) {
      try {
        ds = (DataSource) new InitialContext().lookup("jdbc/lims");
      } catch (NamingException e) {
        throw new IllegalStateException("no data source jdbc/lims", e);
      }
      dataSource = ds;
    }
    return ds;
  }
}
