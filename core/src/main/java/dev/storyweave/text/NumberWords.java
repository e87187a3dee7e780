package dev.storyweave.text;

import java.util.Locale;
import java.util.Map;

/**
 * English number words ("one" ... "twenty", the tens to "ninety", "hundred", "dozen") and their
 * values, for the stages that read counts, quantities and relative dates written out in words.
 * Thread-safe and immutable.
 */
public final class NumberWords {

  private static final Map<String, Integer> VALUES =
      Map.ofEntries(
          Map.entry("zero", 0),
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
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("dozen", 12));

  private NumberWords() {}

  /** The value of a number word in any case ("Twelve" is 12), or null when it is not one. */
  public static Integer value(String word) {
    return word == null ? null : VALUES.get(word.toLowerCase(Locale.ROOT));
  }
}
