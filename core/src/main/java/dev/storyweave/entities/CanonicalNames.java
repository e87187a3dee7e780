package dev.storyweave.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The canonical name of an entity from its written forms, shared by the in-story resolver and the
 * store-wide linker so a story and the store name an entity alike: the best-attested full form.
 * Forms are ranked, in order, by being a full name (two to five words), not being shouted in
 * capitals, how much the other forms back its words, how often it is written, being introduced with
 * a title ("Prime Minister Ann Lee": an outlet's careful first mention, which a garbled copy tends
 * to lose), and its length.
 */
final class CanonicalNames {

  private CanonicalNames() {}

  /**
   * The best form among {@code formCounts} (form to times written), with {@code words} splitting a
   * form into comparable words.
   *
   * @throws IllegalArgumentException when there is no form
   */
  static String best(Map<String, Integer> formCounts, Function<String, List<String>> words) {
    return best(formCounts, words, Set.of());
  }

  /** As {@link #best(Map, Function)}, preferring on a tie in use a form in {@code titled}. */
  static String best(
      Map<String, Integer> formCounts, Function<String, List<String>> words, Set<String> titled) {
    if (formCounts.isEmpty()) {
      throw new IllegalArgumentException("no forms to choose a canonical name from");
    }
    Map<String, Integer> wordUse = new HashMap<>();
    for (Map.Entry<String, Integer> form : formCounts.entrySet()) {
      for (String word : Set.copyOf(words.apply(form.getKey().strip()))) {
        wordUse.merge(word, form.getValue(), Integer::sum);
      }
    }
    String best = null;
    double[] bestScore = null;
    for (Map.Entry<String, Integer> form : formCounts.entrySet()) {
      String text = form.getKey().strip();
      List<String> formWords = words.apply(text);
      double support = 0;
      for (String word : formWords) {
        support += wordUse.getOrDefault(word, 0);
      }
      support /= Math.max(1, formWords.size());
      boolean shouting = text.length() > 4 && text.equals(text.toUpperCase(Locale.ROOT));
      double[] score = {
        formWords.size() >= 2 && formWords.size() <= 5 ? 1 : 0,
        shouting ? 0 : 1,
        support,
        form.getValue(),
        titled.contains(text) ? 1 : 0,
        text.length()
      };
      if (bestScore == null || compare(score, bestScore) > 0) {
        best = text;
        bestScore = score;
      }
    }
    return best;
  }

  private static int compare(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      int c = Double.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
