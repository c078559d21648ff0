package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language of an API answer: the first supported one in Accept-Language, else zh-CN. */
public final class RequestLocale {

  private RequestLocale() {}

  public static Locale of(HttpHeaders headers) {
    if (headers == null) {
      return Messages.CHINESE;
    }
    List<Locale> accepted;
    try {
      accepted = headers.getAcceptableLanguages();
    } catch (RuntimeException e) {
      return Messages.CHINESE;
    }
    for (Locale l : accepted) {
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("zh".equals(l.getLanguage())) {
        return Messages.CHINESE;
      }
    }
    return Messages.CHINESE;
  }
}
