package dev.storyweave.claims;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.DateGranularity;
import dev.storyweave.model.Quantity;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.TemporalExpression;
import dev.storyweave.text.CalendarWords;
import dev.storyweave.text.NumberWords;
import dev.storyweave.text.TextNormalizer;
import dev.storyweave.timeline.QuantityExtractor;
import dev.storyweave.timeline.TemporalExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * What a sentence asserts, in the few shapes whose values can be compared without a parser:
 *
 *  - attributes: a subject and relation with one value. "X is the capital of Y", "X, the Turkish
 *    capital", "Y's capital X", "in the capital, X" (Y taken from the nearest country or demonym
 *    before it); and offices one person holds at a time: "Y's foreign minister X", "X, the
 *    president of Y", "the head of Y, X". Subject and relation make the key; two sentences with
 *    the same key and different values contradict each other. Offices that many people hold at
 *    once (a minister without a portfolio, an aide, a deputy) and past ones ("former") are not
 *    attributes: two different holders would not be a contradiction.
 *  - anchored values: a number with what it counts ("30-day", "12 people", "$2.5 million", "3.5%";
 *    units and money come from the timeline stage's QuantityExtractor, so "1,000 km" and "620
 *    miles" compare as lengths) or a day (from the timeline stage's TemporalExtractor), each with
 *    the content words around it (anchor), the words right before and after it (relation: "killed"
 *    in "12 people were killed") and the names near it. Two values are about the same thing only
 *    when their units match, their anchors share at least two content words, their relations agree
 *    (the same word before and after where both have one, or the two swapped, as active and passive
 *    voice swap them) and neither side names something near the value that the other does not ("killed in
 *    Varna" and "killed in Burgas" are two events). The caller also requires the sentences to be
 *    similar in meaning, so "the ultimatum given on Saturday" and "Lind proposed talks on Sunday"
 *    never clash.
 *  - places: "held in A", "met at B" (a verb right before the preposition, so "the supermarket in
 *    A" names a supermarket rather than placing an event) with the content words before the
 *    preposition as anchor; two places conflict only with the same preposition, a shared anchor
 *    and the same kind of place (a country and a city may both be right).
 *  - polarity: whether the sentence is negated.
 */
/** Comparable facts stated by one sentence or clause. Immutable. */
final class ClaimFacts {

  /**
   * A subject-relation-value triple; offsets are into the unit text. {@code person} says whether
   * the value names a person (an office holder) rather than a place.
   */
  record Attribute(
      String subject, String relation, String value, boolean person, int start, int end) {
    String key() {
      return subject + "|" + relation;
    }
  }

  /**
   * A number or day with its unit, anchor words, relation words and nearby names. {@code value} is
   * the value as shown; {@code number} its numeric value (NaN for days).
   */
  record Anchored(
      String kind,
      String unit,
      String value,
      double number,
      Set<String> anchor,
      Relation relation,
      Set<String> names,
      String bound) {

    /**
     * Whether the two can both be true: the same value, or one side a bound ("more than a hundred",
     * "about 40") that the other's exact value meets. Two bounds are compared as values: "at least
     * 12 dead" against "at least 19 dead" is how tolls disagree in the news.
     */
    boolean consistentWith(Anchored other) {
      if (sameValue(other)) {
        return true;
      }
      if (Double.isNaN(number)
          || Double.isNaN(other.number)
          || (bound == null) == (other.bound == null)) {
        return false;
      }
      Anchored b = bound != null ? this : other;
      Anchored v = bound != null ? other : this;
      return switch (b.bound) {
        case ">=" -> v.number >= b.number * 0.98;
        case "<=" -> v.number <= b.number * 1.02;
        default -> Math.abs(v.number - b.number) <= 0.15 * Math.abs(b.number);
      };
    }

    /** Whether both state the same value: days by date, numbers within rounding (2%). */
    boolean sameValue(Anchored other) {
      if (Double.isNaN(number) || Double.isNaN(other.number)) {
        return value.equals(other.value);
      }
      return Math.abs(number - other.number)
          <= 0.02 * Math.max(Math.abs(number), Math.abs(other.number)) + 1e-9;
    }
  }

  /**
   * The content words right before and after a value, null when there is none within three tokens.
   */
  record Relation(String before, String after) {

    /**
     * Whether two values are said with the same words: equal where both have a word, or the words
     * swapped between sides, as in the active and passive voice ("killed 12 people", "12 people
     * were killed").
     */
    boolean agrees(Relation other) {
      boolean positional =
          (before == null || other.before == null || before.equals(other.before))
              && (after == null || other.after == null || after.equals(other.after));
      boolean swapped =
          (before != null && before.equals(other.after))
              || (after != null && after.equals(other.before));
      return positional || swapped;
    }
  }

  /** Where something happened: {@code "held in A"} as preposition, place and anchor words. */
  record Located(String preposition, String place, boolean country, Set<String> anchor) {}

  /** A day-level date of the unit, offsets into the unit text. */
  record Day(int start, int end, LocalDate date) {}

  final List<Attribute> attributes;
  final List<Anchored> values;
  final List<Located> places;
  final Set<String> names;
  final boolean negated;

  private ClaimFacts(
      List<Attribute> attributes,
      List<Anchored> values,
      List<Located> places,
      Set<String> names,
      boolean negated) {
    this.attributes = List.copyOf(attributes);
    this.values = List.copyOf(values);
    this.places = List.copyOf(places);
    this.names = Set.copyOf(names);
    this.negated = negated;
  }

  /** Whether the unit names {@code name} anywhere (spelling variants included). */
  boolean names(String name) {
    for (String word : TextNormalizer.fold(name).toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (word.length() < 2) {
        continue;
      }
      boolean found = false;
      for (String n : names) {
        found |= SimilarityClaimBuilder.sameName(n, word);
      }
      if (!found) {
        return false;
      }
    }
    return true;
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

  /** Facts of {@code text}; dates that need an anchor resolve against {@code anchor}. */
  static ClaimFacts of(String text, LocalDate anchor) {
    if (text.isEmpty()) {
      return withDays(text, List.of());
    }
    AnalyzedText one =
        new AnalyzedText("unit", text, List.of(new Sentence(0, 0, text.length(), text, List.of())));
    return withDays(
        text, days(TemporalExtractor.english().extract(one, anchor), 0, text.length(), false));
  }

  /**
   * The day-level expressions among {@code expressions} (offsets into an article) that lie within
   * {@code [start, end)}, with offsets made relative to {@code start}. When the anchor was inferred
   * rather than published, only explicit dates are kept: a weekday or "yesterday" resolved against
   * a guessed anchor is too weak to contradict another account.
   */
  static List<Day> days(
      List<TemporalExpression> expressions, int start, int end, boolean anchorInferred) {
    List<Day> out = new ArrayList<>();
    for (TemporalExpression e : expressions) {
      if (e.granularity() == DateGranularity.DAY
          && e.span().start() >= start
          && e.span().end() <= end
          && (!anchorInferred || e.resolvedHow().startsWith("explicit"))) {
        out.add(new Day(e.span().start() - start, e.span().end() - start, e.date()));
      }
    }
    return out;
  }

  /** Facts of {@code text} given its day-level dates. */
  static ClaimFacts withDays(String text, List<Day> days) {
    String plain = TextNormalizer.plainPunctuation(text);
    List<Tok> tokens = tokens(plain);
    List<Attribute> attributes = capitals(plain, tokens);
    attributes.addAll(offices(plain));
    List<Anchored> values = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (Day d : days) {
      taken.add(new int[] {d.start(), d.end()});
    }
    quantities(plain, tokens, taken, values);
    numbers(plain, tokens, taken, values);
    for (Day d : days) {
      values.add(
          new Anchored(
              "day",
              "day",
              d.date().toString(),
              Double.NaN,
              dayAnchor(tokens, d.start(), d.end()),
              new Relation(null, null),
              names(tokens, d.start(), d.end()),
              null));
    }
    boolean negated = false;
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Tok t = tokens.get(i);
      if (NEGATIONS.contains(t.folded) || t.folded.endsWith("n't")) {
        negated = !negated;
      }
      if (Character.isUpperCase(t.text.charAt(0))) {
        names.add(t.folded);
      }
    }
    return new ClaimFacts(attributes, values, places(plain, tokens), names, negated);
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
          out.add(new Attribute(country, "capital", value, false, m.start(), m.end()));
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

  /** Numbers with a unit the timeline stage knows, in that unit's base (lengths, money, ...). */
  private static void quantities(
      String plain, List<Tok> tokens, List<int[]> taken, List<Anchored> out) {
    AnalyzedText text = new AnalyzedText("unit", plain, List.of());
    List<Quantity> quantities = QuantityExtractor.english().extract(text);
    for (int k = 0; k < quantities.size(); k++) {
      Quantity q = quantities.get(k);
      int start = q.span().start();
      int end = q.span().end();
      if (overlaps(taken, start, end)) {
        continue;
      }
      taken.add(new int[] {start, end});
      if (notAValue(plain, start, end) || compound(plain, quantities, k)) {
        continue;
      }
      out.add(
          new Anchored(
              "number",
              q.normalizedUnit(),
              q.span().text(),
              q.normalizedValue(),
              anchor(tokens, start, end),
              relation(tokens, start, end),
              names(tokens, start, end),
              bound(plain, start)));
    }
  }

  /** Words after a number that make it a clock time ("0300 GMT", "4 pm"), not a count. */
  private static final Set<String> CLOCK_WORDS =
      Set.of("gmt", "utc", "am", "pm", "a.m", "p.m", "est", "edt", "cet", "cest", "bst", "local");

  // "$140-150 million", "between 10 and 12 people", "from 5 to 7 days": a range, not a value.
  private static final Pattern RANGE_AFTER =
      Pattern.compile("^\\s*(?:-|\u2013|to|and)\\s*[$\u20AC\u00A3]?\\d");
  private static final Pattern RANGE_BEFORE =
      Pattern.compile(
          "(?:\\bbetween|\\bfrom|\\d\\s*/|\\d[\\d,.%]*(?:\\s+(?:thousand|million|billion))?\\s*(?:-|\u2013|to|and))"
              + "\\s*[$\u20AC\u00A3]?$");
  // "178 of 369 punches", "28 of his 68": a part and its whole, each true of something else.
  private static final Pattern PART_AFTER =
      Pattern.compile("^\\s+of\\s+(?:(?:the|his|her|its|their|our|all)\\s+)?[$\u20AC\u00A3]?\\d");
  private static final Pattern PART_BEFORE =
      Pattern.compile(
          "\\d[\\d,.]*\\s+of\\s+(?:(?:the|his|her|its|their|our|all)\\s+)?[$\u20AC\u00A3]?$");

  /**
   * Whether the number at {@code [start, end)} is an end of a range or half of a part-of-whole
   * expression: such numbers state no single value to compare.
   */
  private static boolean notAValue(String plain, int start, int end) {
    String before = plain.substring(Math.max(0, start - 30), start);
    String after = plain.substring(end, Math.min(plain.length(), end + 30));
    return RANGE_AFTER.matcher(after).find()
        || RANGE_BEFORE.matcher(before).find()
        || PART_AFTER.matcher(after).find()
        || PART_BEFORE.matcher(before).find();
  }

  private static final Pattern AT_LEAST =
      Pattern.compile("\\b(?:at least|more than|over|upwards of|in excess of)\\s+(?:a\\s+)?$");
  private static final Pattern AT_MOST =
      Pattern.compile("\\b(?:at most|up to|less than|fewer than|under)\\s+(?:a\\s+)?$");
  private static final Pattern ABOUT =
      Pattern.compile(
          "\\b(?:about|around|nearly|almost|roughly|approximately|some|close to)\\s+(?:a\\s+)?$");

  /** The bound a number is given as ("&gt;=", "&lt;=", "~"), or null for an exact value. */
  private static String bound(String plain, int start) {
    String before = plain.substring(Math.max(0, start - 25), start).toLowerCase(Locale.ROOT);
    if (AT_LEAST.matcher(before).find()) {
      return ">=";
    }
    if (AT_MOST.matcher(before).find()) {
      return "<=";
    }
    return ABOUT.matcher(before).find() ? "~" : null;
  }

  /**
   * Whether quantity {@code k} is one part of a compound amount ("4 minutes 48 seconds", "5 feet,
   * 11 inches"): a neighbour of the same dimension with at most a comma between them.
   */
  private static boolean compound(String plain, List<Quantity> quantities, int k) {
    Quantity q = quantities.get(k);
    for (int n : new int[] {k - 1, k + 1}) {
      if (n < 0 || n >= quantities.size()) {
        continue;
      }
      Quantity other = quantities.get(n);
      int gapStart = Math.min(q.span().end(), other.span().end());
      int gapEnd = Math.max(q.span().start(), other.span().start());
      if (other.normalizedUnit().equals(q.normalizedUnit())
          && gapStart <= gapEnd
          && plain.substring(gapStart, gapEnd).matches("[\\s,]*(?:and\\s+)?")) {
        return true;
      }
    }
    return false;
  }

  private static String shown(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start < s[1] && s[0] < end) {
        return true;
      }
    }
    return false;
  }

  /** Counts: a number followed by the noun it counts ("12 people", "three ships"). */
  private static void numbers(
      String plain, List<Tok> tokens, List<int[]> taken, List<Anchored> out) {
    for (int i = 0; i < tokens.size(); i++) {
      Tok t = tokens.get(i);
      Double value = numberValue(t);
      if (value == null || overlaps(taken, t.start, t.end) || notAValue(plain, t.start, t.end)) {
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
      int unitEnd = t.end;
      for (int k = j; k < Math.min(tokens.size(), j + 2) && unit == null; k++) {
        Tok u = tokens.get(k);
        if (u.folded.equals("%") || u.folded.equals("percent")) {
          unit = "%";
          unitEnd = u.end;
        } else if (numberValue(u) == null && !ContentTerms.isStopword(u.folded)) {
          unit = ContentTerms.stem(u.folded);
          unitEnd = u.end;
        } else if (!u.folded.equals("of")) {
          break;
        }
      }
      if (unit == null || (j < tokens.size() && CLOCK_WORDS.contains(tokens.get(j).folded))) {
        continue;
      }
      out.add(
          new Anchored(
              "number",
              unit,
              shown(value),
              value,
              anchor(tokens, t.start, t.end, unit),
              relation(tokens, t.start, unitEnd),
              names(tokens, t.start, t.end),
              bound(plain, t.start)));
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
    Integer w = NumberWords.value(t.folded);
    return w == null ? null : w.doubleValue();
  }

  /** Tokens before a day that say what it dates: far enough back to take in the verb. */
  private static final int DAY_WINDOW = 8;

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
    for (int i = lastBefore; i >= 0 && i > lastBefore - DAY_WINDOW; i--) {
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

  /** Words that qualify a number rather than say what it is about ("at least", "nearly"). */
  private static final Set<String> QUANTIFIERS =
      Set.of(
          "least",
          "nearly",
          "almost",
          "around",
          "roughly",
          "approximately",
          "estimated",
          "total",
          "another",
          "additional",
          "further",
          "fewer",
          "less",
          "under",
          "some",
          "exactly",
          "full",
          "whole",
          "entire");

  private static boolean relationWord(Tok t) {
    return !ContentTerms.isStopword(t.folded)
        && !QUANTIFIERS.contains(t.folded)
        && !NEGATIONS.contains(t.folded)
        && !CALENDAR_WORDS.contains(t.folded)
        && numberValue(t) == null
        && !MULTIPLIERS.containsKey(t.folded)
        && t.folded.length() > 1
        && Character.isLetter(t.folded.charAt(0));
  }

  /**
   * What a value is said of: the nearest content word before {@code [start, end)} and the nearest
   * after it, each within three tokens ("were killed", "a 30-day ceasefire").
   */
  private static Relation relation(List<Tok> tokens, int start, int end) {
    int before = -1;
    int after = tokens.size();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end <= start) {
        before = i;
      } else if (tokens.get(i).start >= end && after == tokens.size()) {
        after = i;
      }
    }
    String left = null;
    for (int i = before; i >= 0 && i > before - 3 && left == null; i--) {
      if (relationWord(tokens.get(i))) {
        left = ContentTerms.stem(tokens.get(i).folded);
      }
    }
    String right = null;
    for (int i = after; i < tokens.size() && i < after + 3 && right == null; i++) {
      if (relationWord(tokens.get(i))) {
        right = ContentTerms.stem(tokens.get(i).folded);
      }
    }
    return new Relation(left, right);
  }

  /** Folded capitalised words within six tokens of a span, not opening the unit. */
  private static Set<String> names(List<Tok> tokens, int start, int end) {
    int first = tokens.size();
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end > start && first == tokens.size()) {
        first = i;
      }
      if (tokens.get(i).start < end) {
        last = i;
      }
    }
    Set<String> out = new HashSet<>();
    for (int i = Math.max(1, first - 6); i < Math.min(tokens.size(), last + 7); i++) {
      Tok t = tokens.get(i);
      if (Character.isUpperCase(t.text.charAt(0))
          && !ContentTerms.isStopword(t.folded)
          && !CALENDAR_WORDS.contains(t.folded)
          && !NOT_PLACES.contains(t.folded)) {
        out.add(t.folded);
      }
    }
    return out;
  }

  // --- places ----------------------------------------------------------------------------------

  private static final Pattern PLACE =
      Pattern.compile(
          "\\b(?<prep>in|at) (?:the )?(?<place>\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,2})"
              + "(?!'s|\\p{L})");

  private static List<Located> places(String plain, List<Tok> tokens) {
    List<Located> out = new ArrayList<>();
    Matcher m = PLACE.matcher(plain);
    while (m.find()) {
      String place = trimName(m.group("place"));
      if (place == null || CALENDAR_WORDS.contains(place.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Set<String> anchor = new LinkedHashSet<>();
      int last = -1;
      for (int i = 0; i < tokens.size() && tokens.get(i).end <= m.start(); i++) {
        last = i;
      }
      // "held in A", "met at B", "will be in C" say where something happened; "the supermarket
      // in A" only says which supermarket, and two of them are not a contradiction.
      if (last < 0 || !eventWord(tokens.get(last).folded)) {
        continue;
      }
      for (int i = last; i >= 0 && i > last - 5; i--) {
        Tok t = tokens.get(i);
        if (plain.substring(t.end, i == last ? m.start() : tokens.get(i + 1).start).contains(",")) {
          break;
        }
        if (relationWord(t)) {
          anchor.add(ContentTerms.stem(t.folded));
        }
      }
      out.add(new Located(m.group("prep"), place, Countries.resolveLoosely(place) != null, anchor));
    }
    return out;
  }

  /** Verbs that place a happening ("held", "take place", "be") in irregular or unmarked forms. */
  private static final Set<String> PLACING_VERBS =
      Set.of(
          "held",
          "hold",
          "holds",
          "met",
          "meet",
          "meets",
          "place",
          "be",
          "is",
          "are",
          "was",
          "were",
          "been",
          "took",
          "begin",
          "begins",
          "began",
          "begun",
          "go",
          "goes",
          "went",
          "come",
          "came",
          "stay",
          "stays",
          "arrive",
          "arrives",
          "gather",
          "convene",
          "convenes",
          "land",
          "lands",
          "open",
          "opens",
          "resume",
          "resumes",
          "sit",
          "sat");

  /** Whether the word just before "in"/"at" is a verb that places something. */
  private static boolean eventWord(String folded) {
    // "-ed" past forms, but not nouns that merely end so ("seed", "hundred").
    return PLACING_VERBS.contains(folded)
        || (folded.endsWith("ed")
            && folded.length() > 4
            && !folded.endsWith("eed")
            && !folded.endsWith("dred"));
  }

  // --- offices ---------------------------------------------------------------------------------

  /** Heads of offices that one person holds at a time. */
  private static final Set<String> SOLE_OFFICES =
      Set.of(
          "president",
          "chancellor",
          "premier",
          "king",
          "queen",
          "pope",
          "mayor",
          "governor",
          "ceo",
          "chairman",
          "chairwoman",
          "chairperson",
          "leader",
          "head",
          "chief",
          "emir",
          "monarch",
          "speaker");

  /** Heads of offices that are sole only with a portfolio ("foreign minister", not "minister"). */
  private static final Set<String> PORTFOLIO_OFFICES = Set.of("minister", "secretary");

  /** Modifiers that make an office shared or past. */
  private static final Set<String> NOT_SOLE =
      Set.of(
          "former",
          "ex",
          "late",
          "then",
          "outgoing",
          "incoming",
          "acting",
          "interim",
          "deputy",
          "vice",
          "assistant",
          "junior",
          "associate",
          "regional",
          "local",
          "party",
          "opposition");

  private static final String OFFICE_WORDS =
      "(?<role>(?:[\\p{L}-]+ ){0,2}?(?i:president|chancellor|premier|king|queen|pope|mayor"
          + "|governor|ceo|chairman|chairwoman|chairperson|leader|head|chief|emir|monarch|speaker"
          + "|minister|secretary))\\b";
  private static final String PERSON =
      "(?<person>\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){0,2})";
  private static final String OWNER_WORD = "(?<owner>\\p{Lu}[\\p{L}.]+?)(?:'s)?";

  // "Ukrainian Defence Minister Ana Lind", "Spain's prime minister Jon Ruiz"
  private static final Pattern OWNER_ROLE_PERSON =
      Pattern.compile("\\b" + OWNER_WORD + " " + OFFICE_WORDS + " " + PERSON);
  // "Ana Lind, the Ukrainian defence minister", "Jon Ruiz, Spain's prime minister"
  // The apposition must close (punctuation or a lower-case word next): in a list ("Ana Lind,
  // Spain's prime minister Jon Ruiz, ...") the office belongs to the name after it.
  private static final Pattern PERSON_OWNER_ROLE =
      Pattern.compile(
          PERSON
              + ", (?:the )?"
              + OWNER_WORD
              + " "
              + OFFICE_WORDS
              + "(?=\\s*[,.;:)]|\\s+\\p{Ll}|$)");
  // "Ana Lind, the president of Ruritania", "Ana Lind is the head of the Red Cross"
  private static final Pattern PERSON_ROLE_OF =
      Pattern.compile(
          PERSON
              + "(?:,| is| was| remains) the "
              + OFFICE_WORDS
              + " of (?:the )?(?<of>\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,3})");
  // "the president of Ruritania, Ana Lind"
  private static final Pattern ROLE_OF_PERSON =
      Pattern.compile(
          "\\b[Tt]he "
              + OFFICE_WORDS
              + " of (?:the )?(?<of>\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,3}), "
              + PERSON);

  private static List<Attribute> offices(String plain) {
    List<Attribute> out = new ArrayList<>();
    for (Pattern p :
        List.of(OWNER_ROLE_PERSON, PERSON_OWNER_ROLE, PERSON_ROLE_OF, ROLE_OF_PERSON)) {
      Matcher m = p.matcher(plain);
      while (m.find()) {
        String role = soleOffice(m.group("role"));
        String person = personName(m.group("person"));
        String owner;
        if (p == PERSON_ROLE_OF || p == ROLE_OF_PERSON) {
          String of = trimName(m.group("of"));
          owner = of == null ? null : Countries.resolve(of) != null ? Countries.resolve(of) : of;
        } else {
          owner = Countries.resolve(m.group("owner"));
        }
        if (role != null && person != null && owner != null) {
          out.add(new Attribute(owner, role, person, true, m.start(), m.end()));
        }
      }
    }
    return out;
  }

  /** The office as a comparable key ("defense minister" = "Defence Minister"), or null. */
  private static String soleOffice(String words) {
    String[] parts = TextNormalizer.fold(words).toLowerCase(Locale.ROOT).split(" ");
    String head = parts[parts.length - 1];
    boolean sole = SOLE_OFFICES.contains(head);
    boolean portfolio = PORTFOLIO_OFFICES.contains(head) && parts.length > 1;
    if (!sole && !portfolio) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    for (String part : parts) {
      if (NOT_SOLE.contains(part) || part.startsWith("ex-") || part.startsWith("vice-")) {
        return null;
      }
      if (ContentTerms.isStopword(part)) {
        return null;
      }
      // Metaphone keys make "defense" and "defence" one office.
      String code = METAPHONE.doubleMetaphone(part);
      key.append(key.length() > 0 ? " " : "").append(code == null || code.isEmpty() ? part : code);
    }
    return key.toString();
  }

  private static final org.apache.commons.codec.language.DoubleMetaphone METAPHONE =
      new org.apache.commons.codec.language.DoubleMetaphone();

  /** A person's name without titles; null when it is not name-like. */
  private static String personName(String name) {
    String[] words = name.split(" ");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      String folded = TextNormalizer.fold(w).toLowerCase(Locale.ROOT);
      if (ContentTerms.isStopword(folded)
          || CALENDAR_WORDS.contains(folded)
          || NOT_PLACES.contains(folded)
          || SOLE_OFFICES.contains(folded)
          || PORTFOLIO_OFFICES.contains(folded)
          || Countries.resolve(w) != null) {
        if (kept.isEmpty()) {
          continue;
        }
        break;
      }
      kept.add(w.replaceAll("['.]+$", ""));
    }
    return kept.isEmpty() ? null : String.join(" ", kept);
  }
}
