package dev.storyweave.claims;

import dev.storyweave.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/*
 * Country names come from the JDK's ISO 3166 list (English display names); demonyms are derived
 * by stripping the usual suffixes (-ian, -an, -ese, -ish, -i, -n) and matching a country name
 * prefix, which covers most of them ("Turkish", "Ukrainian", "Chinese"); the irregular ones and
 * common short forms are listed. This is general world knowledge, not tuned to any story.
 */
/** Resolves a country name, short form or demonym to a canonical country name. Thread-safe. */
final class Countries {

  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      NAMES.put(key(name), name);
    }
    String[][] aliases = {
      {"UK", "United Kingdom"},
      {"U.K.", "United Kingdom"},
      {"Britain", "United Kingdom"},
      {"Great Britain", "United Kingdom"},
      {"England", "United Kingdom"},
      {"US", "United States"},
      {"U.S.", "United States"},
      {"USA", "United States"},
      {"America", "United States"},
      {"Türkiye", "Turkey"},
      {"Turkiye", "Turkey"},
      {"Czech Republic", "Czechia"},
      {"Burma", "Myanmar (Burma)"},
      {"Holland", "Netherlands"},
      {"Ivory Coast", "Côte d’Ivoire"},
      {"UAE", "United Arab Emirates"},
      {"French", "France"},
      {"British", "United Kingdom"},
      {"English", "United Kingdom"},
      {"Dutch", "Netherlands"},
      {"Swiss", "Switzerland"},
      {"Irish", "Ireland"},
      {"Polish", "Poland"},
      {"Spanish", "Spain"},
      {"Greek", "Greece"},
      {"Danish", "Denmark"},
      {"Swedish", "Sweden"},
      {"Finnish", "Finland"},
      {"Norwegian", "Norway"},
      {"Portuguese", "Portugal"},
      {"Peruvian", "Peru"},
      {"Cuban", "Cuba"},
      {"Thai", "Thailand"},
      {"Filipino", "Philippines"},
      {"American", "United States"},
      {"Emirati", "United Arab Emirates"},
      {"Saudi", "Saudi Arabia"},
      {"Belarusian", "Belarus"},
      {"Welsh", "United Kingdom"},
      {"Scottish", "United Kingdom"},
      {"Czech", "Czechia"},
      {"Slovak", "Slovakia"},
      {"Afghan", "Afghanistan"},
      {"Kazakh", "Kazakhstan"},
      {"Uzbek", "Uzbekistan"},
      {"Vietnamese", "Vietnam"},
      {"Lao", "Laos"},
      {"Malagasy", "Madagascar"}
    };
    for (String[] alias : aliases) {
      NAMES.put(key(alias[0]), alias[1]);
    }
  }

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** One-word country names by their Double Metaphone key, for garbled spellings. */
  private static final Map<String, List<String>> BY_SOUND = new HashMap<>();

  static {
    for (String name : NAMES.keySet()) {
      if (name.indexOf(' ') < 0 && name.length() >= 4) {
        BY_SOUND.computeIfAbsent(METAPHONE.doubleMetaphone(name), k -> new ArrayList<>()).add(name);
      }
    }
  }

  private static final String[] SUFFIXES = {"ian", "ean", "ese", "ish", "an", "i", "n"};

  private Countries() {}

  private static String key(String s) {
    return TextNormalizer.fold(s).replace(".", "").trim();
  }

  /**
   * The country for a name as {@link #resolve} finds it, or for a misspelt one-word name that
   * sounds like a country's and is spelt nearly like it ("Norwey"); null otherwise.
   */
  static String resolveLoosely(String word) {
    String exact = resolve(word);
    if (exact != null || word == null || word.isBlank() || word.indexOf(' ') >= 0) {
      return exact;
    }
    String k = key(word).toLowerCase(Locale.ROOT);
    if (k.length() < 4) {
      return null;
    }
    // Sound alone is too loose ("Istanbul" and "Estonia" share a key); the spelling must be close.
    for (String name : BY_SOUND.getOrDefault(METAPHONE.doubleMetaphone(k), List.of())) {
      if (JARO_WINKLER.apply(k, name.toLowerCase(Locale.ROOT)) >= 0.85) {
        return NAMES.get(name);
      }
    }
    return null;
  }

  /** The canonical country for a name, short form or demonym, or null. */
  static String resolve(String word) {
    if (word == null || word.isBlank()) {
      return null;
    }
    String k = key(word);
    if (k.endsWith("'s")) {
      k = k.substring(0, k.length() - 2);
    }
    String direct = NAMES.get(k);
    if (direct != null) {
      return direct;
    }
    if (k.indexOf(' ') >= 0 || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    for (String suffix : SUFFIXES) {
      if (k.endsWith(suffix) && k.length() - suffix.length() >= 4) {
        String stem = k.substring(0, k.length() - suffix.length());
        String best = null;
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
          String name = e.getKey();
          if (name.indexOf(' ') < 0
              && name.startsWith(stem)
              && name.length() - stem.length() <= 3
              && (best == null || e.getValue().length() < best.length())) {
            best = e.getValue();
          }
        }
        if (best != null) {
          return best;
        }
      }
    }
    return null;
  }
}
