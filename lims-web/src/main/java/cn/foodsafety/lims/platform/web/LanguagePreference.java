package cn.foodsafety.lims.platform.web;

/**
 * Where a signed-in user's chosen language is kept between sessions (the user's profile, which
 * security owns). Platform asks through this interface, so it knows no component; security's web
 * module answers it.
 */
public interface LanguagePreference {

  /** The language tag the signed-in caller chose last time ({@code en}, {@code zh-CN}), or null. */
  String chosen();

  /** Keeps the signed-in caller's choice for the next session. */
  void choose(String languageTag);
}
