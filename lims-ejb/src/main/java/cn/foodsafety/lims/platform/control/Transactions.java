package cn.foodsafety.lims.platform.control;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The server's transaction synchronization registry, for controls that keep something with the
 * current transaction without being managed beans themselves (entity listeners call them): looked
 * up once, then kept.
 */
public final class Transactions {

  private static volatile TransactionSynchronizationRegistry registry;

  private Transactions() {}

  /** The registry; null where there is none (a plain unit test outside the server). */
  public static TransactionSynchronizationRegistry registryOrNull() {
    TransactionSynchronizationRegistry tsr = registry;
    if (tsr == null) {
      try {
        tsr =
            (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
      } catch (NamingException | RuntimeException e) {
        return null;
      }
      registry = tsr;
    }
    return tsr;
  }

  /** The registry; fails where there is none (for what must not go unrecorded: the audit trail). */
  public static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry tsr = registryOrNull();
    if (tsr == null) {
      throw new IllegalStateException("no transaction synchronization registry");
    }
    return tsr;
  }

  /** The registry if the current thread runs in an active transaction, otherwise null. */
  public static TransactionSynchronizationRegistry active() {
    TransactionSynchronizationRegistry tsr = registryOrNull();
    return tsr != null && tsr.getTransactionStatus() == Status.STATUS_ACTIVE ? tsr : null;
  }
}
