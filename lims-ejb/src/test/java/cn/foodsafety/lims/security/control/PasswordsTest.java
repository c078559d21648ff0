package cn.foodsafety.lims.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** Against Soteria's Pbkdf2PasswordHash, the implementation Payara ships. */
class PasswordsTest {

  /** "demo1234" as the hand-written hasher (before Jakarta Security's) stored it. */
  static final String STORED_BY_THE_OLD_HASHER =
      "PBKDF2WithHmacSHA512:210000:B219DFxXxxbN9Qa3/OPcPc8Nfi68sgNp/61qVHykA/0=:"
          + "ukXCgjuSp1g2pRHR8JEbxtkoJMEYNQmqoZCY6F3XpZPJQG3hmmRFCLcqGOn/Y4WZamedXmddNORiX+2eHG9yMw==";

  private final Passwords passwords = new Passwords(new Pbkdf2PasswordHashImpl());

  @Test
  void aHashStoredByTheOldHasherStillVerifiesAndIsCurrent() {
    assertThat(passwords.verify("demo1234".toCharArray(), STORED_BY_THE_OLD_HASHER)).isTrue();
    assertThat(passwords.verify("demo12345".toCharArray(), STORED_BY_THE_OLD_HASHER)).isFalse();
    assertThat(passwords.isCurrent(STORED_BY_THE_OLD_HASHER)).isTrue();
  }

  @Test
  void aNewHashHasTodaysParametersAndAFreshSalt() {
    String first = passwords.hash("Sampling2026".toCharArray());
    String second = passwords.hash("Sampling2026".toCharArray());
    assertThat(first).startsWith("PBKDF2WithHmacSHA512:210000:").isNotEqualTo(second);
    String[] parts = first.split(":");
    assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(64);
    assertThat(passwords.verify("Sampling2026".toCharArray(), first)).isTrue();
    assertThat(passwords.isCurrent(first)).isTrue();
  }

  @Test
  void aHashWithWeakerParametersVerifiesButIsNotCurrent() {
    Pbkdf2PasswordHashImpl weaker = new Pbkdf2PasswordHashImpl();
    weaker.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "2048"));
    String old = weaker.generate("demo1234".toCharArray());
    assertThat(passwords.verify("demo1234".toCharArray(), old)).isTrue();
    assertThat(passwords.isCurrent(old)).isFalse();
  }

  @Test
  void aMalformedOrMissingHashNeverMatches() {
    assertThat(passwords.verify("x".toCharArray(), null)).isFalse();
    assertThat(passwords.verify("x".toCharArray(), "garbage")).isFalse();
    assertThat(passwords.verify("x".toCharArray(), "MD5:1:AAAA:AAAA")).isFalse();
    assertThat(passwords.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:AAAA:AAAA")).isFalse();
    assertThat(passwords.isCurrent(null)).isFalse();
  }
}
