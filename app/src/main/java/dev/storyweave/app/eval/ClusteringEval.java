package dev.storyweave.app.eval;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import dev.storyweave.signals.ArticleSignals;
import dev.storyweave.signals.SentenceEmbedder;
import dev.storyweave.signals.SignalExtractor;
import dev.storyweave.stories.StoryAssigner;
import dev.storyweave.stories.StoryChange;
import dev.storyweave.stories.StorySettings;
import dev.storyweave.text.TextAnalyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyweave eval clustering --corpus ../shared/data/ecbplus}: online story clustering on
 * ECB+ with the sub-topic (one real-world event) as the gold story.
 *
 * <p>Each split's documents are shuffled with a fixed seed, which interleaves sub-topics and
 * topics, and streamed one by one through the same {@link StoryAssigner} that analyze uses. ECB+
 * has no publication dates, so the time window is off and the order is the only time there is.
 * Printed next to Storyweave: TF-IDF cosine clustered online in the same order with the threshold
 * tuned on the train split, and one story per topic (which knows the gold topic). Settings of
 * Storyweave are {@link StorySettings#defaults()}, tuned on train only, in stages: signal weights
 * and join threshold, then bridges, the merge name similarity and the split separation; {@code
 * --tune} repeats the name weight, split separation and join threshold around the defaults. Dev is
 * reported, never tuned on. Consolidation runs once, after the stream.
 */
@Command(
    name = "clustering",
    mixinStandardHelpOptions = true,
    description = "Online story clustering on ECB+ (gold story = sub-topic) next to baselines.")
public final class ClusteringEval implements Callable<Integer> {

  @Option(names = "--corpus", required = true, description = "ECB+ folder (with docs.tsv)")
  Path corpus;

  @Option(
      names = "--split",
      defaultValue = "all",
      description = "train, dev or all (both, reported separately; default ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--seed", defaultValue = "1", description = "stream shuffle seed")
  long seed;

  @Option(names = "--cache", description = "folder for an embedding cache (e.g. target/cache)")
  Path cache;

  @Option(names = "--tune", description = "grid-search the settings on the train split")
  boolean tune;

  @Option(names = "--verbose", description = "print the gold make-up of mixed or split stories")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One split, prepared once: stream order, signals, words, gold labels. */
  record Prepared(
      String name,
      List<ArticleSignals> signals,
      List<List<String>> words,
      Map<String, String> gold,
      Map<String, String> topics) {
    List<String> ids() {
      return signals.stream().map(ArticleSignals::articleId).toList();
    }
  }

  /** Scores of one clustering. */
  record Score(double p, double r, double f1, double ari, int stories, int gold) {
    static Score of(Map<String, String> predicted, Map<String, String> gold) {
      ClusteringMetrics.BCubed b = ClusteringMetrics.bCubed(predicted, gold);
      return new Score(
          b.precision(),
          b.recall(),
          b.f1(),
          ClusteringMetrics.adjustedRand(predicted, gold),
          ClusteringMetrics.clusters(predicted, gold),
          ClusteringMetrics.clusters(gold, gold));
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "b3_p=%.3f b3_r=%.3f b3_f1=%.3f ari=%.3f stories=%d gold=%d",
          p,
          r,
          f1,
          ari,
          stories,
          gold);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> splits = EcbPlusCorpus.splits(spec, corpus, split);
    List<EcbPlusCorpus.Document> docs = EcbPlusCorpus.read(corpus);
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    CachingSentenceEmbedder caching = null;
    if (cache != null) {
      caching =
          new CachingSentenceEmbedder(embedder, cache.resolve("embeddings-bge-small-en-v15-q.bin"));
      embedder = caching;
    }
    SignalExtractor extractor = SignalExtractor.create(embedder);
    long started = System.nanoTime();
    Prepared train = prepare("train", docs, extractor);
    Prepared dev = !splits.contains("dev") ? null : prepare("dev", docs, extractor);
    double signalSeconds = (System.nanoTime() - started) / 1e9;
    int prepared = train.signals.size() + (dev == null ? 0 : dev.signals.size());
    out.printf(
        Locale.ROOT,
        "ECB+ %s: %d documents, signals (text analysis, MinHash, names, BGE lead embedding) in"
            + " %.1f s%s%n",
        corpus,
        prepared,
        signalSeconds,
        caching == null
            ? ""
            : " (embedding cache: " + caching.hits() + " hits, " + caching.misses() + " new)");
    if (caching != null) {
      caching.save();
    }

    StorySettings settings = evalSettings(StorySettings.defaults());
    if (tune) {
      settings = tune(train, out);
    }
    TfIdfBaseline trainTfIdf = new TfIdfBaseline(train.ids(), train.words);
    double tfidfThreshold = bestThreshold(trainTfIdf, train.gold);
    out.printf(
        Locale.ROOT,
        "settings: %s%nTF-IDF threshold tuned on train: %.2f%n%n",
        settings,
        tfidfThreshold);

    Map<String, Score> trainScores = null;
    Map<String, Score> devScores = null;
    if (splits.contains("train")) {
      trainScores = evaluate(train, settings, trainTfIdf, tfidfThreshold, out);
    }
    if (dev != null) {
      devScores =
          evaluate(dev, settings, new TfIdfBaseline(dev.ids(), dev.words), tfidfThreshold, out);
    }
    Map<String, Score> last = devScores != null ? devScores : trainScores;
    StringBuilder line = new StringBuilder("clustering: split=");
    line.append(devScores != null ? "dev" : "train").append(' ');
    line.append(last.get("storyweave").line());
    line.append(String.format(Locale.ROOT, " tfidf_b3_f1=%.3f", last.get("tfidf").f1));
    line.append(String.format(Locale.ROOT, " topic_b3_f1=%.3f", last.get("topic").f1));
    if (devScores != null && trainScores != null) {
      Score t = trainScores.get("storyweave");
      line.append(
          String.format(
              Locale.ROOT,
              " train_b3_p=%.3f train_b3_r=%.3f train_b3_f1=%.3f train_ari=%.3f",
              t.p,
              t.r,
              t.f1,
              t.ari));
    }
    out.println(line);
    out.flush();
    return 0;
  }

  static StorySettings evalSettings(StorySettings base) {
    // No dates in ECB+: stream order is the only time, so no window and no time penalty.
    return base.toBuilder().timeWindowDays(0).build();
  }

  Prepared prepare(String name, List<EcbPlusCorpus.Document> docs, SignalExtractor extractor) {
    List<EcbPlusCorpus.Document> stream = new ArrayList<>();
    for (EcbPlusCorpus.Document d : docs) {
      if (d.split().equals(name)) {
        stream.add(d);
      }
    }
    Collections.shuffle(stream, new Random(seed));
    List<ArticleSignals> signals = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> topics = new LinkedHashMap<>();
    for (EcbPlusCorpus.Document d : stream) {
      AnalyzedText text = TextAnalyzer.english().analyze(d.id(), d.text());
      signals.add(extractor.extract(d.toArticle(), text));
      words.add(words(text));
      gold.put(d.id(), d.subtopic());
      topics.put(d.id(), "topic-" + d.topic());
    }
    return new Prepared(name, signals, words, gold, topics);
  }

  static List<String> words(AnalyzedText text) {
    List<String> words = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        if (t.normalized().chars().anyMatch(Character::isLetterOrDigit)) {
          words.add(t.normalized());
        }
      }
    }
    return words;
  }

  /** Online stories and consolidated stories of the stream. */
  static Map<String, String> run(Prepared p, StorySettings settings, List<StoryChange> changes) {
    try (StoryAssigner assigner = StoryAssigner.inMemory(settings)) {
      for (ArticleSignals s : p.signals) {
        assigner.assign(s);
      }
      if (changes != null) {
        changes.addAll(assigner.consolidate());
      }
      return assigner.storyOfArticle();
    }
  }

  private Map<String, Score> evaluate(
      Prepared p,
      StorySettings settings,
      TfIdfBaseline tfidf,
      double tfidfThreshold,
      PrintWriter out) {
    Map<String, Score> scores = new LinkedHashMap<>();
    long started = System.nanoTime();
    Map<String, String> online = run(p, settings, null);
    double seconds = (System.nanoTime() - started) / 1e9;
    List<StoryChange> changes = new ArrayList<>();
    Map<String, String> consolidated = run(p, settings, changes);
    scores.put("storyweave", Score.of(consolidated, p.gold));
    scores.put("online", Score.of(online, p.gold));
    scores.put("tfidf", Score.of(tfidf.cluster(tfidfThreshold), p.gold));
    scores.put("topic", Score.of(p.topics, p.gold));
    out.printf(
        Locale.ROOT,
        "%s topics: %d documents streamed (sub-topics interleaved, seed %d), assignment %.0f"
            + " articles/s, consolidation made %d merges%n",
        p.name,
        p.signals.size(),
        seed,
        p.signals.size() / seconds,
        changes.size());
    out.printf(
        Locale.ROOT,
        "  %-34s %6s %6s %6s %6s %7s%n",
        "",
        "B3 P",
        "B3 R",
        "B3 F1",
        "ARI",
        "stories");
    String[][] rows = {
      {"storyweave", "storyweave (online + consolidation)"},
      {"online", "storyweave (online only)"},
      {"tfidf", "baseline: TF-IDF cosine, online"},
      {"topic", "baseline: one story per topic"}
    };
    for (String[] row : rows) {
      Score s = scores.get(row[0]);
      out.printf(
          Locale.ROOT,
          "  %-34s %6.3f %6.3f %6.3f %6.3f %7d%n",
          row[1],
          s.p,
          s.r,
          s.f1,
          s.ari,
          s.stories);
    }
    out.printf(Locale.ROOT, "  gold stories (sub-topics): %d%n", scores.get("topic").gold);
    if (verbose) {
      Map<String, Map<String, Integer>> makeUp = new java.util.TreeMap<>();
      consolidated.forEach(
          (doc, story) ->
              makeUp
                  .computeIfAbsent(story, k -> new java.util.TreeMap<>())
                  .merge(p.gold.get(doc), 1, Integer::sum));
      makeUp.forEach(
          (story, gold) -> {
            if (gold.size() > 1) {
              out.printf(Locale.ROOT, "  mixed %s: %s%n", story, gold);
            }
          });
      Map<String, Map<String, Integer>> spread = new java.util.TreeMap<>();
      consolidated.forEach(
          (doc, story) ->
              spread
                  .computeIfAbsent(p.gold.get(doc), k -> new java.util.TreeMap<>())
                  .merge(story, 1, Integer::sum));
      spread.forEach(
          (gold, stories) -> {
            if (stories.size() > 1) {
              out.printf(Locale.ROOT, "  split %s: %s%n", gold, stories);
            }
          });
    }
    out.printf(Locale.ROOT, "clustering[%s]: %s%n%n", p.name, scores.get("storyweave").line());
    return scores;
  }

  static double bestThreshold(TfIdfBaseline tfidf, Map<String, String> gold) {
    double best = 0;
    double bestF1 = -1;
    for (int i = 1; i < 100; i++) {
      double t = i / 100.0;
      double f1 = ClusteringMetrics.bCubed(tfidf.cluster(t), gold).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  private static StorySettings tune(Prepared train, PrintWriter out) {
    StorySettings base = evalSettings(StorySettings.defaults());
    StorySettings best = base;
    double bestF1 = -1;
    out.println("tuning on train (B-cubed F1 after consolidation):");
    for (double names : new double[] {0.25, 0.5}) {
      for (double separation : new double[] {0.55, 0.61, 0.67}) {
        double rowBest = -1;
        double rowThreshold = 0;
        for (int i = 0; i <= 8; i++) {
          double threshold = 0.9 + i * 0.025;
          StorySettings s =
              base.toBuilder()
                  .nameWeight(names)
                  .splitSeparation(separation)
                  .joinThreshold(threshold)
                  .build();
          double f1 = Score.of(run(train, s, new ArrayList<>()), train.gold).f1;
          if (f1 > rowBest) {
            rowBest = f1;
            rowThreshold = threshold;
          }
          if (f1 > bestF1) {
            bestF1 = f1;
            best = s;
          }
        }
        out.printf(
            Locale.ROOT,
            "  nameWeight=%.2f splitSeparation=%.2f best joinThreshold=%.3f" + " b3_f1=%.3f%n",
            names,
            separation,
            rowThreshold,
            rowBest);
        out.flush();
      }
    }
    out.printf(Locale.ROOT, "best on train: b3_f1=%.3f %s%n", bestF1, best);
    return best;
  }
}
