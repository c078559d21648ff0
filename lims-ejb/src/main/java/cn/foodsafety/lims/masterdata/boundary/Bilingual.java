package cn.foodsafety.lims.masterdata.boundary;

import java.util.Locale;

/**
 * A master record (region, food category, organization) named in Chinese and, where the record has
 * one, in English: English pages and answers show the English name, falling back to the Chinese.
 */
public interface Bilingual {

  String name();

  String nameEn();

  /** The name for a reader of the language. */
  default String nameIn(Locale locale) {
    return locale != null
            && "en".equals(locale.getLanguage())
            && nameEn() != null
            && !nameEn().isBlank()
        ? nameEn()
        : name();
  }
}
