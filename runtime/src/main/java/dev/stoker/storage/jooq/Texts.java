package dev.stoker.storage.jooq;

/** Fits text into the columns that bound it. */
final class Texts {

  private Texts() {}

  static String clip(String text, int maxLength) {
    if (text == null || text.length() <= maxLength) {
      return text;
    }
    return text.substring(0, maxLength - 1) + "…";
  }
}
