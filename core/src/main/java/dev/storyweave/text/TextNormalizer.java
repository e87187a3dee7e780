package dev.storyweave.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Normalised forms for matching: case and diacritic folding with ICU, curly quotes and dashes made
 * plain. Thread-safe.
 */
public final class TextNormalizer {

  // ICU's NFKC_Casefold covers case, width and compatibility forms; diacritics need the explicit
  // decompose-strip-recompose transform.
  private static final Normalizer2 CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final ThreadLocal<Transliterator> STRIP_MARKS =
      ThreadLocal.withInitial(
          () -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC"));

  private TextNormalizer() {}

  /** Case- and diacritic-folded form: {@code "Erdoğan’s"} becomes {@code "erdogan's"}. */
  public static String fold(String text) {
    String plain = plainPunctuation(text);
    return CASEFOLD.normalize(STRIP_MARKS.get().transliterate(plain));
  }

  /**
   * Replaces typographic quotes, apostrophes and dashes by their ASCII forms, length-preserving.
   */
  public static String plainPunctuation(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(
          switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> c;
          });
    }
    return out.toString();
  }
}
