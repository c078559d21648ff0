package cn.foodsafety.lims.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Whether the database answers, for the health checks. */
@Stateless
@PermitAll
public class DatabaseStatus {

  @Resource(lookup = "jdbc/lims")
  DataSource dataSource;

  /** The database product when it answers within two seconds, empty otherwise. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<String> probe() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2)
          ? Optional.of(c.getMetaData().getDatabaseProductName())
          : Optional.empty();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }
}
