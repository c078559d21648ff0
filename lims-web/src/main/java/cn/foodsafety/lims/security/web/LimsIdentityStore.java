package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.masterdata.boundary.Settings;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import cn.foodsafety.lims.security.boundary.Caller;
import cn.foodsafety.lims.security.boundary.SignIns;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks user name and password against the users in the database (PBKDF2 hashes) through {@link
 * SignIns}, which counts failures per account and locks it. An API client sends its password with
 * every call (HTTP Basic) and PBKDF2 is slow by design, so a successful check is remembered for a
 * few minutes under a SHA-256 of name and password; a password change, deactivation or lock forgets
 * it at once (on the other servers of a deployment group within a second: {@link
 * CacheGenerations}). Failures are also counted per client address: past {@code
 * security.signIn.addressMaxFailures} in 15 minutes the address is refused without a check.
 */
@ApplicationScoped
public class LimsIdentityStore implements IdentityStore {

  private static final Duration REMEMBER = Duration.ofMinutes(5);
  private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
  private static final int MAX_ENTRIES = 10_000;

  /** The longest delay before a failure is answered: each answer stays under a second. */
  static final long MAX_DELAY_MILLIS = 800;

  @Inject SignIns signIns;

  @Inject Settings settings;

  @Inject CacheGenerations generations;

  private record Remembered(String username, Caller caller, Instant until, long generation) {}

  /** What a sign-in came to, with the delay to wait before answering a failure. */
  public record Check(
      CredentialValidationResult result, Refusal refusal, Instant lockedUntil, long delayMillis) {
    boolean valid() {
      return result.getStatus() == CredentialValidationResult.Status.VALID;
    }
  }

  /** Why a sign-in is refused. */
  public enum Refusal {
    WRONG,
    LOCKED,
    THROTTLED
  }

  private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

  /** The checks under way, by the same key as {@link #recent}. */
  private final Map<String, CompletableFuture<Check>> checking = new ConcurrentHashMap<>();

  private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

  /** For the container's own use: the check without an address (counted under "unknown"). */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return check(credential, "unknown").result();
  }

  public Check check(UsernamePasswordCredential credential, String address) {
    String username = credential.getCaller();
    String password = credential.getPasswordAsString();
    String key = fingerprint(username, password);
    Remembered r = recent.get(key);
    long generation = generations.current(CacheGenerations.CREDENTIALS);
    if (r != null && r.until().isAfter(Instant.now()) && r.generation() == generation) {
      return new Check(valid(r.caller()), null, null, 0);
    }
    if (throttled(address)) {
      return new Check(CredentialValidationResult.INVALID_RESULT, Refusal.THROTTLED, null, 0);
    }
    // Clients that send the same name and password at once (an API client's threads, when the
    // remembered check has expired) share one check: each would otherwise take its turn on the
    // account's row lock for a PBKDF2 of its own, and under load wait past the lock timeout.
    CompletableFuture<Check> mine = new CompletableFuture<>();
    CompletableFuture<Check> running = checking.putIfAbsent(key, mine);
    if (running != null) {
      Check shared = running.join();
      if (!shared.valid()) {
        countFailure(address);
      }
      return shared;
    }
    try {
      Check c = signIn(username, password, key, address, generation);
      mine.complete(c);
      return c;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      checking.remove(key, mine);
    }
  }

  private Check signIn(
      String username, String password, String key, String address, long generation) {
    SignIns.Outcome outcome = signIns.signIn(username, password.toCharArray(), address);
    switch (outcome.status()) {
      case SIGNED_IN -> {
        if (recent.size() > MAX_ENTRIES) {
          recent.clear();
        }
        recent.put(
            key,
            new Remembered(username, outcome.caller(), Instant.now().plus(REMEMBER), generation));
        return new Check(valid(outcome.caller()), null, null, 0);
      }
      case LOCKED -> {
        recent.remove(key);
        countFailure(address);
        return new Check(
            CredentialValidationResult.INVALID_RESULT, Refusal.LOCKED, outcome.lockedUntil(), 0);
      }
      default -> {
        recent.remove(key);
        countFailure(address);
        return new Check(
            CredentialValidationResult.INVALID_RESULT,
            Refusal.WRONG,
            null,
            delayMillis(outcome.failures()));
      }
    }
  }

  /** 100 ms after the first failure in a row, doubling up to {@link #MAX_DELAY_MILLIS}. */
  static long delayMillis(int failures) {
    if (failures <= 1) {
      return 100;
    }
    return Math.min(MAX_DELAY_MILLIS, 100L << Math.min(failures - 1, 10));
  }

  private boolean throttled(String address) {
    Deque<Instant> failures = failuresByAddress.get(address);
    if (failures == null) {
      return false;
    }
    synchronized (failures) {
      Instant since = Instant.now().minus(ADDRESS_WINDOW);
      while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
        failures.pollFirst();
      }
      return failures.size() >= settings.intValue("security.signIn.addressMaxFailures", 50);
    }
  }

  private void countFailure(String address) {
    if (failuresByAddress.size() > MAX_ENTRIES) {
      failuresByAddress.clear();
    }
    Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (failures) {
      failures.addLast(Instant.now());
      while (failures.size() > 10_000) {
        failures.pollFirst();
      }
    }
  }

  void forget(@Observes Users.CredentialsChanged changed) {
    recent.values().removeIf(r -> r.username().equals(changed.username()));
  }

  private static CredentialValidationResult valid(Caller caller) {
    return new CredentialValidationResult(caller.username(), caller.groups());
  }

  private static String fingerprint(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
