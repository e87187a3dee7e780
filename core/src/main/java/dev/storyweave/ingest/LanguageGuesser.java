package dev.storyweave.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Language of a plain text from its most frequent function words. News prose is long and function
 * words make up a third of it, so a short stop-word list per language is enough to tell the major
 * European languages apart; Cyrillic, Greek, Arabic, Hebrew and CJK scripts are told apart by
 * script. Anything short or undecided stays unknown rather than guessed.
 */
final class LanguageGuesser {

  private static final Map<String, Set<String>> STOPWORDS =
      Map.of(
          "en",
          Set.of(
              "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "it",
              "he", "said", "by", "at", "from", "his", "have", "has", "are", "be", "not", "this",
              "but", "they", "were", "which", "would", "will", "who", "their", "an"),
          "de",
          Set.of(
              "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf",
              "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "wird",
              "aus", "er", "hat", "dass", "sie", "nach", "bei", "wurde"),
          "fr",
          Set.of(
              "le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "est", "que", "qui",
              "dans", "pour", "pas", "au", "sur", "par", "il", "ne", "se", "plus", "avec", "ont",
              "a", "été", "aux", "ce", "elle"),
          "es",
          Set.of(
              "el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para",
              "con", "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ha",
              "fue", "este", "entre"),
          "it",
          Set.of(
              "il", "di", "che", "e", "la", "in", "per", "un", "del", "della", "non", "una", "è",
              "con", "sono", "alla", "le", "dei", "gli", "si", "ha", "anche", "da", "nel", "come",
              "più", "ma", "lo"),
          "pt",
          Set.of(
              "o", "de", "a", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os",
              "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "ele", "das",
              "foi", "é", "também"),
          "nl",
          Set.of(
              "de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met",
              "niet", "die", "aan", "er", "om", "ook", "als", "bij", "door", "maar", "werd", "naar",
              "heeft", "wordt"));

  /** Each stop word with the languages it belongs to, so a word is looked up once. */
  private static final Map<String, List<String>> LANGUAGES_OF = index();

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("^([A-Za-z]{2,3})(?:[-_].*)?$");

  private LanguageGuesser() {}

  /** The primary subtag of a language tag ({@code en-US} gives {@code en}), or null. */
  static String normalise(String tag) {
    if (tag == null) {
      return null;
    }
    Matcher m = LANGUAGE_TAG.matcher(tag.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** The language of {@code text} as an ISO 639-1 code, or empty when unsure. */
  static Optional<String> guess(String text) {
    String sample = text.length() > 5_000 ? text.substring(0, 5_000) : text;
    Optional<String> byScript = byScript(sample);
    if (byScript.isPresent()) {
      return byScript;
    }
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    Matcher m = WORD.matcher(sample);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      words++;
      for (String language : LANGUAGES_OF.getOrDefault(w, List.of())) {
        hits.merge(language, 1, Integer::sum);
      }
    }
    if (words < 20) {
      return Optional.empty();
    }
    List<Map.Entry<String, Integer>> ranked =
        hits.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> b - a)).toList();
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    int best = ranked.get(0).getValue();
    int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
    if (best >= words * 0.15 && best >= second * 1.5) {
      return Optional.of(ranked.get(0).getKey());
    }
    return Optional.empty();
  }

  private static Map<String, List<String>> index() {
    Map<String, List<String>> index = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
      for (String word : e.getValue()) {
        index.computeIfAbsent(word, w -> new ArrayList<>()).add(e.getKey());
      }
    }
    index.replaceAll((w, languages) -> List.copyOf(languages));
    return Map.copyOf(index);
  }

  private static Optional<String> byScript(String sample) {
    int letters = 0;
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (letters < 50) {
      return Optional.empty();
    }
    for (Map.Entry<Character.UnicodeScript, Integer> e : scripts.entrySet()) {
      if (e.getValue() < letters * 0.6) {
        continue;
      }
      switch (e.getKey()) {
        case CYRILLIC:
          // Letters only Ukrainian uses tell it from Russian; otherwise Russian is far likelier.
          return Optional.of(sample.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru");
        case GREEK:
          return Optional.of("el");
        case ARABIC:
          return Optional.of("ar");
        case HEBREW:
          return Optional.of("he");
        case HANGUL:
          return Optional.of("ko");
        case HIRAGANA:
        case KATAKANA:
          return Optional.of("ja");
        case HAN:
          return Optional.of(scripts.containsKey(Character.UnicodeScript.HIRAGANA) ? "ja" : "zh");
        default:
          return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
