package dev.storyweave.timeline;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.DateGranularity;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.TemporalExpression;
import dev.storyweave.text.NumberWords;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Patterns run per sentence, most specific first; a later pattern never takes text an earlier one
 * matched, so "Sunday, May 11th" is one expression (the weekday then only checks the date) and
 * "May 12th" is never also "May" the month. Month names must be capitalised and bare months need a
 * preposition ("in March"), because "may" and "march" are common words.
 *
 * Weekdays need a tense. News is written in the past; a weekday is in the future only when its
 * clause says so (will, 'll, expected to, scheduled, poised ...). Reported conditionals ("said he
 * would go on Friday") can point either way from the publication date, so they take the nearest
 * such day. Only the clause around the weekday counts: "Lind, who proposed talks on Sunday, will
 * not attend" has a past Sunday.
 *
 * Day-month dates without a year take the year that puts them nearest the anchor: "March 19" in a
 * May article is this March, "December 28" in a January article is last December.
 */
final class EnglishTemporalExtractor implements TemporalExtractor {

  static final EnglishTemporalExtractor INSTANCE = new EnglishTemporalExtractor();

  private EnglishTemporalExtractor() {}

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?"
          + "|Dec\\.?)";
  private static final String FULL_MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final String DAY_NUMBER = "([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String NUMBER_WORD =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";

  private static final Pattern ISO =
      Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b" + MONTH + "\\s+" + DAY_NUMBER + "(?![\\d:.,]\\d)\\b(?:,?\\s+" + YEAR + "\\b)?");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\d,.])\\b"
              + DAY_NUMBER
              + "\\s+(?:of\\s+)?"
              + MONTH
              + "(?:,?\\s+"
              + YEAR
              + "\\b)?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(?i:\\b(?:early|mid|late)[-\\s])?\\b" + MONTH + "\\s+(?:of\\s+)?" + YEAR + "\\b");
  private static final Pattern MONTH_RELATIVE_YEAR =
      Pattern.compile("\\b" + FULL_MONTH + "\\s+(?i:(last|this|next)\\s+year)\\b");
  private static final Pattern PREPOSITION_MONTH =
      Pattern.compile(
          "(?i:\\b(in|since|until|till|by|from|during|through|before|after|early|late|mid|last"
              + "|next|this|of)[-\\s]+)"
              + FULL_MONTH
              + "\\b(?!\\s*\\d)");
  private static final Pattern SEASON_YEAR =
      Pattern.compile(
          "(?i:\\b(?:the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+)" + YEAR + "\\b");
  private static final Pattern RELATIVE_SEASON =
      Pattern.compile("(?i:\\b(last|this|next)\\s+(spring|summer|autumn|fall|winter)\\b)");
  private static final Pattern PREPOSITION_YEAR =
      Pattern.compile(
          "(?i:\\b(in|since|until|till|by|from|during|before|after|of|early|late|mid|the|around"
              + "|throughout|between|and|to|year)[-\\s]+)"
              + YEAR
              + "(?![-.,]?\\d)\\b");
  private static final Pattern WEEKDAY_PHRASE =
      Pattern.compile(
          "(?i:\\b(last|next|this|past|coming|on|late|early|since|until|by|from)\\s+)?\\b"
              + WEEKDAY
              + "\\b(?!s\\b)(?i:\\s+(morning|afternoon|evening|night))?");
  private static final Pattern DAY_WORD =
      Pattern.compile("(?i:\\b(today|tonight|yesterday|tomorrow)\\b)");
  private static final Pattern AGO =
      Pattern.compile("(?i:\\b" + NUMBER_WORD + "\\s+(day|week|month|year)s?\\s+ago\\b)");
  private static final Pattern RELATIVE_PERIOD =
      Pattern.compile("(?i:\\b(?:(?:earlier|later)\\s+)?(last|this|next)\\s+(week|month|year)\\b)");

  private static final Set<String> COUNT_PREPOSITIONS =
      Set.of("to", "and", "of", "around", "the", "between", "from", "by");
  private static final Pattern PLURAL_NOUN_AFTER = Pattern.compile("\\s+\\p{Ll}+s\\b");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\s+(\\p{Lu}\\p{L}+)");
  private static final Pattern WEEKDAY_DATE_GAP = Pattern.compile(",?\\s+(?:the\\s+)?");
  private static final Pattern MONTH_OR_I = Pattern.compile(MONTH + "|I");

  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i:\\b(will(?:\\s+not)?(?:\\s+be\\s+\\w+)?|won't(?:\\s+be\\s+\\w+)?|shall|'ll|’ll"
              + "|going to|expected to|expects to|due to|set to|plans? to|planned to|planning to"
              + "|scheduled|poised|upcoming|intends? to|aims? to|hopes? to|to be held|tomorrow)\\b)");
  private static final Pattern CONDITIONAL =
      Pattern.compile("(?i:\\b(would|could|might|was to|were to)\\b|'d\\b|’d\\b)");
  private static final Pattern PAST =
      Pattern.compile(
          "(?i:\\b(\\p{L}+ed|said|told|was|were|had|did|met|made|gave|took|went|came|spent|began"
              + "|held|left|sent|won|became|brought|thought|saw|wrote|spoke|rose|fell|led|kept|ago"
              + "|yesterday|last)\\b)");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:—–“”\"]|\\s-\\s");

  enum Tense {
    PAST,
    FUTURE,
    NEAREST
  }

  /** A match before resolution: offsets are into the article text. */
  private record Found(
      int start, int end, LocalDate date, DateGranularity granularity, String how) {}

  @Override
  public List<TemporalExpression> extract(AnalyzedText text, LocalDate anchor) {
    List<TemporalExpression> out = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      for (Found found : inSentence(sentence, anchor)) {
        out.add(
            new TemporalExpression(
                new Mention(
                    text.text().substring(found.start, found.end),
                    text.articleId(),
                    found.start,
                    found.end),
                found.date,
                found.granularity,
                found.how));
      }
    }
    return out;
  }

  private List<Found> inSentence(Sentence sentence, LocalDate anchor) {
    String s = sentence.text();
    int base = sentence.start();
    List<Found> accepted = new ArrayList<>();

    for (Matcher m = ISO.matcher(s); m.find(); ) {
      LocalDate date =
          date(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      add(accepted, base, m, date, DateGranularity.DAY, "explicit date");
    }
    for (Matcher m = MONTH_DAY.matcher(s); m.find(); ) {
      dayMonth(accepted, base, m, m.group(1), m.group(2), m.group(3), anchor);
    }
    for (Matcher m = DAY_MONTH.matcher(s); m.find(); ) {
      dayMonth(accepted, base, m, m.group(2), m.group(1), m.group(3), anchor);
    }
    for (Matcher m = MONTH_RELATIVE_YEAR.matcher(s); m.find(); ) {
      if (anchor != null) {
        int year = anchor.getYear() + yearShift(m.group(2));
        add(
            accepted,
            base,
            m,
            LocalDate.of(year, month(m.group(1)), 1),
            DateGranularity.MONTH,
            "month of "
                + m.group(2).toLowerCase(Locale.ROOT)
                + " year relative to the anchor "
                + anchor);
      }
    }
    for (Matcher m = MONTH_YEAR.matcher(s); m.find(); ) {
      add(
          accepted,
          base,
          m,
          LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1),
          DateGranularity.MONTH,
          "explicit month");
    }
    for (Matcher m = SEASON_YEAR.matcher(s); m.find(); ) {
      add(
          accepted,
          base,
          m,
          seasonStart(m.group(1), Integer.parseInt(m.group(2))),
          DateGranularity.SEASON,
          "explicit season");
    }
    for (Matcher m = PREPOSITION_YEAR.matcher(s); m.find(); ) {
      String preposition = m.group(1).toLowerCase(Locale.ROOT);
      // "rose to 2000 troops", "a force of 1990 men": after these words a count is likelier
      if (COUNT_PREPOSITIONS.contains(preposition)
          && PLURAL_NOUN_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) {
        continue;
      }
      int start = m.start(2);
      if (m.group(1).equalsIgnoreCase("mid")
          || m.group(1).equalsIgnoreCase("early")
          || m.group(1).equalsIgnoreCase("late")) {
        start = m.start();
      }
      add(
          accepted,
          base,
          start,
          m.end(),
          LocalDate.of(Integer.parseInt(m.group(2)), 1, 1),
          DateGranularity.YEAR,
          "explicit year");
    }
    if (anchor != null) {
      relative(s, base, anchor, accepted);
    }
    accepted.sort(Comparator.comparingInt(Found::start));
    return accepted;
  }

  private void relative(String s, int base, LocalDate anchor, List<Found> accepted) {
    for (Matcher m = PREPOSITION_MONTH.matcher(s); m.find(); ) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      int month = month(m.group(2));
      Tense tense =
          switch (word) {
            case "last", "since", "after" -> Tense.PAST;
            case "next", "until", "till", "by" -> Tense.FUTURE;
            default -> tense(s, m.start(), m.end());
          };
      LocalDate date = monthNear(anchor, month, tense, word.equals("last") || word.equals("next"));
      int start = isPreposition(word) ? m.start(2) : m.start();
      add(
          accepted,
          base,
          start,
          m.end(),
          date,
          DateGranularity.MONTH,
          "month, " + describe(tense) + " the anchor " + anchor);
    }
    for (Matcher m = RELATIVE_SEASON.matcher(s); m.find(); ) {
      int shift = yearShift(m.group(1));
      LocalDate thisSeason = seasonStart(m.group(2), anchor.getYear());
      LocalDate date = thisSeason.plusYears(shift);
      if (shift == 0 && thisSeason.isAfter(anchor) && tense(s, m.start(), m.end()) == Tense.PAST) {
        date = thisSeason.minusYears(1);
      }
      add(
          accepted,
          base,
          m,
          date,
          DateGranularity.SEASON,
          "season relative to the anchor " + anchor);
    }
    for (Matcher m = WEEKDAY_PHRASE.matcher(s); m.find(); ) {
      weekday(s, base, m, anchor, accepted);
    }
    for (Matcher m = DAY_WORD.matcher(s); m.find(); ) {
      int shift =
          switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
          };
      add(
          accepted,
          base,
          m,
          anchor.plusDays(shift),
          DateGranularity.DAY,
          m.group(1).toLowerCase(Locale.ROOT) + " relative to the anchor " + anchor);
    }
    for (Matcher m = AGO.matcher(s); m.find(); ) {
      String numberText = m.group(1).toLowerCase(Locale.ROOT);
      // "a day ago": the article counts as one
      Integer word = NumberWords.value(numberText);
      if (numberText.equals("a") || numberText.equals("an")) {
        word = 1;
      }
      int n = word != null ? word : Integer.parseInt(numberText);
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      LocalDate date;
      DateGranularity granularity;
      switch (unit) {
        case "day" -> {
          date = anchor.minusDays(n);
          granularity = DateGranularity.DAY;
        }
        case "week" -> {
          date = anchor.minusWeeks(n).with(DayOfWeek.MONDAY);
          granularity = DateGranularity.WEEK;
        }
        case "month" -> {
          date = anchor.minusMonths(n).withDayOfMonth(1);
          granularity = DateGranularity.MONTH;
        }
        default -> {
          date = anchor.minusYears(n).withDayOfYear(1);
          granularity = DateGranularity.YEAR;
        }
      }
      add(accepted, base, m, date, granularity, n + " " + unit + "(s) before the anchor " + anchor);
    }
    for (Matcher m = RELATIVE_PERIOD.matcher(s); m.find(); ) {
      int shift = yearShift(m.group(1));
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      LocalDate date;
      DateGranularity granularity;
      switch (unit) {
        case "week" -> {
          date = anchor.plusWeeks(shift).with(DayOfWeek.MONDAY);
          granularity = DateGranularity.WEEK;
        }
        case "month" -> {
          date = anchor.plusMonths(shift).withDayOfMonth(1);
          granularity = DateGranularity.MONTH;
        }
        default -> {
          date = anchor.plusYears(shift).withDayOfYear(1);
          granularity = DateGranularity.YEAR;
        }
      }
      add(
          accepted,
          base,
          m,
          date,
          granularity,
          m.group(1).toLowerCase(Locale.ROOT) + " " + unit + " relative to the anchor " + anchor);
    }
  }

  private void weekday(String s, int base, Matcher m, LocalDate anchor, List<Found> accepted) {
    int end = m.end();
    // "the Sunday Times", "Black Friday Sales": a weekday inside a name is no date
    Matcher after = CAPITALISED_WORD.matcher(s).region(end, s.length());
    if (m.group(3) == null && after.lookingAt() && !MONTH_OR_I.matcher(after.group(1)).matches()) {
      return;
    }
    DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    int start = isPreposition(modifier) ? m.start(2) : m.start();
    // "Sunday, May 11th": the explicit date that follows decides; the weekday only checks it
    Found next = followingDay(accepted, base + end, s, end);
    if (next != null) {
      accepted.remove(next);
      String check =
          next.date.getDayOfWeek() == day
              ? "explicit date (the weekday agrees)"
              : "explicit date (the weekday disagrees: it is a "
                  + pretty(next.date.getDayOfWeek())
                  + ")";
      accepted.add(new Found(base + start, next.end, next.date, DateGranularity.DAY, check));
      return;
    }
    Tense tense =
        switch (modifier) {
          case "last", "past", "since" -> Tense.PAST;
          case "next", "coming", "until", "by" -> Tense.FUTURE;
          case "this" -> Tense.NEAREST;
          default -> tense(s, m.start(), m.end());
        };
    boolean strict = modifier.equals("last") || modifier.equals("next");
    LocalDate date = weekdayNear(anchor, day, tense, strict);
    String how =
        "weekday, "
            + describe(tense)
            + " the anchor "
            + anchor
            + (strict ? " (excluding the anchor day)" : "");
    add(accepted, base, start, end, date, DateGranularity.DAY, how);
  }

  private static Found followingDay(List<Found> accepted, int absoluteEnd, String s, int end) {
    Matcher gap = WEEKDAY_DATE_GAP.matcher(s).region(end, s.length());
    if (!gap.lookingAt()) {
      return null;
    }
    int dateStart = absoluteEnd + (gap.end() - end);
    for (Found found : accepted) {
      if (found.start == dateStart && found.granularity == DateGranularity.DAY) {
        return found;
      }
    }
    return null;
  }

  static LocalDate weekdayNear(LocalDate anchor, DayOfWeek day, Tense tense, boolean strict) {
    LocalDate onOrBefore = anchor.with(TemporalAdjusters.previousOrSame(day));
    LocalDate onOrAfter = anchor.with(TemporalAdjusters.nextOrSame(day));
    if (strict) {
      onOrBefore = anchor.with(TemporalAdjusters.previous(day));
      onOrAfter = anchor.with(TemporalAdjusters.next(day));
    }
    return switch (tense) {
      case PAST -> onOrBefore;
      case FUTURE -> onOrAfter;
      case NEAREST ->
          ChronoUnit.DAYS.between(onOrBefore, anchor) <= ChronoUnit.DAYS.between(anchor, onOrAfter)
              ? onOrBefore
              : onOrAfter;
    };
  }

  private static LocalDate monthNear(LocalDate anchor, int month, Tense tense, boolean strict) {
    LocalDate thisYear = LocalDate.of(anchor.getYear(), month, 1);
    LocalDate anchorMonth = anchor.withDayOfMonth(1);
    LocalDate before =
        thisYear.isAfter(anchorMonth) || (strict && thisYear.equals(anchorMonth))
            ? thisYear.minusYears(1)
            : thisYear;
    LocalDate after =
        thisYear.isBefore(anchorMonth) || (strict && thisYear.equals(anchorMonth))
            ? thisYear.plusYears(1)
            : thisYear;
    return switch (tense) {
      case PAST -> before;
      case FUTURE -> after;
      case NEAREST ->
          ChronoUnit.MONTHS.between(before, anchorMonth)
                  <= ChronoUnit.MONTHS.between(anchorMonth, after)
              ? before
              : after;
    };
  }

  /**
   * The tense of the clause around {@code [start, end)} of sentence {@code s}: the tense marker
   * nearest the expression decides ("said on Tuesday that she will visit" is past, "will visit on
   * Thursday, officials said" is future); no marker means past, news' default.
   */
  static Tense tense(String s, int start, int end) {
    int from = Math.max(0, start - 90);
    int to = Math.min(s.length(), end + 60);
    Matcher breaks = CLAUSE_BREAK.matcher(s);
    int clauseStart = from;
    int clauseEnd = to;
    while (breaks.find()) {
      if (breaks.end() <= start && breaks.end() > clauseStart) {
        clauseStart = breaks.end();
      }
      if (breaks.start() >= end && breaks.start() < clauseEnd) {
        clauseEnd = breaks.start();
      }
    }
    List<int[]> futures = markers(FUTURE, s, clauseStart, clauseEnd, start, end);
    Tense best = Tense.PAST;
    int bestDistance = Integer.MAX_VALUE;
    for (int[] marker : futures) {
      if (marker[2] < bestDistance) {
        best = Tense.FUTURE;
        bestDistance = marker[2];
      }
    }
    for (int[] marker : markers(CONDITIONAL, s, clauseStart, clauseEnd, start, end)) {
      if (marker[2] < bestDistance) {
        best = Tense.NEAREST;
        bestDistance = marker[2];
      }
    }
    for (int[] marker : markers(PAST, s, clauseStart, clauseEnd, start, end)) {
      boolean insideFuture = false;
      for (int[] future : futures) {
        insideFuture |= marker[0] < future[1] && future[0] < marker[1];
      }
      if (!insideFuture && marker[2] < bestDistance) {
        best = Tense.PAST;
        bestDistance = marker[2];
      }
    }
    return best;
  }

  /** Matches of {@code pattern} in the clause outside the expression: {start, end, distance}. */
  private static List<int[]> markers(
      Pattern pattern, String s, int clauseStart, int clauseEnd, int start, int end) {
    List<int[]> out = new ArrayList<>();
    Matcher m = pattern.matcher(s).region(clauseStart, clauseEnd);
    while (m.find()) {
      if (m.end() <= start) {
        out.add(new int[] {m.start(), m.end(), start - m.end()});
      } else if (m.start() >= end) {
        // a marker after the expression counts slightly less than one as close before it, and
        // much less behind a comma ("talks on Thursday, despite the storm"), though it
        // still decides when nothing precedes ("On Thursday, the mayor will be in Lyon")
        int distance = m.start() - end + 1;
        if (s.substring(end, m.start()).indexOf(',') >= 0) {
          distance += 40;
        }
        out.add(new int[] {m.start(), m.end(), distance});
      }
    }
    return out;
  }

  private void dayMonth(
      List<Found> accepted,
      int base,
      Matcher m,
      String monthText,
      String dayText,
      String yearText,
      LocalDate anchor) {
    int month = month(monthText);
    int day = Integer.parseInt(dayText);
    if (yearText != null) {
      add(
          accepted,
          base,
          m,
          date(Integer.parseInt(yearText), month, day),
          DateGranularity.DAY,
          "explicit date");
      return;
    }
    if (anchor == null) {
      return;
    }
    LocalDate best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      LocalDate candidate = date(year, month, day);
      if (candidate != null
          && (best == null
              || Math.abs(ChronoUnit.DAYS.between(anchor, candidate))
                  < Math.abs(ChronoUnit.DAYS.between(anchor, best)))) {
        best = candidate;
      }
    }
    add(
        accepted,
        base,
        m,
        best,
        DateGranularity.DAY,
        "explicit day and month, year nearest the anchor " + anchor);
  }

  private static void add(
      List<Found> accepted,
      int base,
      Matcher m,
      LocalDate date,
      DateGranularity granularity,
      String how) {
    add(accepted, base, m.start(), m.end(), date, granularity, how);
  }

  private static void add(
      List<Found> accepted,
      int base,
      int start,
      int end,
      LocalDate date,
      DateGranularity granularity,
      String how) {
    if (date == null || end <= start) {
      return;
    }
    int absoluteStart = base + start;
    int absoluteEnd = base + end;
    for (Found found : accepted) {
      if (absoluteStart < found.end && found.start < absoluteEnd) {
        return;
      }
    }
    accepted.add(new Found(absoluteStart, absoluteEnd, date, granularity, how));
  }

  private static boolean isPreposition(String word) {
    return switch (word) {
      case "in",
          "on",
          "since",
          "until",
          "till",
          "by",
          "from",
          "during",
          "through",
          "before",
          "after",
          "of",
          "around",
          "throughout",
          "between",
          "and",
          "to",
          "the",
          "year" ->
          true;
      default -> false;
    };
  }

  private static String describe(Tense tense) {
    return switch (tense) {
      case PAST -> "past tense: latest on or before";
      case FUTURE -> "future tense: first on or after";
      case NEAREST -> "conditional: nearest to";
    };
  }

  private static String pretty(DayOfWeek day) {
    String name = day.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static int yearShift(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    return switch (key.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month: " + name);
    };
  }

  private static LocalDate seasonStart(String season, int year) {
    return switch (season.toLowerCase(Locale.ROOT)) {
      case "spring" -> LocalDate.of(year, 3, 1);
      case "summer" -> LocalDate.of(year, 6, 1);
      case "autumn", "fall" -> LocalDate.of(year, 9, 1);
      // winter of a year: the December that opens it belongs to the previous year
      default -> LocalDate.of(year - 1, 12, 1);
    };
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
