package cn.foodsafety.lims.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations (classpath:db/migration, the same files on H2 and PostgreSQL, plus
 * db/vendor/postgresql on PostgreSQL) when the application starts, before anything else uses the
 * database. A failing migration fails the deployment, so the application never runs on a schema it
 * does not know.
 *
 * <p>Where the server has a data source {@code jdbc/lims-owner} (PostgreSQL: the role that owns the
 * schema), the migrations run through it, and the application itself connects through {@code
 * jdbc/lims} as a role that may only read and write rows: it cannot drop or disable the triggers
 * that keep audit records and issued reports append-only, nor change a table
 * (config/scripts/create-database.sh creates both roles). Without it, as on the embedded database,
 * {@code jdbc/lims} serves both.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  private String schemaVersion;

  /** The schema owner's data source, when the server has one. */
  static final String OWNER = "jdbc/lims-owner";

  @PostConstruct
  void migrate() {
    DataSource migrations = owner().orElse(dataSource);
    LOG.info(() -> "migrations run through " + (migrations == dataSource ? "jdbc/lims" : OWNER));
    Flyway flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(migrations)
            .locations(locations())
            .load();
    var result = flyway.migrate();
    var current = flyway.info().current();
    schemaVersion = current == null ? "none" : current.getVersion().getVersion();
    LOG.info(
        () ->
            "database schema at version "
                + schemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * The shared migrations, and on PostgreSQL also those only it can run (db/vendor/postgresql:
   * triggers in PL/pgSQL that keep audit records and issued reports append-only).
   */
  private String[] locations() {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      if ("PostgreSQL".equalsIgnoreCase(product)) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"};
      }
      return new String[] {"classpath:db/migration"};
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database jdbc/lims: " + e.getMessage(), e);
    }
  }

  private static java.util.Optional<DataSource> owner() {
    try {
      return java.util.Optional.of(javax.naming.InitialContext.doLookup(OWNER));
    } catch (javax.naming.NamingException none) {
      return java.util.Optional.empty();
    }
  }

  public String schemaVersion() {
    return schemaVersion;
  }
}
