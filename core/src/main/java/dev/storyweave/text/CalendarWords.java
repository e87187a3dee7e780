package dev.storyweave.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Lower-case English weekday and month names, from {@code java.time}, for the stages that must
 * treat them as dates rather than names or content words. Thread-safe and immutable.
 */
public final class CalendarWords {

  /** "monday" ... "sunday". */
  public static final Set<String> WEEKDAYS = names(DayOfWeek.values());

  /** "january" ... "december". */
  public static final Set<String> MONTHS = names(Month.values());

  private CalendarWords() {}

  /** Weekdays, months and {@code others}. */
  public static Set<String> weekdaysMonthsAnd(String... others) {
    return union(MONTHS, others);
  }

  /**
   * Weekdays, months except "may" (in lower case it is far more often the modal verb), and {@code
   * others}.
   */
  public static Set<String> weekdaysMonthsExceptMayAnd(String... others) {
    Set<String> months = new HashSet<>(MONTHS);
    months.remove("may");
    return union(months, others);
  }

  private static Set<String> union(Set<String> months, String... others) {
    Set<String> all = new HashSet<>(WEEKDAYS);
    all.addAll(months);
    Collections.addAll(all, others);
    return Set.copyOf(all);
  }

  private static Set<String> names(Enum<?>[] values) {
    Set<String> out = new HashSet<>();
    for (Enum<?> value : values) {
      String name =
          value instanceof DayOfWeek d
              ? d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              : ((Month) value).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      out.add(name.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
