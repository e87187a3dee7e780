package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.signals.ArticleSignals;
import dev.storyweave.signals.SignalExtractor;
import dev.storyweave.stories.StoryAssigner;
import dev.storyweave.stories.StorySettings;
import dev.storyweave.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two events of one kind in one ECB+ train topic (topic 28: the deaths of two figures of one old
 * political scandal, reported years apart): the reports share the scandal's names and words, and
 * only their protagonist, places and figures differ. They must become two stories.
 */
class SameKindEventsClusteringTest {

  private static final int TOPIC = 28;

  @Test
  void twoDeathsInOneScandalBecomeTwoStories() {
    Map<String, String> gold = new LinkedHashMap<>();
    List<ArticleSignals> stream = topicStream(TOPIC, gold);
    StorySettings ranked = ClusteringEval.evalSettings(StorySettings.defaults());
    // What the assigner did before: unranked keys, no figures in the score or the split.
    StorySettings unranked =
        ranked.toBuilder()
            .nameRankDecay(0)
            .termRankDecay(0)
            .figureWeight(0)
            .splitFigureWeight(0)
            .build();
    double f1 = ClusteringMetrics.bCubed(cluster(stream, ranked), gold).f1();
    double unrankedF1 = ClusteringMetrics.bCubed(cluster(stream, unranked), gold).f1();
    System.out.printf(
        "ECB+ topic %d: B3 F1 %.3f with ranked keys and figures, %.3f without%n",
        TOPIC, f1, unrankedF1);
    Map<String, String> stories = cluster(stream, ranked);
    assertThat(majorityStory(stories, gold, TOPIC + "ecb"))
        .isNotEqualTo(majorityStory(stories, gold, TOPIC + "ecbplus"));
    assertThat(f1).isGreaterThanOrEqualTo(FLOOR).isGreaterThanOrEqualTo(unrankedF1);
  }

  /**
   * ECB+ train topic 26 (the deaths of two Mafia figures years apart): each event's reports name
   * many people and places besides the victim, so the two halves of one event share few names.
   * Comparing the halves' name overlap alone split one event in two; comparing it with how well
   * each half holds together keeps every event whole and still parts the two.
   */
  @Test
  void oneEventNamingManySidePeopleStaysOneStory() {
    Map<String, String> gold = new LinkedHashMap<>();
    List<ArticleSignals> stream = topicStream(26, gold);
    Map<String, String> stories =
        cluster(stream, ClusteringEval.evalSettings(StorySettings.defaults()));
    for (String event : List.of("26ecb", "26ecbplus")) {
      long inMajority =
          gold.entrySet().stream()
              .filter(e -> e.getValue().equals(event))
              .filter(e -> stories.get(e.getKey()).equals(majorityStory(stories, gold, event)))
              .count();
      long size = gold.values().stream().filter(event::equals).count();
      assertThat(inMajority).as(event + " in one story").isGreaterThanOrEqualTo(size - 1);
    }
    assertThat(majorityStory(stories, gold, "26ecb"))
        .isNotEqualTo(majorityStory(stories, gold, "26ecbplus"));
  }

  private static List<ArticleSignals> topicStream(int topic, Map<String, String> gold) {
    List<EcbPlusCorpus.Document> docs = new ArrayList<>();
    for (EcbPlusCorpus.Document d : EcbPlusCorpus.read(EcbPlusCorpusTest.corpus())) {
      if (d.topic() == topic) {
        docs.add(d);
      }
    }
    Collections.shuffle(docs, new Random(1));
    SignalExtractor extractor = SignalExtractor.create();
    List<ArticleSignals> stream = new ArrayList<>();
    for (EcbPlusCorpus.Document d : docs) {
      AnalyzedText text = TextAnalyzer.english().analyze(d.id(), d.text());
      stream.add(extractor.extract(d.toArticle(), text));
      gold.put(d.id(), d.subtopic());
    }
    return stream;
  }

  private static Map<String, String> cluster(List<ArticleSignals> stream, StorySettings settings) {
    try (StoryAssigner assigner = StoryAssigner.inMemory(settings)) {
      for (ArticleSignals s : stream) {
        assigner.assign(s);
      }
      assigner.consolidate();
      return assigner.storyOfArticle();
    }
  }

  private static String majorityStory(
      Map<String, String> stories, Map<String, String> gold, String subtopic) {
    Map<String, Integer> counts = new HashMap<>();
    gold.forEach(
        (doc, g) -> {
          if (g.equals(subtopic)) {
            counts.merge(stories.get(doc), 1, Integer::sum);
          }
        });
    return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
  }

  // Observed 1.000 with the defaults. Unranked keys without figures gave 0.667 (one story) while
  // the split compared the halves' name overlap alone; with the separation test they reach 1.000.
  private static final double FLOOR = 0.85;
}
