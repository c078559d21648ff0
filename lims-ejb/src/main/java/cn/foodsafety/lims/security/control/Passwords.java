package cn.foodsafety.lims.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes by Jakarta Security's {@link Pbkdf2PasswordHash} (the container's
 * implementation), as "algorithm:iterations:salt:hash" in Base64. 210,000 iterations of HMAC-SHA512
 * with a 32-byte salt and a 64-byte key follow OWASP's 2023 guidance. The hand-written hasher this
 * replaces wrote the very same format with the same parameters, so every stored hash verifies
 * unchanged; a hash stored with other parameters (fewer iterations, another algorithm) is still
 * verified with its own and is replaced at the next sign-in ({@link #isCurrent}).
 */
@ApplicationScoped
public class Passwords {

  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int ITERATIONS = 210_000;

  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm",
          ALGORITHM,
          "Pbkdf2PasswordHash.Iterations",
          String.valueOf(ITERATIONS),
          "Pbkdf2PasswordHash.SaltSizeBytes",
          "32",
          "Pbkdf2PasswordHash.KeySizeBytes",
          "64");

  @Inject Pbkdf2PasswordHash pbkdf2;

  protected Passwords() {}

  /** Outside the container (unit tests): around a given implementation. */
  public Passwords(Pbkdf2PasswordHash pbkdf2) {
    this.pbkdf2 = pbkdf2;
    init();
  }

  @PostConstruct
  void init() {
    pbkdf2.initialize(PARAMETERS);
  }

  /** A new hash with a fresh salt. */
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  /** Compares in constant time; a missing or malformed stored hash never matches. */
  public boolean verify(char[] password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    try {
      return pbkdf2.verify(password, stored);
    } catch (IllegalArgumentException e) {
      // "Bad hash encoding": not four parts, an unknown algorithm, bad Base64
      return false;
    }
  }

  /** Whether a stored hash has today's parameters; otherwise it is rehashed at sign-in. */
  public boolean isCurrent(String stored) {
    return stored != null && stored.startsWith(ALGORITHM + ":" + ITERATIONS + ":");
  }
}
