package cn.foodsafety.lims.security.control;

/**
 * The password policy (settings {@code security.password.minLength}, default 8, and {@code
 * security.password.minClasses}, default 2): at least that many characters from at least that many
 * of the four classes lower-case letters, upper-case letters (other letters, such as Chinese, count
 * as lower-case), digits and other characters.
 */
public record PasswordPolicy(int minLength, int minClasses) {

  public boolean accepts(String password) {
    return password != null
        && password.codePointCount(0, password.length()) >= minLength
        && classes(password) >= minClasses;
  }

  static int classes(String password) {
    boolean lower = false, upper = false, digit = false, other = false;
    for (int cp : password.codePoints().toArray()) {
      if (Character.isUpperCase(cp)) {
        upper = true;
      } else if (Character.isLetter(cp)) {
        lower = true;
      } else if (Character.isDigit(cp)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
