package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import cn.foodsafety.lims.security.boundary.Caller;
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
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks user name and password against the users in the database (PBKDF2 hashes). An API client
 * sends its password with every call (HTTP Basic) and PBKDF2 is slow by design, so a successful
 * check is remembered for a few minutes under a SHA-256 of name and password; a password change or
 * deactivation forgets it at once (on the other servers of a deployment group within a second:
 * {@link CacheGenerations}).
 */
@ApplicationScoped
public class LimsIdentityStore implements IdentityStore {

  private static final Duration REMEMBER = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  @Inject Users users;

  @Inject CacheGenerations generations;

  private record Remembered(String username, Caller caller, Instant until, long generation) {}

  private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    String password = credential.getPasswordAsString();
    String key = fingerprint(username, password);
    Remembered r = recent.get(key);
    long generation = generations.current(CacheGenerations.CREDENTIALS);
    if (r != null && r.until().isAfter(Instant.now()) && r.generation() == generation) {
      return valid(r.caller());
    }
    Optional<Caller> caller = users.verify(username, password.toCharArray());
    if (caller.isEmpty()) {
      recent.remove(key);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (recent.size() > MAX_ENTRIES) {
      recent.clear();
    }
    recent.put(
        key, new Remembered(username, caller.get(), Instant.now().plus(REMEMBER), generation));
    return valid(caller.get());
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
