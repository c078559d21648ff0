package cn.foodsafety.lims.security.web;

import cn.foodsafety.lims.platform.web.LanguagePreference;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The language kept in the signed-in user's profile ({@link Users#preferLocale}). */
@ApplicationScoped
public class ProfileLanguage implements LanguagePreference {

  @Inject Users users;

  @Override
  public String chosen() {
    return users.me().locale();
  }

  @Override
  public void choose(String languageTag) {
    users.preferLocale(languageTag);
  }
}
