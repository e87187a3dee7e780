package dev.storyweave.app.eval;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.provenance.DerivationDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyweave eval provenance --corpus DIR}: runs the derivation detector on each Clough &
 * Stevenson answer paired with its Wikipedia source, and reports how well it separates derived
 * answers (cut, light, heavy revision) from independent ones, which kind it gives each grade, and
 * which side it takes for the copy, next to the corpus' word-trigram containment baseline.
 */
@Command(
    name = "provenance",
    mixinStandardHelpOptions = true,
    description = "Derived-vs-independent detection and kinds on Clough & Stevenson.")
public final class ProvenanceEval implements Callable<Integer> {

  @Option(
      names = "--corpus",
      required = true,
      description = "the clough-stevenson folder (pairs.csv and corpus/)")
  Path corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One answer of the corpus with its source and grade. */
  record Pair(String answer, String source, String category, boolean derived, double baseline) {}

  /** Expected kinds by grade: a cut answer is a near copy of part of the source. */
  static boolean kindMatches(String category, DerivationKind kind) {
    return switch (category) {
      case "cut" ->
          kind == DerivationKind.NEAR_DUPLICATE
              || kind == DerivationKind.EXCERPT
              || kind == DerivationKind.DUPLICATE;
      case "light", "heavy" -> kind == DerivationKind.REWRITE;
      case "non" -> kind == null;
      default -> throw new IllegalArgumentException("unknown category: " + category);
    };
  }

  static List<Pair> readPairs(Path pairsCsv) throws IOException {
    List<Pair> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(pairsCsv);
    if (lines.isEmpty() || !lines.get(0).startsWith("answer_file,source_file")) {
      throw new IOException("not a clough-stevenson pairs.csv: " + pairsCsv);
    }
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",");
      out.add(new Pair(f[0], f[1], f[4], f[5].equals("1"), Double.parseDouble(f[6])));
    }
    return out;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Pair> pairs = readPairs(corpus.resolve("pairs.csv"));
    DerivationDetector detector = DerivationDetector.create();
    Map<String, StoryArticle> cache = new LinkedHashMap<>();
    List<Double> scoreDerived = new ArrayList<>();
    List<Double> scoreNon = new ArrayList<>();
    List<Double> mutualDerived = new ArrayList<>();
    List<Double> mutualNon = new ArrayList<>();
    List<Double> baseDerived = new ArrayList<>();
    List<Double> baseNon = new ArrayList<>();
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    int tp = 0;
    int tn = 0;
    int positives = 0;
    int negatives = 0;
    int kindRight = 0;
    int directionRight = 0;
    int detectedDerived = 0;
    long started = System.nanoTime();
    for (Pair pair : pairs) {
      StoryArticle answer = load(cache, pair.answer());
      StoryArticle source = load(cache, pair.source());
      double score = detector.explained(answer, source);
      List<Derivation> edges = detector.detect(List.of(answer, source));
      Derivation edge = edges.isEmpty() ? null : edges.get(0);
      DerivationKind kind = edge == null ? null : edge.kind();
      (pair.derived() ? scoreDerived : scoreNon).add(score);
      double mutual = Math.sqrt(score * detector.explained(source, answer));
      (pair.derived() ? mutualDerived : mutualNon).add(mutual);
      (pair.derived() ? baseDerived : baseNon).add(pair.baseline());
      if (pair.derived()) {
        positives++;
        if (edge != null) {
          tp++;
          detectedDerived++;
          if (edge.copy().equals(answer.id())) {
            directionRight++;
          }
        }
      } else {
        negatives++;
        if (edge == null) {
          tn++;
        }
      }
      if (kindMatches(pair.category(), kind)) {
        kindRight++;
      }
      confusion
          .computeIfAbsent(pair.category(), k -> new LinkedHashMap<>())
          .merge(kind == null ? "none" : kind.label(), 1, Integer::sum);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double auc = EvalMetrics.auc(scoreDerived, scoreNon);
    double mutualAuc = EvalMetrics.auc(mutualDerived, mutualNon);
    double baselineAuc = EvalMetrics.auc(baseDerived, baseNon);
    double threshold = EvalMetrics.bestThreshold(baseDerived, baseNon);
    int baseTp = (int) baseDerived.stream().filter(s -> s >= threshold).count();
    int baseTn = (int) baseNon.stream().filter(s -> s < threshold).count();
    double baselineAccuracy = (baseTp + baseTn) / (double) (baseDerived.size() + baseNon.size());
    double accuracy = (tp + tn) / (double) pairs.size();
    double kindAccuracy = kindRight / (double) pairs.size();
    double direction = EvalMetrics.ratio(directionRight, detectedDerived);

    out.printf(
        Locale.ROOT,
        "Clough & Stevenson: %d answers (%d derived, %d independent), %.1f s%n",
        pairs.size(),
        positives,
        negatives,
        seconds);
    out.printf(
        Locale.ROOT,
        "derived vs non   AUC %.3f answer explained by source, %.3f both ways (geometric mean)"
            + "   (baseline word-3-gram containment %.3f)%n",
        auc,
        mutualAuc,
        baselineAuc);
    out.printf(
        Locale.ROOT,
        "edge decision    accuracy %.3f  recall %.3f  specificity %.3f   "
            + "(baseline at its best threshold %.2f, tuned on this data: %.3f)%n",
        accuracy,
        EvalMetrics.ratio(tp, positives),
        EvalMetrics.ratio(tn, negatives),
        threshold,
        baselineAccuracy);
    out.printf(
        Locale.ROOT,
        "direction        answer taken as the copy in %.3f of detected derived pairs%n",
        direction);
    out.printf(
        Locale.ROOT,
        "kind accuracy    %.3f  (cut->near-duplicate/excerpt, light/heavy->rewrite, non->none)%n",
        kindAccuracy);
    out.println("kind confusion (rows: grade, columns: detected kind)");
    List<String> columns = new ArrayList<>(List.of("none"));
    for (DerivationKind k : DerivationKind.values()) {
      columns.add(k.label());
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-6s", ""));
    for (String c : columns) {
      header.append(String.format(Locale.ROOT, " %14s", c));
    }
    out.println(header);
    for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-6s", row.getKey()));
      for (String c : columns) {
        line.append(String.format(Locale.ROOT, " %14d", row.getValue().getOrDefault(c, 0)));
      }
      out.println(line);
    }
    out.printf(
        Locale.ROOT,
        "provenance: auc=%.3f mutual_auc=%.3f accuracy=%.3f kind_accuracy=%.3f direction=%.3f"
            + " baseline_auc=%.3f baseline_accuracy=%.3f pairs=%d%n",
        auc,
        mutualAuc,
        accuracy,
        kindAccuracy,
        direction,
        baselineAuc,
        baselineAccuracy,
        pairs.size());
    out.flush();
    return 0;
  }

  private StoryArticle load(Map<String, StoryArticle> cache, String file) throws IOException {
    StoryArticle cached = cache.get(file);
    if (cached == null) {
      String id = file.substring(0, file.lastIndexOf('.'));
      cached = EvalTexts.article(id, EvalTexts.read(corpus.resolve("corpus").resolve(file)));
      cache.put(file, cached);
    }
    return cached;
  }
}
