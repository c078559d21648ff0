package cn.foodsafety.lims.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy defaults = new PasswordPolicy(8, 2);

  @Test
  void lettersAndDigitsOfEightCharactersPass() {
    assertThat(defaults.accepts("demo1234")).isTrue();
  }

  @Test
  void oneClassIsNotEnough() {
    assertThat(defaults.accepts("abcdefgh")).isFalse();
    assertThat(defaults.accepts("12345678")).isFalse();
  }

  @Test
  void tooShortFailsWhateverItsClasses() {
    assertThat(defaults.accepts("aB3$xyz")).isFalse();
    assertThat(defaults.accepts(null)).isFalse();
  }

  @Test
  void upperLowerDigitAndOtherAreFourClasses() {
    assertThat(PasswordPolicy.classes("aB3$")).isEqualTo(4);
    assertThat(PasswordPolicy.classes("抽检abc")).isEqualTo(1);
    PasswordPolicy strict = new PasswordPolicy(10, 3);
    assertThat(strict.accepts("Sampling2024")).isTrue();
    assertThat(strict.accepts("sampling2024")).isFalse();
  }
}
