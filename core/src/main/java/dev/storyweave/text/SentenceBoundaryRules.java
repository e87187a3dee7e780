package dev.storyweave.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Repairs on top of OpenNLP's sentence model, each one a general fact of English news typography
 * that the model (trained on web text) gets wrong:
 *
 * - A "sentence" that starts in lower case continues the previous one: the model breaks after
 *   ellipses ("The authorities... just left") and rare abbreviations.
 * - Titles and initials never end a sentence ("Gen.", "Sen.", "Lt. Col.", "J. K. Rowling"), nor do
 *   "No." and month abbreviations before a number ("No. 1", "Jan. 5").
 * - Dotted acronyms and clock abbreviations ("U.S.", "D.C.", "a.m.", "Inc.") can end a sentence, so
 *   they only join the next words when those cannot start a sentence: "U.S. President Hale" and
 *   "10 a.m. Friday" join, "left the U.S. The war" does not. Sentences start with a small closed
 *   set of function words far more often than with anything else, which is what makes this work.
 * - A quotation that ends in "?" or "!" and is followed by its attribution ("Why?" Lind asked.)
 *   is one sentence; one followed by a new clause ("NOW!!!" His post...) is two.
 *
 * Rules look at characters of the original text only and never move a boundary by more than the
 * gap between two model sentences, so offsets stay exact.
 */
final class SentenceBoundaryRules {

  private SentenceBoundaryRules() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  private static final Set<String> TITLES =
      words(
          "mr",
          "mrs",
          "ms",
          "messrs",
          "dr",
          "gen",
          "sen",
          "sens",
          "rep",
          "reps",
          "gov",
          "lt",
          "col",
          "sgt",
          "capt",
          "cpt",
          "maj",
          "adm",
          "cmdr",
          "cdr",
          "gens",
          "prof",
          "rev",
          "fr",
          "hon",
          "pres",
          "supt",
          "det",
          "insp",
          "brig",
          "mt",
          "ft",
          "st",
          "ste",
          "vs",
          "v",
          "cf",
          "e.g",
          "i.e",
          "approx",
          "ca",
          "dept",
          "univ",
          "assn",
          "mssrs",
          "pvt",
          "cpl",
          "spc",
          "amb",
          "atty",
          "gov.-elect");

  private static final Set<String> BEFORE_NUMBER =
      words(
          "no", "nos", "vol", "art", "fig", "p", "pp", "ch", "sec", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ca", "approx", "est", "rt");

  private static final Set<String> AMBIGUOUS =
      words(
          "a.m", "p.m", "inc", "corp", "ltd", "co", "jr", "sr", "bros", "plc", "llc", "etc", "al",
          "ave", "blvd", "rd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "ariz", "calif",
          "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
          "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
          "vt", "wash", "wis", "wyo");

  /** Capitalised words that commonly open a sentence; any other word after "U.S." continues it. */
  private static final Set<String> SENTENCE_OPENERS =
      words(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "its",
          "their",
          "our",
          "my",
          "your",
          "this",
          "that",
          "these",
          "those",
          "there",
          "here",
          "but",
          "and",
          "or",
          "so",
          "yet",
          "in",
          "on",
          "at",
          "for",
          "from",
          "with",
          "without",
          "by",
          "to",
          "of",
          "as",
          "if",
          "when",
          "while",
          "after",
          "before",
          "since",
          "until",
          "although",
          "though",
          "because",
          "however",
          "meanwhile",
          "still",
          "also",
          "then",
          "now",
          "last",
          "next",
          "some",
          "many",
          "most",
          "all",
          "both",
          "each",
          "no",
          "not",
          "one",
          "what",
          "who",
          "whom",
          "why",
          "how",
          "where",
          "which",
          "despite",
          "during",
          "under",
          "over",
          "earlier",
          "later",
          "instead",
          "such",
          "other",
          "another",
          "only",
          "even",
          "asked",
          "according",
          "nevertheless",
          "moreover",
          "furthermore",
          "thus",
          "therefore",
          "indeed",
          "officials",
          "critics",
          "analysts",
          "experts",
          "residents",
          "police",
          "reports",
          "speaking",
          "once",
          "unlike",
          "like",
          "among",
          "amid",
          "against",
          "about",
          "more",
          "few",
          "several",
          "every",
          "any",
          "neither",
          "either",
          "nor",
          "do",
          "does",
          "did",
          "is",
          "are",
          "was",
          "were",
          "will",
          "would",
          "can",
          "could",
          "should",
          "may",
          "might",
          "must",
          "let",
          "please",
          "yes",
          "ok",
          "okay",
          "well",
          "oh",
          "whether",
          "whatever",
          "whoever",
          "nothing",
          "everything",
          "everyone",
          "nobody",
          "none",
          "someone",
          "people",
          "more",
          "less",
          "first",
          "second",
          "finally",
          "again",
          "already",
          "never",
          "always",
          "often",
          "sometimes",
          "just",
          "today",
          "tomorrow",
          "yesterday",
          "tonight");

  private static final Set<String> SPEECH_VERBS =
      words(
          "said",
          "says",
          "asked",
          "asks",
          "added",
          "adds",
          "told",
          "tells",
          "wrote",
          "writes",
          "replied",
          "replies",
          "shouted",
          "shouts",
          "insisted",
          "insists",
          "declared",
          "declares",
          "stated",
          "states",
          "noted",
          "notes",
          "explained",
          "explains",
          "argued",
          "argues",
          "warned",
          "warns",
          "tweeted",
          "tweets",
          "posted",
          "posts",
          "continued",
          "continues",
          "demanded",
          "demands",
          "exclaimed",
          "yelled",
          "cried",
          "wondered",
          "quipped",
          "joked",
          "recalled",
          "recalls",
          "responded",
          "responds",
          "answered",
          "answers",
          "concluded");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’\\-]+");

  /**
   * Repaired sentence spans: {@code spans} are the model's sentences of one block, as {@code
   * [start, end)} into {@code text}, in order and not overlapping.
   */
  static List<int[]> repair(String text, List<int[]> spans) {
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      if (!merged.isEmpty() && joins(text, merged.get(merged.size() - 1), span)) {
        merged.get(merged.size() - 1)[1] = span[1];
      } else {
        merged.add(new int[] {span[0], span[1]});
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int[] span : merged) {
      splitAfterExclamations(text, span, out);
    }
    return out;
  }

  private static boolean joins(String text, int[] previous, int[] next) {
    int end = trimEnd(text, previous[0], previous[1]);
    int start = skipOpeners(text, next[0], next[1]);
    if (end <= previous[0] || start >= next[1]) {
      return false;
    }
    char first = text.charAt(start);
    if (Character.isLowerCase(first)) {
      return true;
    }
    String nextWord = firstWord(text, start, next[1]);
    if (text.charAt(end - 1) == '.') {
      String abbreviation = lastAbbreviation(text, previous[0], end - 1);
      if (abbreviation != null) {
        String key = abbreviation.toLowerCase(Locale.ROOT);
        if (TITLES.contains(key) && Character.isLetter(first)) {
          return true;
        }
        if (BEFORE_NUMBER.contains(key) && Character.isDigit(first)) {
          return true;
        }
        boolean initial =
            abbreviation.length() == 1 && Character.isUpperCase(abbreviation.charAt(0));
        boolean dotted = abbreviation.contains(".");
        if ((initial || dotted || AMBIGUOUS.contains(key))
            && !nextWord.isEmpty()
            && !SENTENCE_OPENERS.contains(nextWord.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return endsWithExclaimedQuote(text, previous[0], end)
        && attributionFollows(text, start, next[1]);
  }

  /**
   * The abbreviation before the final period at {@code dot}, e.g. "Gen", "U.S", "a.m", "J"; null
   * when the word is long or is a number.
   */
  private static String lastAbbreviation(String text, int from, int dot) {
    int i = dot;
    while (i > from && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    if (i > from
        && !NewsLayout.isBlank(text.charAt(i - 1))
        && "(\"“‘'[".indexOf(text.charAt(i - 1)) < 0) {
      return null;
    }
    String word = text.substring(i, dot);
    if (word.isEmpty() || word.startsWith(".") || word.endsWith(".")) {
      return null;
    }
    boolean dotted = word.matches("(\\p{L}\\.)+\\p{L}");
    if (dotted || word.length() <= 5) {
      return word;
    }
    return null;
  }

  private static boolean endsWithExclaimedQuote(String text, int from, int end) {
    if (end - from < 2 || !isClosingQuote(text.charAt(end - 1))) {
      return false;
    }
    char beforeQuote = text.charAt(end - 2);
    return beforeQuote == '?' || beforeQuote == '!';
  }

  /** Up to four capitalised words (a name, a title) and then a speech verb: "Lind asked". */
  private static boolean attributionFollows(String text, int start, int end) {
    Matcher words = WORD.matcher(text.substring(start, Math.min(end, start + 80)));
    int seen = 0;
    while (words.find() && seen < 5) {
      String word = words.group();
      if (SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT))) {
        return seen > 0;
      }
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      seen++;
    }
    return false;
  }

  /**
   * Splits a sentence after a quotation closed with "!" or "?" when a new clause follows ("NOW!!!"
   * His post...) rather than its attribution; the model treats such quotes as mid-sentence.
   */
  private static void splitAfterExclamations(String text, int[] span, List<int[]> out) {
    int start = span[0];
    for (int i = span[0] + 1; i + 2 < span[1]; i++) {
      char c = text.charAt(i);
      if (c == '.' && endsAcronymBeforeOpener(text, start, i, span[1])) {
        out.add(new int[] {start, i + 1});
        start = i + 1;
        continue;
      }
      if (!isClosingQuote(c) || (text.charAt(i - 1) != '!' && text.charAt(i - 1) != '?')) {
        continue;
      }
      int next = i + 1;
      if (!NewsLayout.isBlank(text.charAt(next))) {
        continue;
      }
      while (next < span[1] && NewsLayout.isBlank(text.charAt(next))) {
        next++;
      }
      int wordStart = skipOpeners(text, next, span[1]);
      if (wordStart < span[1]
          && Character.isUpperCase(text.charAt(wordStart))
          && !attributionFollows(text, wordStart, span[1])
          && opensQuoteBefore(text, start, i)) {
        out.add(new int[] {start, i + 1});
        start = next;
      }
    }
    out.add(new int[] {start, span[1]});
  }

  /**
   * "Troops left the U.S. The war ended": the model keeps a dotted acronym's period inside the
   * sentence; a sentence-opening word after it shows that the period also ends the sentence.
   */
  private static boolean endsAcronymBeforeOpener(String text, int from, int dot, int end) {
    if (dot + 2 >= end || !NewsLayout.isBlank(text.charAt(dot + 1))) {
      return false;
    }
    String abbreviation = lastAbbreviation(text, from, dot);
    if (abbreviation == null
        || !(abbreviation.contains(".")
            || AMBIGUOUS.contains(abbreviation.toLowerCase(Locale.ROOT)))
        || TITLES.contains(abbreviation.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int next = dot + 1;
    while (next < end && NewsLayout.isBlank(text.charAt(next))) {
      next++;
    }
    String word = firstWord(text, next, end);
    return !word.isEmpty()
        && Character.isUpperCase(word.charAt(0))
        && SENTENCE_OPENERS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the closing quote at {@code close} ends a quotation opened inside this sentence. */
  private static boolean opensQuoteBefore(String text, int from, int close) {
    char closing = text.charAt(close);
    for (int i = close - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (closing == '\u201D' && c == '\u201C') {
        return true;
      }
      if (closing == '"' && c == '"') {
        return true;
      }
      if (closing == '\u2019' && c == '\u2018') {
        return true;
      }
    }
    return false;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
  }

  private static int skipOpeners(String text, int start, int end) {
    int i = start;
    while (i < end
        && (NewsLayout.isBlank(text.charAt(i)) || "\"“‘'([«".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    int i = end;
    while (i > start && NewsLayout.isBlank(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static String firstWord(String text, int start, int end) {
    Matcher word = WORD.matcher(text.substring(start, Math.min(end, start + 40)));
    return word.lookingAt() ? word.group() : "";
  }
}
