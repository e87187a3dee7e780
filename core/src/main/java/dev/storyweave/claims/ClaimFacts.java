package dev.storyweave.claims;

import dev.storyweave.claims.DateMentions.DateMention;
import dev.storyweave.text.CalendarWords;
import dev.storyweave.text.TextNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * What a sentence asserts, in the few shapes whose values can be compared without a parser:
 *
 *  - attributes: "X is the capital of Y", "X, the Turkish capital", "Y's capital X", "in the
 *    capital, X" (Y taken from the nearest country or demonym before it). Subject and relation make
 *    the key; two sentences with the same key and different values contradict each other.
 *  - anchored values: a number with the noun it counts ("30-day", "12 people") or a day, each with
 *    the content words around it. Two values are about the same thing only when their units match
 *    and their anchors share at least two content words; the caller also requires the sentences to
 *    be similar in meaning, so "the ultimatum given on Saturday" and "Lind proposed talks on
 *    Sunday" (different anchors) never clash.
 *  - polarity: whether the sentence is negated.
 */
/** Comparable facts stated by one sentence or clause. Immutable. */
final class ClaimFacts {

  /** A subject-relation-value triple; offsets are into the unit text. */
  record Attribute(String subject, String relation, String value, int start, int end) {
    String key() {
      return subject + "|" + relation;
    }
  }

  /** A number or day with its unit and anchor words. {@code value} is comparable text. */
  record Anchored(String kind, String unit, String value, Set<String> anchor) {}

  final List<Attribute> attributes;
  final List<Anchored> values;
  final boolean negated;

  private ClaimFacts(List<Attribute> attributes, List<Anchored> values, boolean negated) {
    this.attributes = List.copyOf(attributes);
    this.values = List.copyOf(values);
    this.negated = negated;
  }

  private static final String NAME = "\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){0,2}";
  private static final String WORD = "\\p{Lu}\\p{L}+";
  // "capital" followed by something that makes it a noun about a place, not "capital markets".
  private static final String AFTER_CAPITAL =
      "(?=$|[,.;:)!?\"'-]| (?:of|city|and|but|in|on|at|to|for|with|where|which|when|while|after"
          + "|before|during|since|is|was|has|had|will|would|on)\\b)";
  private static final Pattern IS_CAPITAL =
      Pattern.compile(
          "(?<value>"
              + NAME
              + "),? (?:(?:is|was|remains|became|as) )?the (?:(?<adj>"
              + WORD
              + ") )?capital(?: city)?(?: of (?<country>"
              + NAME
              + "))?"
              + AFTER_CAPITAL);
  private static final Pattern CAPITAL_IS =
      Pattern.compile(
          "\\b(?:the (?:(?<adj>"
              + WORD
              + ") )?|(?<poss>"
              + WORD
              + ")'s )capital(?: city)?(?: of (?<country>"
              + NAME
              + "))?,? (?<value>"
              + NAME
              + ")");
  private static final Set<String> NOT_PLACES =
      Set.of(
          "the",
          "a",
          "an",
          "on",
          "in",
          "at",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "president",
          "prime",
          "minister",
          "city",
          "and",
          "but",
          "this",
          "that",
          "it",
          "he",
          "she",
          "they",
          "we",
          "i");

  private static final Pattern TOKEN =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\p{L}+(?:'\\p{L}+)?|%");
  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("hundred", 100),
          Map.entry("dozen", 12));
  private static final Map<String, Double> MULTIPLIERS =
      Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
  private static final Set<String> NEGATIONS =
      Set.of("not", "never", "no", "nor", "neither", "none", "nobody", "nothing", "cannot");
  private static final Set<String> CALENDAR_WORDS =
      CalendarWords.weekdaysMonthsAnd(
          "yesterday",
          "today",
          "tomorrow",
          "last",
          "next",
          "late",
          "early",
          "earlier",
          "later",
          "night",
          "morning",
          "afternoon",
          "evening");

  private record Tok(String text, String folded, int start, int end) {}

  /** Facts of {@code text}; weekday and month-day dates resolve against {@code reference}. */
  static ClaimFacts of(String text, LocalDate reference) {
    String plain = TextNormalizer.plainPunctuation(text);
    List<Tok> tokens = tokens(plain);
    List<Attribute> attributes = capitals(plain, tokens);
    List<Anchored> values = new ArrayList<>();
    List<DateMention> dates = DateMentions.find(plain, reference);
    numbers(plain, tokens, dates, values);
    for (DateMention d : dates) {
      String value =
          d.date() != null ? d.date().toString() : d.text().toLowerCase(Locale.ROOT).trim();
      values.add(new Anchored("day", "day", value, dayAnchor(tokens, d.start(), d.end())));
    }
    boolean negated = false;
    for (Tok t : tokens) {
      if (NEGATIONS.contains(t.folded) || t.folded.endsWith("n't")) {
        negated = !negated;
      }
    }
    return new ClaimFacts(attributes, values, negated);
  }

  private static List<Tok> tokens(String plain) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(plain);
    while (m.find()) {
      out.add(
          new Tok(
              m.group(),
              TextNormalizer.fold(m.group()).toLowerCase(Locale.ROOT),
              m.start(),
              m.end()));
    }
    return out;
  }

  private static List<Attribute> capitals(String plain, List<Tok> tokens) {
    List<Attribute> out = new ArrayList<>();
    for (Pattern p : List.of(IS_CAPITAL, CAPITAL_IS)) {
      Matcher m = p.matcher(plain);
      while (m.find()) {
        String value = trimName(m.group("value"));
        if (value == null || Countries.resolve(value) != null) {
          continue;
        }
        String country = null;
        if (m.group("country") != null) {
          country = Countries.resolve(m.group("country"));
        }
        if (country == null && m.group("adj") != null) {
          country = Countries.resolve(m.group("adj"));
        }
        if (p == CAPITAL_IS && country == null && m.group("poss") != null) {
          country = Countries.resolve(m.group("poss"));
        }
        if (country == null) {
          country = nearestCountryBefore(tokens, m.start());
        }
        if (country != null) {
          out.add(new Attribute(country, "capital", value, m.start(), m.end()));
        }
      }
    }
    return out;
  }

  /** The name without leading function words; null when nothing place-like is left. */
  private static String trimName(String name) {
    String[] words = name.split(" ");
    int i = 0;
    while (i < words.length && NOT_PLACES.contains(words[i].toLowerCase(Locale.ROOT))) {
      i++;
    }
    if (i == words.length) {
      return null;
    }
    String result = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    return result.replaceAll("['.]+$", "");
  }

  private static String nearestCountryBefore(List<Tok> tokens, int offset) {
    String found = null;
    for (Tok t : tokens) {
      if (t.start >= offset) {
        break;
      }
      if (Character.isUpperCase(t.text.charAt(0))) {
        String c = Countries.resolve(t.text);
        if (c != null) {
          found = c;
        }
      }
    }
    return found;
  }

  private static void numbers(
      String plain, List<Tok> tokens, List<DateMention> dates, List<Anchored> out) {
    for (int i = 0; i < tokens.size(); i++) {
      Tok t = tokens.get(i);
      Double value = numberValue(t);
      if (value == null || insideDate(t, dates)) {
        continue;
      }
      // "12th", "07:00", "2022" are ordinals, times and years, not counts.
      if (t.end < plain.length()) {
        char next = plain.charAt(t.end);
        if (Character.isLetter(next) || next == ':') {
          continue;
        }
      }
      if (t.start > 0 && plain.charAt(t.start - 1) == ':') {
        continue;
      }
      boolean digits = Character.isDigit(t.text.charAt(0));
      if (digits && t.text.length() == 4 && value >= 1800 && value <= 2100) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && MULTIPLIERS.containsKey(tokens.get(j).folded)) {
        value *= MULTIPLIERS.get(tokens.get(j).folded);
        j++;
      }
      String unit = null;
      for (int k = j; k < Math.min(tokens.size(), j + 2) && unit == null; k++) {
        Tok u = tokens.get(k);
        if (u.folded.equals("%") || u.folded.equals("percent")) {
          unit = "percent";
        } else if (numberValue(u) == null && !ContentTerms.isStopword(u.folded)) {
          unit = ContentTerms.stem(u.folded);
        } else if (!u.folded.equals("of")) {
          break;
        }
      }
      if (unit == null) {
        continue;
      }
      String shown =
          value == Math.rint(value) ? Long.toString(value.longValue()) : Double.toString(value);
      out.add(new Anchored("number", unit, shown, anchor(tokens, t.start, t.end, unit)));
    }
  }

  private static Double numberValue(Tok t) {
    if (Character.isDigit(t.text.charAt(0))) {
      try {
        return Double.parseDouble(t.text.replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Integer w = NUMBER_WORDS.get(t.folded);
    return w == null ? null : w.doubleValue();
  }

  private static boolean insideDate(Tok t, List<DateMention> dates) {
    for (DateMention d : dates) {
      if (t.start < d.end() && d.start() < t.end) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a day dates: the content words just before it ("proposed talks on Sunday"), or just after
   * when it opens the clause ("On Sunday, Lind proposed").
   */
  private static Set<String> dayAnchor(List<Tok> tokens, int start, int end) {
    Set<String> before = new HashSet<>();
    Set<String> after = new HashSet<>();
    int firstAfter = tokens.size();
    int lastBefore = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end <= start) {
        lastBefore = i;
      } else if (tokens.get(i).start >= end && firstAfter == tokens.size()) {
        firstAfter = i;
      }
    }
    for (int i = lastBefore; i >= 0 && i > lastBefore - 5; i--) {
      addContent(tokens.get(i), before);
    }
    for (int i = firstAfter; i < tokens.size() && i < firstAfter + 4; i++) {
      addContent(tokens.get(i), after);
    }
    return before.size() >= 2 ? before : after;
  }

  private static void addContent(Tok t, Set<String> out) {
    if (!ContentTerms.isStopword(t.folded)
        && !CALENDAR_WORDS.contains(t.folded)
        && numberValue(t) == null
        && t.folded.length() > 1) {
      out.add(ContentTerms.stem(t.folded));
    }
  }

  /** Content stems within six tokens of a span, without calendar words and numbers. */
  private static Set<String> anchor(List<Tok> tokens, int start, int end, String... exclude) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Tok t = tokens.get(i);
      if (t.end > start && first < 0) {
        first = i;
      }
      if (t.start < end) {
        last = i;
      }
    }
    if (first < 0) {
      first = tokens.size();
    }
    Set<String> out = new HashSet<>();
    Set<String> excluded = Set.of(exclude);
    for (int i = Math.max(0, first - 6); i < Math.min(tokens.size(), last + 7); i++) {
      Tok t = tokens.get(i);
      if ((i >= first && i <= last)
          || ContentTerms.isStopword(t.folded)
          || CALENDAR_WORDS.contains(t.folded)
          || NEGATIONS.contains(t.folded)
          || numberValue(t) != null
          || t.folded.length() < 2) {
        continue;
      }
      String stem = ContentTerms.stem(t.folded);
      if (!excluded.contains(stem)) {
        out.add(stem);
      }
    }
    return out;
  }
}
