package dev.storyweave.claims;

import dev.storyweave.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Content words of a text as Porter stems, without stop words: the lexical side of claim similarity
 * and of briefing redundancy. Thread-safe.
 */
public final class ContentTerms {

  // Lucene's English stop set is small (33 words); news reporting verbs and function words that
  // carry no claim content are added so that "said on Tuesday" does not make sentences similar.
  private static final Set<String> EXTRA_STOP =
      Set.of(
          "he",
          "she",
          "his",
          "her",
          "its",
          "their",
          "them",
          "we",
          "our",
          "you",
          "i",
          "me",
          "my",
          "has",
          "have",
          "had",
          "would",
          "could",
          "should",
          "may",
          "might",
          "can",
          "also",
          "from",
          "been",
          "being",
          "were",
          "did",
          "does",
          "do",
          "said",
          "says",
          "say",
          "told",
          "who",
          "which",
          "what",
          "when",
          "where",
          "whom",
          "how",
          "than",
          "more",
          "most",
          "after",
          "before",
          "about",
          "over",
          "while",
          "all",
          "any",
          "some",
          "very",
          "just",
          "so",
          "up",
          "out",
          "one",
          "two",
          "him",
          "those",
          "these",
          "other",
          "only",
          "even",
          "still",
          "yet",
          "however",
          "according",
          "added",
          "adding",
          "that's",
          "it's",
          "s");

  private static final ThreadLocal<PorterStemmer> STEMMER =
      ThreadLocal.withInitial(PorterStemmer::new);

  private ContentTerms() {}

  /** Whether a folded word is a stop word. */
  public static boolean isStopword(String folded) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(folded) || EXTRA_STOP.contains(folded);
  }

  /** The Porter stem of a lower-case word. */
  public static String stem(String word) {
    PorterStemmer s = STEMMER.get();
    s.setCurrent(word);
    s.stem();
    return s.getCurrent();
  }

  /** Folded words of {@code text}: letters and digits, hyphenated parts split. */
  public static List<String> words(String text) {
    String folded = TextNormalizer.fold(text).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      while (i < folded.length() && !Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < folded.length()
          && (Character.isLetterOrDigit(folded.charAt(i))
              || (folded.charAt(i) == '\''
                  && i + 1 < folded.length()
                  && Character.isLetter(folded.charAt(i + 1))))) {
        i++;
      }
      if (i > start) {
        String w = folded.substring(start, i);
        int apostrophe = w.indexOf('\'');
        out.add(apostrophe > 0 ? w.substring(0, apostrophe) : w);
      }
    }
    return out;
  }

  /** Stems of the content words of {@code text}, in order, stop words removed. */
  public static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (!isStopword(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
        out.add(stem(w));
      }
    }
    return out;
  }
}
