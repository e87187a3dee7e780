package dev.storyweave.quality;

import dev.storyweave.model.Quality;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/*
 * Garbled and machine-translated news shows itself in a few ways a clean article of any genre
 * (a summary, a bullet list, a live blog) does not:
 *  - one name spelled several ways in the same article (the translator re-transliterates it at
 *    each mention);
 *  - a name spelled unlike every other source in the story, when the other sources agree;
 *  - a phrase doubled within a few words ("Moscow, Moscow", "tens of thousands of soldiers killed
 *    tens of thousands of soldiers");
 *  - sentence shapes (closed-class words and part-of-speech tags) that read like machine
 *    translation rather than human writing, under FluencyModel.
 * Each finding adds penalty points and the flag needs FLAG_POINTS of them, so a single odd
 * spelling (a typo, two people with close names) never flags an article. The fluency model is
 * weak evidence on one document (held-out AUC about 0.8 between human and machine translations):
 * it lowers the score continuously once a text is more machine-like than the likeness that best
 * separates held-out human from machine translations (0.015, three-fold cross-validation on
 * HT-vs-MT extra; the score halves at 0.026), but it adds flag points only when a text is less human-like than 95% (one point) or 99% (two points)
 * of held-out human translations.
 */
final class FluencyQualityScorer implements QualityScorer {

  private static final int MIN_FLUENCY_SENTENCES = 8;

  static final FluencyQualityScorer INSTANCE = new FluencyQualityScorer();

  /** Penalty points from which an article is flagged. */
  static final double FLAG_POINTS = 2.0;

  private static final double SPELLINGS_POINTS = 1.0;
  private static final double ODD_SPELLING_POINTS = 0.5;
  private static final double DOUBLED_PHRASE_POINTS = 0.5;
  private static final double DECAY = 0.35;

  private static final double LIKENESS_SLOPE = 100;
  static final double LIKENESS_UNUSUAL = 0.037;
  static final double LIKENESS_RARE = 0.052;
  private static final int DOUBLED_WINDOW = 10;
  private static final int MAX_EVIDENCE = 10;

  private FluencyQualityScorer() {}

  @Override
  public Map<String, Quality> score(List<StoryArticle> story) {
    FluencyModel fluency = FluencyModel.bundled();
    Map<String, Map<String, Integer>> names = new LinkedHashMap<>();
    Map<String, Double> likeness = new HashMap<>();
    for (StoryArticle article : story) {
      List<String[]> tags = FluencyModel.tags(article.text());
      names.put(article.id(), NameForms.names(article.text(), tags));
      likeness.put(article.id(), fluency.machineLikeness(article.text(), tags));
    }
    Map<String, Quality> out = new LinkedHashMap<>();
    for (StoryArticle article : story) {
      List<String> evidence = new ArrayList<>();
      double points = 0;
      for (Set<String> group : spellingGroups(names.get(article.id()).keySet())) {
        points += SPELLINGS_POINTS + 0.5 * (group.size() - 2);
        evidence.add("name spelled " + group.size() + " ways: " + String.join(", ", group));
      }
      for (String odd : oddSpellings(article.id(), names)) {
        points += ODD_SPELLING_POINTS;
        evidence.add(odd);
      }
      for (String doubled : doubledPhrases(article)) {
        points += DOUBLED_PHRASE_POINTS;
        evidence.add("doubled phrase: " + doubled);
      }
      // Sentence-shape statistics of a handful of sentences (a bullet summary, a brief) are
      // noise: below MIN_FLUENCY_SENTENCES the fluency model neither flags nor scores.
      boolean enoughText = article.text().sentences().size() >= MIN_FLUENCY_SENTENCES;
      double machineLike =
          enoughText ? likeness.get(article.id()) : FluencyModel.SEPARATING_LIKENESS - 1;
      if (machineLike >= LIKENESS_UNUSUAL) {
        points += machineLike >= LIKENESS_RARE ? 2 : 1;
        evidence.add(
            String.format(
                Locale.ROOT,
                "sentence shapes read as machine-translated (likeness %.3f)",
                machineLike));
      }
      double fluent =
          1 / (1 + Math.exp(LIKENESS_SLOPE * (machineLike - FluencyModel.SEPARATING_LIKENESS)));
      double score = Math.exp(-DECAY * points) * Math.min(1.0, 2 * fluent);
      out.put(
          article.id(),
          new Quality(
              Math.round(score * 1000) / 1000.0,
              points >= FLAG_POINTS,
              evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()))));
    }
    return out;
  }

  /** Groups of two or more forms of one article that are variants of one another. */
  static List<Set<String>> spellingGroups(Set<String> forms) {
    List<String> list = new ArrayList<>(forms);
    Map<String, String> parent = new HashMap<>();
    for (String f : list) {
      parent.put(f, f);
    }
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        if (NameForms.variants(list.get(i), list.get(j))) {
          parent.put(root(parent, list.get(i)), root(parent, list.get(j)));
        }
      }
    }
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (String f : list) {
      groups.computeIfAbsent(root(parent, f), k -> new TreeSet<>()).add(f);
    }
    List<Set<String>> out = new ArrayList<>();
    for (Set<String> g : groups.values()) {
      if (g.size() >= 2) {
        out.add(g);
      }
    }
    return out;
  }

  private static String root(Map<String, String> parent, String f) {
    String r = f;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /**
   * Names of {@code id} that no other article spells that way while at least two other articles
   * spell a variant of them.
   */
  static List<String> oddSpellings(String id, Map<String, Map<String, Integer>> names) {
    List<String> out = new ArrayList<>();
    for (String form : names.get(id).keySet()) {
      boolean usedElsewhere = false;
      Set<String> supporters = new HashSet<>();
      Set<String> alternatives = new TreeSet<>();
      for (Map.Entry<String, Map<String, Integer>> other : names.entrySet()) {
        if (other.getKey().equals(id)) {
          continue;
        }
        if (other.getValue().containsKey(form)) {
          usedElsewhere = true;
          break;
        }
        for (String candidate : other.getValue().keySet()) {
          if (NameForms.variants(form, candidate)) {
            supporters.add(other.getKey());
            alternatives.add(candidate);
          }
        }
      }
      if (!usedElsewhere && supporters.size() >= 2) {
        out.add(
            "name spelled unlike "
                + supporters.size()
                + " other sources: "
                + form
                + " (elsewhere "
                + String.join(", ", alternatives)
                + ")");
      }
    }
    return out;
  }

  /**
   * Word sequences repeated inside one sentence: an immediately repeated word, or a trigram
   * repeated within a few words.
   */
  static List<String> doubledPhrases(StoryArticle article) {
    List<String> out = new ArrayList<>();
    for (Sentence sentence : article.text().sentences()) {
      List<String> words = new ArrayList<>();
      for (Token token : sentence.tokens()) {
        if (!token.text().isEmpty() && Character.isLetterOrDigit(token.text().charAt(0))) {
          words.add(token.normalized());
        }
      }
      String found = null;
      for (int i = 1; i < words.size() && found == null; i++) {
        if (words.get(i).equals(words.get(i - 1)) && words.get(i).length() > 2) {
          found = words.get(i) + " " + words.get(i);
        }
      }
      Map<String, Integer> lastSeen = new HashMap<>();
      for (int i = 0; i + 3 <= words.size() && found == null; i++) {
        List<String> tri = words.subList(i, i + 3);
        if (contentWords(tri) < 2) {
          continue;
        }
        String key = String.join(" ", tri);
        Integer previous = lastSeen.put(key, i);
        if (previous != null && i - previous <= DOUBLED_WINDOW) {
          found = key;
        }
      }
      if (found != null) {
        out.add(found);
      }
    }
    return out;
  }

  private static int contentWords(List<String> words) {
    int n = 0;
    for (String w : words) {
      if (w.length() > 3) {
        n++;
      }
    }
    return n;
  }
}
