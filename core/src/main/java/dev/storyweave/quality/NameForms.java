package dev.storyweave.quality;

import com.ibm.icu.util.ULocale;
import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import dev.storyweave.text.TextNormalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/*
 * Proper names as an article spells them, and the test for "two spellings of one name".
 *
 * A name is a capitalised word tagged as a proper noun, not the first of its sentence (there
 * capitalisation says nothing), not in a title-case heading, and whose lower-case form the
 * article never uses (so "Direct" in a heading is not a name when the text says "direct talks").
 * The proper-noun test keeps capitalised common words ("Ministry", "Tourism") out.
 *
 * Two folded forms are variants of one name when they are close (Jaro-Winkler and Levenshtein)
 * but not related by inflection or derivation: after their common prefix both remainders must not
 * be ordinary English endings ("Russia"/"Russian", "Ukraine"/"Ukrainian") or a doubled final
 * letter of a transliteration ("Navalny"/"Navalnyi"). Countries and regions are distinct
 * places however close their names ("Iran"/"Iraq", "Austria"/"Australia"): ICU's list of region
 * names in English vetoes those pairs.
 */
final class NameForms {

  static final int MIN_LENGTH = 4;
  private static final double MIN_JARO_WINKLER = 0.85;

  private static final Set<String> ENDINGS =
      Set.of(
          "", "s", "es", "'s", "e", "n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "er",
          "ers", "ern", "i", "is", "y", "ic", "ics", "ism", "ist", "ists", "ite", "ites", "a",
          "as");

  // Endings that make an adjective or demonym of a place or person ("Norway"/"Norwegian"): a
  // different word, not a different spelling.
  private static final Set<String> DERIVED =
      Set.of("ish", "ian", "ians", "ese", "an", "ans", "ic", "ist", "ists", "ite", "ites");

  private static final Set<String> REGIONS = regions();

  private static final Set<String> PROPER_NOUN = Set.of("PROPN", "NNP", "NNPS");

  // Weekdays and months are capitalised, close to one another ("Tuesday"/"Thursday") and never
  // names of people or places.
  private static final Set<String> CALENDAR = calendar();

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private NameForms() {}

  /** Folded name forms of {@code text} with how often each occurs, in order of first use. */
  static Map<String, Integer> names(AnalyzedText text) {
    return names(text, FluencyModel.tags(text));
  }

  static Map<String, Integer> names(AnalyzedText text, List<String[]> tags) {
    Set<String> lowerCaseWords = new HashSet<>();
    for (Sentence sentence : text.sentences()) {
      for (Token token : sentence.tokens()) {
        if (!token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0))) {
          lowerCaseWords.add(token.normalized());
        }
      }
    }
    Map<String, Integer> names = new LinkedHashMap<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      Sentence sentence = text.sentences().get(s);
      if (isTitleCase(sentence)) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      String[] sentenceTags = tags.get(s);
      for (int i = 1; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (!isNameShaped(token.text())
            || opensClause(tokens.get(i - 1).text())
            || !PROPER_NOUN.contains(sentenceTags[i])) {
          continue;
        }
        String form = TextNormalizer.fold(token.text());
        if (form.length() >= MIN_LENGTH
            && !lowerCaseWords.contains(form)
            && !CALENDAR.contains(form)) {
          names.merge(form, 1, Integer::sum);
        }
      }
    }
    return names;
  }

  /** Whether {@code a} and {@code b} (folded, distinct) look like two spellings of one name. */
  static boolean variants(String a, String b) {
    if (a.equals(b) || a.length() < MIN_LENGTH || b.length() < MIN_LENGTH) {
      return false;
    }
    if (JARO_WINKLER.apply(a, b) < MIN_JARO_WINKLER) {
      return false;
    }
    int longest = Math.max(a.length(), b.length());
    int distance = LEVENSHTEIN.apply(a, b);
    if (distance > (longest <= 6 ? 1 : longest <= 9 ? 2 : 3)) {
      return false;
    }
    int prefix = 0;
    while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    String restA = a.substring(prefix);
    String restB = b.substring(prefix);
    if (ENDINGS.contains(restA) && ENDINGS.contains(restB)) {
      return false;
    }
    if (DERIVED.contains(restA) || DERIVED.contains(restB)) {
      return false;
    }
    if (doubledLetter(a, b) || doubledLetter(b, a)) {
      return false;
    }
    return !(REGIONS.contains(a) && REGIONS.contains(b));
  }

  private static boolean doubledLetter(String shorter, String longer) {
    return longer.length() == shorter.length() + 1
        && longer.startsWith(shorter)
        && longer.charAt(longer.length() - 1) == shorter.charAt(shorter.length() - 1);
  }

  private static boolean isNameShaped(String token) {
    if (token.length() < MIN_LENGTH || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    boolean lower = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower;
  }

  private static boolean opensClause(String previous) {
    return previous.length() == 1 && "\"'“‘«:;-–—(•*".indexOf(previous.charAt(0)) >= 0;
  }

  /** A heading in title case: mostly capitalised words and no closing punctuation. */
  private static boolean isTitleCase(Sentence sentence) {
    char last = sentence.text().charAt(sentence.text().length() - 1);
    if (".!?\"'”’:;".indexOf(last) >= 0) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Token token : sentence.tokens()) {
      String t = token.text();
      if (t.length() > 3 && Character.isLetter(t.charAt(0))) {
        words++;
        if (Character.isUpperCase(t.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words > 0 && capitalised >= 0.6 * words;
  }

  private static Set<String> calendar() {
    Set<String> out = new HashSet<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      out.add(TextNormalizer.fold(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    }
    for (Month month : Month.values()) {
      out.add(TextNormalizer.fold(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
      out.add(TextNormalizer.fold(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
    }
    return Set.copyOf(out);
  }

  private static Set<String> regions() {
    Set<String> out = new HashSet<>();
    for (String country : Locale.getISOCountries()) {
      String name = new ULocale("", country).getDisplayCountry(ULocale.ENGLISH);
      for (String part : name.split("[\\s&,()\\-]+")) {
        String folded = TextNormalizer.fold(part);
        if (folded.length() >= MIN_LENGTH) {
          out.add(folded);
        }
      }
    }
    return Set.copyOf(out);
  }
}
