package dev.storyweave.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/*
 * Spelling variants of one name word: transliterations (Kharkiv/Kharkov), dropped or swapped
 * letters from machine translation (Navalny/Navalyn), old and new romanisations (Odessa/Odesa). Two
 * cues, either suffices: a high Jaro-Winkler similarity alone, or the same Double Metaphone key with
 * a moderate one (so Gaddafi/Qaddafi match on sound while Easter/Western, close in letters, do not). Words
 * shorter than four letters must be equal: at that length every cue is noise.
 */
final class NameSimilarity {

  static final double STRONG = 0.915;
  static final double WITH_SOUND = 0.79;

  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  private static final Pattern NICKNAME_END = Pattern.compile("\\w['\"]\\s+(?=\\w)");
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final ThreadLocal<DoubleMetaphone> METAPHONE =
      ThreadLocal.withInitial(DoubleMetaphone::new);

  private NameSimilarity() {}

  /** Lower-case ASCII words of a name: transliterated, diacritics and apostrophes dropped. */
  static List<String> words(String name) {
    String ascii = TO_ASCII.get().transliterate(name).toLowerCase(Locale.ROOT);
    // A quoted nickname cut in half by the detector ("Chin' Gigante" from Vincent 'The Chin'
    // Gigante): the words before the closing quote are the nickname, not a given name.
    Matcher nickname = NICKNAME_END.matcher(ascii);
    int after = -1;
    while (nickname.find()) {
      after = nickname.end();
    }
    if (after > 0 && after < ascii.length()) {
      ascii = ascii.substring(after);
    }
    if (ascii.endsWith("'s")) {
      ascii = ascii.substring(0, ascii.length() - 2);
    }
    List<String> words = new ArrayList<>();
    for (String raw : ascii.split("[\\s\\p{Z}\\-\u2010-\u2015]+")) {
      String word = raw.replaceAll("[^a-z0-9]", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return words;
  }

  /** Jaro-Winkler similarity of two words. */
  static double jaroWinkler(String a, String b) {
    return JARO_WINKLER.apply(a, b);
  }

  /** Whether two name words are spellings of one word. */
  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() < 4 || b.length() < 4) {
      return false;
    }
    double jw = JARO_WINKLER.apply(a, b);
    if (jw >= STRONG) {
      return true;
    }
    if (jw < WITH_SOUND) {
      return false;
    }
    if (a.charAt(0) != b.charAt(0) && jw < 0.88) {
      return false;
    }
    DoubleMetaphone metaphone = METAPHONE.get();
    return metaphone.isDoubleMetaphoneEqual(a, b) || metaphone.isDoubleMetaphoneEqual(a, b, true);
  }

  /**
   * Whether two words could be spellings of one word even if not similar enough to merge on their
   * own; used to keep apart, never to join.
   */
  static boolean loosely(String a, String b) {
    if (similar(a, b)) {
      return true;
    }
    if (a.length() < 3 || b.length() < 3) {
      return false;
    }
    double jw = JARO_WINKLER.apply(a, b);
    return jw >= 0.85 || jw >= 0.75 && METAPHONE.get().isDoubleMetaphoneEqual(a, b);
  }

  /** Whether a given name is compatible with another: a spelling variant or a matching initial. */
  static boolean givenCompatible(String a, String b) {
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0);
    }
    // A truncated given name ("Fred"/"Frederick", "Alex"/"Alexander") is the same name.
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.length() >= 3 && longer.startsWith(shorter)) {
      return true;
    }
    if (a.length() < 4 || b.length() < 4) {
      // Short given names ("Jon"/"John", "Ann"/"Anna"): only a letter apart, same initial.
      return a.charAt(0) == b.charAt(0) && JARO_WINKLER.apply(a, b) >= 0.9;
    }
    return similar(a, b);
  }
}
