package dev.storyweave.app.eval;

import dev.storyweave.briefing.BriefingWriter;
import dev.storyweave.claims.ClaimBuilder;
import dev.storyweave.model.Article;
import dev.storyweave.model.Briefing;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import dev.storyweave.model.KeyPoint;
import dev.storyweave.model.Story;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/*
 * Each DUC cluster is treated as one story: its documents go through the claims stage (no
 * provenance edges: DUC documents are independent newswire) and the briefing writer, whose key
 * points, in rank order, are cut to 250 words and scored with ROUGE-1.5.5's DUC settings. The
 * writer is asked for up to 30 points so that the cut, not the point count, decides the length, as
 * for DUC's systems. The baseline is NIST's: the first 250 words of the most recent document.
 */
/** {@code storyweave eval summaries}: ROUGE of briefing key points on DUC 2005-2007 clusters. */
@Command(
    name = "summaries",
    mixinStandardHelpOptions = true,
    description =
        "ROUGE-1/2/SU4 recall of briefing key points (250 words) on DUC 2005-2007 clusters,"
            + " next to the lead baseline.")
public final class SummariesEval implements Callable<Integer> {

  @Option(names = "--corpus", required = true, description = "DUC-layout folder (docs/, models/)")
  Path corpus;

  @Option(names = "--focus", description = "steer selection with each cluster's topic question")
  boolean focus;

  @Option(names = "--limit", description = "evaluate only the first N clusters", defaultValue = "0")
  int limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<DucCorpus.Cluster> clusters = DucCorpus.read(corpus);
    if (limit > 0 && clusters.size() > limit) {
      clusters = clusters.subList(0, limit);
    }
    Rouge rouge = Rouge.duc();
    ClaimBuilder claims = ClaimBuilder.create();
    BriefingWriter writer = BriefingWriter.create(5, 30);
    double[] system = new double[3];
    double[] lead = new double[3];
    int scored = 0;
    for (DucCorpus.Cluster c : clusters) {
      if (c.references().isEmpty() || c.documents().isEmpty()) {
        out.printf(Locale.ROOT, "%s: skipped (no reference summaries or documents)%n", c.id());
        continue;
      }
      String peer = summary(c, claims, writer);
      Rouge.Scores s = rouge.score(peer, c.references());
      Rouge.Scores l = rouge.score(leadBaseline(c), c.references());
      system[0] += s.rouge1();
      system[1] += s.rouge2();
      system[2] += s.rougeSu4();
      lead[0] += l.rouge1();
      lead[1] += l.rouge2();
      lead[2] += l.rougeSu4();
      scored++;
      out.printf(
          Locale.ROOT,
          "%s: docs=%d refs=%d rouge1=%.4f rouge2=%.4f rougesu4=%.4f | lead rouge2=%.4f%n",
          c.id(),
          c.documents().size(),
          c.references().size(),
          s.rouge1(),
          s.rouge2(),
          s.rougeSu4(),
          l.rouge2());
      out.flush();
    }
    int n = Math.max(1, scored);
    out.printf(
        Locale.ROOT,
        "%nROUGE recall, %d clusters, 250 words, Porter stemming, jackknifed:%n",
        scored);
    out.printf(Locale.ROOT, "%-22s %8s %8s %8s%n", "", "ROUGE-1", "ROUGE-2", "ROUGE-SU4");
    out.printf(
        Locale.ROOT,
        "%-22s %8.4f %8.4f %8.4f%n",
        focus ? "storyweave (focused)" : "storyweave",
        system[0] / n,
        system[1] / n,
        system[2] / n);
    out.printf(
        Locale.ROOT,
        "%-22s %8.4f %8.4f %8.4f%n",
        "lead baseline",
        lead[0] / n,
        lead[1] / n,
        lead[2] / n);
    out.println("published DUC 2006: best system ROUGE-2 0.095, NIST lead baseline 0.049");
    out.printf(
        Locale.ROOT,
        "summaries: rouge1=%.4f rouge2=%.4f rougesu4=%.4f lead_rouge2=%.4f clusters=%d%n",
        system[0] / n,
        system[1] / n,
        system[2] / n,
        lead[1] / n,
        scored);
    out.flush();
    return 0;
  }

  /** The briefing's key points of the cluster, in rank order, joined. */
  String summary(DucCorpus.Cluster c, ClaimBuilder claims, BriefingWriter writer) {
    List<StoryArticle> articles = articles(c);
    ClaimAnalysis analysis = claims.analyze(articles, List.of(), List.of(), List.of());
    Story story =
        new Story(
            c.id(),
            null,
            articles.stream().map(StoryArticle::id).toList(),
            List.of(),
            List.of(),
            List.of(),
            analysis.claims(),
            List.of(),
            List.of());
    Briefing b =
        writer.write(
            story,
            articles,
            analysis.claims(),
            analysis.conflicts(),
            Map.of(),
            focus ? c.focus() : null);
    StringBuilder text = new StringBuilder();
    for (KeyPoint k : b.keyPoints()) {
      text.append(k.text().replaceAll("\\s+", " ")).append('\n');
    }
    return text.toString();
  }

  static List<StoryArticle> articles(DucCorpus.Cluster c) {
    List<StoryArticle> out = new ArrayList<>();
    for (DucCorpus.Document d : c.documents()) {
      if (d.text().isBlank()) {
        continue;
      }
      Article a =
          new Article(
              d.docno(),
              c.id() + "/" + d.docno(),
              null,
              Integer.toHexString(d.text().hashCode()),
              Inferred.of(d.headline(), Inference.META),
              Inferred.none(),
              Inferred.none(),
              Inferred.none(),
              Inferred.of(d.date(), Inference.META),
              Inferred.of("en", Inference.META),
              d.text());
      out.add(new StoryArticle(a, TextAnalyzer.english().analyze(a.id(), a.text())));
    }
    return out;
  }

  /** NIST's baseline: the most recent document's first 250 words. */
  static String leadBaseline(DucCorpus.Cluster c) {
    DucCorpus.Document latest =
        c.documents().stream()
            .max(
                Comparator.comparing(
                        (DucCorpus.Document d) -> d.date(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(DucCorpus.Document::docno))
            .orElseThrow();
    return latest.text();
  }
}
