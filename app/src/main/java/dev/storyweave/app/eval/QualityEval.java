package dev.storyweave.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Quality;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.quality.FluencyModel;
import dev.storyweave.quality.QualityScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyweave eval quality --corpus DIR}: scores every HT-vs-MT document on its own (a story
 * of one article) and reports how well the machine-translated flag and the fluency model tell DeepL
 * and Google translations from human ones, on the held-out {@code dev} split (WMT18) and on {@code
 * extra} (WMT08-17, the fluency model's training data), next to the published results. With {@code
 * --train FILE} it first retrains the fluency table on {@code extra} and writes it.
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = "Machine-translation flag and fluency model on HT-vs-MT.")
public final class QualityEval implements Callable<Integer> {

  @Option(names = "--corpus", required = true, description = "the ht-vs-mt folder (docs.jsonl)")
  Path corpus;

  @Option(
      names = "--train",
      description = "retrain the fluency table on the extra split and write it to this file")
  Path train;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One document of the corpus. */
  record Doc(String id, String split, String system, boolean machine, String text) {}

  /** One document's verdicts. */
  record Verdict(Doc doc, boolean flagged, double score, double likeness) {}

  static List<Doc> readDocs(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      out.add(
          new Doc(
              node.get("id").asText(),
              node.get("split").asText(),
              node.get("system").asText(),
              node.get("is_machine").asBoolean(),
              node.get("text").asText()));
    }
    return out;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Doc> docs = readDocs(corpus.resolve("docs.jsonl"));
    long started = System.nanoTime();
    List<StoryArticle> articles = new ArrayList<>();
    for (Doc doc : docs) {
      articles.add(EvalTexts.article(doc.id(), doc.text()));
    }
    FluencyModel fluency = FluencyModel.bundled();
    if (train != null) {
      List<AnalyzedText> human = new ArrayList<>();
      List<AnalyzedText> machine = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (docs.get(i).split().equals("extra")) {
          (docs.get(i).machine() ? machine : human).add(articles.get(i).text());
        }
      }
      fluency = FluencyModel.train(human, machine);
      try (Writer writer = Files.newBufferedWriter(train, StandardCharsets.UTF_8)) {
        fluency.write(writer);
      }
      out.printf(
          Locale.ROOT,
          "trained fluency table on extra (%d human, %d machine): %d n-grams -> %s%n",
          human.size(),
          machine.size(),
          fluency.size(),
          train);
    }
    QualityScorer scorer = QualityScorer.create();
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      StoryArticle article = articles.get(i);
      Quality quality = scorer.score(List.of(article)).get(article.id());
      verdicts.add(
          new Verdict(
              docs.get(i),
              quality.machineTranslated(),
              quality.score(),
              fluency.machineLikeness(article.text())));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "HT-vs-MT: %d documents, %.1f s (%.1f docs/s)%n",
        docs.size(),
        seconds,
        docs.size() / seconds);
    out.println(
        "published (WMT19 test, balanced accuracy): fine-tuned Longformer 0.81-0.85 on DeepL,"
            + " 0.62-0.64 on Google; DeBERTa-v3 sentence vote 0.67-0.76");
    Split dev = report(out, "dev", verdicts);
    Split extra = report(out, "extra", verdicts);
    out.printf(
        Locale.ROOT,
        "quality: dev_balanced_accuracy=%.3f dev_precision=%.3f dev_recall=%.3f"
            + " dev_score_auc=%.3f dev_fluency_auc=%.3f dev_fluency_balanced_accuracy=%.3f"
            + " extra_balanced_accuracy=%.3f"
            + " extra_fluency_auc=%.3f documents=%d%n",
        dev.balancedAccuracy,
        dev.precision,
        dev.recall,
        dev.scoreAuc,
        dev.fluencyAuc,
        dev.fluencyBalancedAccuracy,
        extra.balancedAccuracy,
        extra.fluencyAuc,
        docs.size());
    out.flush();
    return 0;
  }

  /** Metrics of one split. */
  record Split(
      double balancedAccuracy,
      double precision,
      double recall,
      double scoreAuc,
      double fluencyAuc,
      double fluencyBalancedAccuracy) {}

  static Split report(PrintWriter out, String split, List<Verdict> verdicts) {
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int positives = 0;
    int negatives = 0;
    List<Double> machineScore = new ArrayList<>();
    List<Double> humanScore = new ArrayList<>();
    List<Double> machineLike = new ArrayList<>();
    List<Double> humanLike = new ArrayList<>();
    int deeplFlagged = 0;
    int deepl = 0;
    int googleFlagged = 0;
    int google = 0;
    for (Verdict v : verdicts) {
      if (!v.doc().split().equals(split)) {
        continue;
      }
      if (v.doc().machine()) {
        positives++;
        tp += v.flagged() ? 1 : 0;
        // A lower quality score means more machine-like: negate it so higher = machine.
        machineScore.add(-v.score());
        machineLike.add(v.likeness());
        if (v.doc().system().equals("deepl")) {
          deepl++;
          deeplFlagged += v.flagged() ? 1 : 0;
        } else {
          google++;
          googleFlagged += v.flagged() ? 1 : 0;
        }
      } else {
        negatives++;
        fp += v.flagged() ? 1 : 0;
        tn += v.flagged() ? 0 : 1;
        humanScore.add(-v.score());
        humanLike.add(v.likeness());
      }
    }
    if (positives == 0 || negatives == 0) {
      out.printf(Locale.ROOT, "%s: no documents of both classes%n", split);
      return new Split(0, 0, 0, 0, 0, 0);
    }
    double balanced = EvalMetrics.balancedAccuracy(tp, positives, tn, negatives);
    double precision = EvalMetrics.ratio(tp, tp + fp);
    double recall = EvalMetrics.ratio(tp, positives);
    double scoreAuc = EvalMetrics.auc(machineScore, humanScore);
    double fluencyAuc = EvalMetrics.auc(machineLike, humanLike);
    double cut = FluencyModel.SEPARATING_LIKENESS;
    int likeTp = (int) machineLike.stream().filter(x -> x > cut).count();
    int likeTn = (int) humanLike.stream().filter(x -> x <= cut).count();
    out.printf(
        Locale.ROOT,
        "%-5s (%d human, %d machine)%n"
            + "  flag: balanced accuracy %.3f  precision %.3f  recall %.3f"
            + " (DeepL %.3f, Google %.3f)  false-positive rate %.3f%n"
            + "  quality score AUC %.3f; fluency likeness AUC %.3f,"
            + " balanced accuracy at likeness > %.3f: %.3f%n",
        split,
        negatives,
        positives,
        balanced,
        precision,
        recall,
        EvalMetrics.ratio(deeplFlagged, deepl),
        EvalMetrics.ratio(googleFlagged, google),
        EvalMetrics.ratio(fp, negatives),
        scoreAuc,
        fluencyAuc,
        cut,
        EvalMetrics.balancedAccuracy(likeTp, positives, likeTn, negatives));
    return new Split(
        balanced,
        precision,
        recall,
        scoreAuc,
        fluencyAuc,
        EvalMetrics.balancedAccuracy(likeTp, positives, likeTn, negatives));
  }
}
