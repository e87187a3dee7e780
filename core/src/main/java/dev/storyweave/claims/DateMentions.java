package dev.storyweave.claims;

import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextNormalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * A deliberately small resolver for the day-level dates that claims compare and that the briefing
 * timeline needs: ISO dates, "May 12", "12 May 2025", "May 11th", weekday names ("on Sunday",
 * "late Wednesday", "next Friday") and yesterday/today/tomorrow. Weekdays resolve within the week
 * around the article's reference date, forward when the sentence speaks of the future ("will",
 * "is expected to", "plans") and backward otherwise, which is how news copy uses them. Month-only
 * and year-only expressions are not days and are left out. When the timeline stage's extractor is
 * available the briefing prefers the story's own timeline; this class stays the fallback.
 */
/**
 * Finds day-level date expressions in a sentence and resolves them to absolute dates against a
 * reference date (the article's publication date, or the story's). Thread-safe; never throws on odd
 * text.
 */
public final class DateMentions {

  /**
   * One date expression; offsets are into the text that was scanned.
   *
   * @param date the resolved day; null only for a weekday name when there was no reference date
   * @param weekday whether the expression was a weekday name or yesterday/today/tomorrow
   */
  public record DateMention(int start, int end, String text, LocalDate date, boolean weekday) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
          + "|Dec\\.?)";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,? (\\d{4})\\b)?(?![-/])");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b(?: (\\d{4})\\b)?");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(last|next|this|coming) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
              + "|Sunday)s?\\b");
  private static final Pattern RELATIVE_DAY =
      Pattern.compile("\\b(yesterday|today|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(will|won't|'ll|'d|shall|is to|are to|is expected to|are expected to|plans? to"
              + "|scheduled|set to|is due|are due|upcoming)\\b",
          Pattern.CASE_INSENSITIVE);

  private DateMentions() {}

  /** Day-level dates in {@code text}, resolved against {@code reference} (may be null). */
  public static List<DateMention> find(String text, LocalDate reference) {
    String plain = TextNormalizer.plainPunctuation(text);
    List<DateMention> out = new ArrayList<>();
    Matcher m = ISO.matcher(plain);
    while (m.find()) {
      add(out, m, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3), reference), false);
    }
    m = MONTH_DAY.matcher(plain);
    while (m.find()) {
      add(out, m, date(m.group(3), month(m.group(1)), m.group(2), reference), false);
    }
    m = DAY_MONTH.matcher(plain);
    while (m.find()) {
      add(out, m, date(m.group(3), month(m.group(2)), m.group(1), reference), false);
    }
    m = WEEKDAY.matcher(plain);
    while (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      if (reference == null) {
        addWeekdayName(out, m);
        continue;
      }
      boolean future = future(plain, m.start(), m.end());
      LocalDate resolved =
          switch (modifier) {
            case "last" -> reference.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> reference.with(TemporalAdjusters.next(day));
            default ->
                future
                    ? reference.with(TemporalAdjusters.nextOrSame(day))
                    : reference.with(TemporalAdjusters.previousOrSame(day));
          };
      add(out, m, resolved, true);
    }
    if (reference != null) {
      m = RELATIVE_DAY.matcher(plain);
      while (m.find()) {
        int shift =
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
              case "yesterday" -> -1;
              case "tomorrow" -> 1;
              default -> 0;
            };
        add(out, m, reference.plusDays(shift), true);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static final Pattern REPORTED =
      Pattern.compile(
          "\\b(said|says|announced|told|wrote|stated|added|confirmed|reported|posted|declared"
              + "|tweeted)(?: (?:late|early|on|last))? *$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the weekday at [start, end) lies ahead: a future cue among the six words before it, or
   * among the five after it unless the weekday dates a reporting verb ("said on Tuesday that he
   * will ...", where the future belongs to the reported clause).
   */
  private static boolean future(String text, int start, int end) {
    String before = words(text, start, -6);
    if (FUTURE.matcher(before).find()) {
      return true;
    }
    if (REPORTED.matcher(before).find()) {
      return false;
    }
    // A future after "that" belongs to a reported clause, not to the day that dates the report.
    String after = words(text, end, 5);
    int that = after.indexOf(" that ");
    return FUTURE.matcher(that >= 0 ? after.substring(0, that) : after).find();
  }

  /** Up to {@code count} words before ({@code count < 0}) or after {@code offset}. */
  private static String words(String text, int offset, int count) {
    if (count < 0) {
      int from = offset;
      for (int words = 0; from > 0 && words <= -count; from--) {
        if (text.charAt(from - 1) == ' ') {
          words++;
        }
      }
      return text.substring(from, offset);
    }
    int to = offset;
    for (int words = 0; to < text.length() && words <= count; to++) {
      if (text.charAt(to) == ' ') {
        words++;
      }
    }
    return text.substring(offset, to);
  }

  private static void addWeekdayName(List<DateMention> out, Matcher m) {
    for (DateMention d : out) {
      if (d.start() < m.end() && m.start() < d.end()) {
        return;
      }
    }
    out.add(new DateMention(m.start(), m.end(), m.group(), null, true));
  }

  private static void add(List<DateMention> out, Matcher m, LocalDate date, boolean weekday) {
    if (date == null) {
      return;
    }
    for (DateMention d : out) {
      if (d.start() < m.end() && m.start() < d.end()) {
        return;
      }
    }
    out.add(new DateMention(m.start(), m.end(), m.group(), date, weekday));
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    return MONTHS.getOrDefault(key, 0);
  }

  private static LocalDate date(String year, int month, String day, LocalDate reference) {
    try {
      int d = Integer.parseInt(day);
      if (month < 1 || d < 1 || d > 31) {
        return null;
      }
      if (year != null) {
        return LocalDate.of(Integer.parseInt(year), month, d);
      }
      if (reference == null) {
        return null;
      }
      // Without a year, news means the occurrence nearest the reference date.
      LocalDate candidate = LocalDate.of(reference.getYear(), month, d);
      if (candidate.isAfter(reference.plusMonths(6))) {
        candidate = candidate.minusYears(1);
      } else if (candidate.isBefore(reference.minusMonths(6))) {
        candidate = candidate.plusYears(1);
      }
      return candidate;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The reference date of a story: the latest publication date of its articles, else the latest
   * full date (with a year) written in their texts, else null.
   */
  public static LocalDate storyReference(List<StoryArticle> story) {
    LocalDate best = null;
    for (StoryArticle a : story) {
      LocalDate p = a.article().published().value();
      if (p != null && (best == null || p.isAfter(best))) {
        best = p;
      }
    }
    if (best != null) {
      return best;
    }
    for (StoryArticle a : story) {
      String text = a.article().text();
      String head = text.length() > 4000 ? text.substring(0, 4000) : text;
      for (DateMention d : find(head, null)) {
        if (d.date() != null && (best == null || d.date().isAfter(best))) {
          best = d.date();
        }
      }
    }
    return best;
  }

  /** The reference date of one article: its publication date, else the story's. */
  public static LocalDate articleReference(StoryArticle article, LocalDate storyReference) {
    LocalDate p = article.article().published().value();
    return p != null ? p : storyReference;
  }
}
