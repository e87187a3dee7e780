package dev.storyweave.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Publication dates as publishers write them: ISO dates and timestamps (meta tags, JSON-LD, JSONL),
 * RFC 1123 (RSS), and English prose dates ("May 15, 2025", "15 May 2025"). A timestamp's date is
 * taken in the offset it was written with: that is the date the publisher meant. Anything that
 * does not name a year is not a date here; the ingester never guesses a year.
 */
final class DateParsing {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");

  private DateParsing() {}

  /** A date from a machine-readable field (ISO, RFC 1123, or prose), else empty. */
  static Optional<LocalDate> parseField(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.isEmpty() || v.length() > 80) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeException ignored) {
      // not an offset timestamp; try the next form
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException ignored) {
      // not RFC 1123; try the next form
    }
    return findInText(v);
  }

  /** The first date written out in {@code text} with day, month and year, else empty. */
  static Optional<LocalDate> findInText(String text) {
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      LocalDate d = date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
      if (d != null) {
        best = d;
        bestAt = iso.start();
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    if (mdy.find() && mdy.start() < bestAt) {
      LocalDate d = date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
      if (d != null) {
        best = d;
        bestAt = mdy.start();
      }
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.find() && dmy.start() < bestAt) {
      LocalDate d = date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
      if (d != null) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int month(String name) {
    return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
  }

  private static LocalDate date(String year, int month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1800 || y > 2200) {
        return null;
      }
      return LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
