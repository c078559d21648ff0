package cn.foodsafety.lims.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change log's fingerprint on the migration's own table (H2, in memory, read committed), with
 * transactions of separate connections: a reader sees a change whenever a row it did not see
 * commits, also one whose id was taken before a row that committed earlier, and pruning old rows
 * does not bring back a fingerprint seen before.
 */
class ChangeLogTest {

  private final String url = "jdbc:h2:mem:changelog" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

  private Connection reader;

  @BeforeEach
  void table() throws Exception {
    reader = DriverManager.getConnection(url);
    String sql;
    try (InputStream in = getClass().getResourceAsStream("/db/migration/V52_1__change_log.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Statement s = reader.createStatement()) {
      for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement s = reader.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  private Connection writer() throws SQLException {
    Connection c = DriverManager.getConnection(url);
    c.setAutoCommit(false);
    return c;
  }

  @Test
  void aRowThatTookItsIdEarlierButCommitsLaterChangesTheFingerprint() throws SQLException {
    ChangeLog.Fingerprint empty = ChangeLog.fingerprint(reader);
    try (Connection early = writer();
        Connection late = writer()) {
      Instant now = Instant.now();
      ChangeLog.append(early, now); // id 1, not committed yet
      ChangeLog.append(late, now); // id 2
      late.commit();
      ChangeLog.Fingerprint afterLate = ChangeLog.fingerprint(reader);
      assertThat(afterLate).isNotEqualTo(empty).isEqualTo(new ChangeLog.Fingerprint(1, 2));

      early.commit();
      ChangeLog.Fingerprint afterEarly = ChangeLog.fingerprint(reader);
      assertThat(afterEarly).isNotEqualTo(afterLate).isEqualTo(new ChangeLog.Fingerprint(2, 3));
    }
  }

  @Test
  void uncommittedAndRolledBackRowsChangeNothing() throws SQLException {
    ChangeLog.Fingerprint before = ChangeLog.fingerprint(reader);
    try (Connection w = writer()) {
      ChangeLog.append(w, Instant.now());
      assertThat(ChangeLog.fingerprint(reader)).isEqualTo(before);
      w.rollback();
    }
    assertThat(ChangeLog.fingerprint(reader)).isEqualTo(before);
  }

  @Test
  void pruningOldRowsWhileANewOneCommitsDoesNotRestoreAFingerprint() throws SQLException {
    Instant now = Instant.now();
    Instant old = now.minus(ChangeLog.RETENTION).minusSeconds(60);
    try (Connection w = writer()) {
      ChangeLog.append(w, old); // id 1
      w.commit();
    }
    ChangeLog.Fingerprint seen = ChangeLog.fingerprint(reader);
    // one new row commits and the old one is pruned between two looks of the reader: same count,
    // but the new row's id is larger than every pruned one
    try (Connection w = writer();
        Connection pruner = writer()) {
      ChangeLog.append(w, now);
      w.commit();
      assertThat(ChangeLog.prune(pruner, now)).isEqualTo(1);
      pruner.commit();
    }
    ChangeLog.Fingerprint after = ChangeLog.fingerprint(reader);
    assertThat(after.count()).isEqualTo(seen.count());
    assertThat(after).isNotEqualTo(seen);
  }

  @Test
  void pruningKeepsTheRecentRows() throws SQLException {
    Instant now = Instant.now();
    try (Connection w = writer()) {
      ChangeLog.append(w, now.minus(ChangeLog.RETENTION).minusSeconds(1));
      ChangeLog.append(w, now.minus(ChangeLog.RETENTION).plusSeconds(1));
      ChangeLog.append(w, now);
      w.commit();
      assertThat(ChangeLog.prune(w, now)).isEqualTo(1);
      w.commit();
    }
    assertThat(ChangeLog.fingerprint(reader).count()).isEqualTo(2);
  }

  @Test
  void theBoundsLeaveRoomForAnOpenTransaction() {
    assertThat(ChangeLog.REUSE.plus(ChangeLog.MAX_OPEN.multipliedBy(2)))
        .isLessThanOrEqualTo(ChangeLog.RETENTION);
    assertThat(ChangeLog.MAX_OPEN).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void outsideATransactionEveryMarkAppends() throws SQLException {
    ChangeLog.mark(reader);
    ChangeLog.mark(reader);
    assertThat(ChangeLog.fingerprint(reader).count()).isEqualTo(2);
    assertThat(ChangeLog.marked()).isFalse();
  }
}
