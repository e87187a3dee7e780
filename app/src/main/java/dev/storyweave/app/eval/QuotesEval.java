package dev.storyweave.app.eval;

import dev.storyweave.app.eval.AttributionScorer.Counts;
import dev.storyweave.app.eval.AttributionScorer.Predicted;
import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Mention;
import dev.storyweave.model.QuoteMention;
import dev.storyweave.model.Span;
import dev.storyweave.quotes.QuoteExtractor;
import dev.storyweave.text.TextAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/*
 * Direct-quote attribution on PolNeAR. "Direct quote" here: a gold attribution whose content
 * contains at least half of a span of three or more words between double quotation marks (or is
 * such a span). Short quoted fragments (scare quotes, one-word quotes) are left out on both sides:
 * the system's quotes of fewer than three words are not scored either. Scores are P/R/F1 over
 * (content, source) pairs with overlap matching, and over content alone. The headline pair score
 * counts every direct quote the system outputs: a quote it gives no speaker is the pair (content,
 * no source), right only when the gold attribution has no source either, so a missed speaker costs
 * precision as well as recall, as it would for a reader of the report. The score over the quotes
 * given a speaker only (abstaining costs recall, not precision) is printed beside it. The baseline takes every
 * quoted span of three or more words and gives it the nearest capitalised word run outside
 * quotes in its paragraph as source. Rules were tuned on train only; dev is the held-out figure.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Direct-quote attribution on PolNeAR: (content, source) P/R/F1 vs a baseline.")
public final class QuotesEval implements Runnable {

  static final int MIN_WORDS = 3;
  static final double ANNOTATOR_AGREEMENT = 0.923;

  @Option(names = "--corpus", required = true, description = "PolNeAR directory (train/, dev/).")
  Path corpus;

  @Option(
      names = "--split",
      description = "train or dev; both when omitted (the last line reports dev).")
  String split;

  @Option(
      names = "--errors",
      description = "Print up to N attribution errors per split (for error analysis on train).")
  int errors;

  @Option(
      names = "--dump",
      description =
          "Write every scored prediction to FILE.<split> as TSV (split, article, content"
              + " start-end;..., source start-end or -), for error analysis outside the eval.")
  Path dump;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Pair and content-only counts of one system on one split. */
  record Result(Counts pairs, Counts attributed, Counts content, int documents) {}

  @Override
  public void run() {
    List<String> splits;
    if (split == null) {
      splits = List.of("train", "dev");
    } else if (split.equals("train") || split.equals("dev")) {
      splits = List.of(split);
    } else {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--split must be train or dev: " + split);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("PolNeAR direct-quote attribution (overlap matching, one annotator per article)");
    out.println(
        "direct quote = gold attribution whose content holds >= half of a double-quoted span of >= "
            + MIN_WORDS
            + " words; system quotes under "
            + MIN_WORDS
            + " words are not scored; pairs score every quote (a quote without speaker is the pair"
            + " (content, none)), attributed pairs only the quotes given a speaker");
    out.printf(
        Locale.ROOT,
        "%-6s %-24s %5s %22s %22s %22s%n",
        "split",
        "system",
        "docs",
        "pairs P / R / F1",
        "attributed P / R / F1",
        "content P / R / F1");
    Map<String, Result> system = new LinkedHashMap<>();
    for (String s : splits) {
      List<PolnearCorpus.Document> docs = PolnearCorpus.read(corpus, s);
      Result ours = evaluate(docs, true);
      if (dump != null) {
        writePredictions(dump.resolveSibling(dump.getFileName() + "." + s), s, docs);
      }
      if (errors > 0) {
        printErrors(out, docs, errors);
      }
      Result baseline = evaluate(docs, false);
      system.put(s, ours);
      print(out, s, "storyweave", ours);
      print(out, s, "baseline (nearest name)", baseline);
    }
    out.printf(
        Locale.ROOT,
        "reference: PolNeAR inter-annotator attribution agreement %.3f%n",
        ANNOTATOR_AGREEMENT);
    Result last = system.get(splits.get(splits.size() - 1));
    out.printf(
        Locale.ROOT,
        "quotes: p=%.3f r=%.3f f1=%.3f attributed_f1=%.3f content_f1=%.3f split=%s"
            + " pairs_tp=%d pairs_fp=%d pairs_fn=%d%n",
        last.pairs().precision(),
        last.pairs().recall(),
        last.pairs().f1(),
        last.attributed().f1(),
        last.content().f1(),
        splits.get(splits.size() - 1),
        last.pairs().tp(),
        last.pairs().fp(),
        last.pairs().fn());
    out.flush();
  }

  private static void writePredictions(Path file, String split, List<PolnearCorpus.Document> docs) {
    StringBuilder out = new StringBuilder();
    for (PolnearCorpus.Document doc : docs) {
      for (Predicted p : predict(doc)) {
        out.append(split).append('\t').append(doc.id()).append('\t');
        for (Span c : p.content()) {
          out.append(c.start()).append(' ').append(c.end()).append(';');
        }
        out.append('\t')
            .append(p.source() == null ? "-" : p.source().start() + " " + p.source().end())
            .append('\n');
      }
    }
    try {
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write predictions to " + file, e);
    }
  }

  private static void printErrors(PrintWriter out, List<PolnearCorpus.Document> docs, int limit) {
    int printed = 0;
    for (PolnearCorpus.Document doc : docs) {
      if (printed >= limit) {
        return;
      }
      List<Span> quoted = AttributionScorer.quotedSpans(doc.text(), MIN_WORDS);
      List<PolnearCorpus.Attribution> gold =
          doc.attributions().stream().filter(a -> AttributionScorer.isDirect(a, quoted)).toList();
      List<Predicted> predicted = predict(doc);
      boolean[] matched = new boolean[gold.size()];
      for (Predicted p : predicted) {
        int best = -1;
        int bestOverlap = 0;
        for (int g = 0; g < gold.size(); g++) {
          int overlap = AttributionScorer.overlap(p.content(), gold.get(g).content());
          if (!matched[g] && overlap > bestOverlap) {
            best = g;
            bestOverlap = overlap;
          }
        }
        String content = clip(doc.text(), p.content().get(0));
        if (best < 0) {
          out.println(
              "FP  " + doc.id() + " | " + content + " | src=" + clip(doc.text(), p.source()));
          printed++;
        } else {
          matched[best] = true;
          Span goldSource = gold.get(best).source();
          if (!AttributionScorer.sourcesMatch(p.source(), goldSource)) {
            out.println(
                "SRC "
                    + doc.id()
                    + " | "
                    + content
                    + " | src="
                    + clip(doc.text(), p.source())
                    + " gold="
                    + clip(doc.text(), goldSource));
            printed++;
          }
        }
      }
      for (int g = 0; g < gold.size(); g++) {
        if (!matched[g]) {
          out.println(
              "FN  "
                  + doc.id()
                  + " | "
                  + clip(doc.text(), gold.get(g).content().get(0))
                  + " | gold="
                  + clip(doc.text(), gold.get(g).source()));
          printed++;
        }
      }
    }
  }

  private static String clip(String text, Span span) {
    if (span == null) {
      return "-";
    }
    String s = text.substring(span.start(), Math.min(span.end(), text.length())).replace('\n', ' ');
    return s.length() > 70 ? s.substring(0, 70) + "..." : s;
  }

  private static void print(PrintWriter out, String split, String name, Result r) {
    out.printf(
        Locale.ROOT,
        "%-6s %-24s %5d   %.3f / %.3f / %.3f    %.3f / %.3f / %.3f    %.3f / %.3f / %.3f%n",
        split,
        name,
        r.documents(),
        r.pairs().precision(),
        r.pairs().recall(),
        r.pairs().f1(),
        r.attributed().precision(),
        r.attributed().recall(),
        r.attributed().f1(),
        r.content().precision(),
        r.content().recall(),
        r.content().f1());
  }

  static Result evaluate(List<PolnearCorpus.Document> docs, boolean storyweave) {
    Counts pairs = Counts.ZERO;
    Counts attributedPairs = Counts.ZERO;
    Counts content = Counts.ZERO;
    for (PolnearCorpus.Document doc : docs) {
      List<Span> quoted = AttributionScorer.quotedSpans(doc.text(), MIN_WORDS);
      List<PolnearCorpus.Attribution> gold = new ArrayList<>();
      for (PolnearCorpus.Attribution a : doc.attributions()) {
        if (AttributionScorer.isDirect(a, quoted)) {
          gold.add(a);
        }
      }
      List<Predicted> predicted = storyweave ? predict(doc) : baseline(doc.text(), quoted);
      List<Predicted> attributed = predicted.stream().filter(p -> p.source() != null).toList();
      pairs = pairs.plus(AttributionScorer.score(gold, predicted, true));
      attributedPairs = attributedPairs.plus(AttributionScorer.score(gold, attributed, true));
      content = content.plus(AttributionScorer.score(gold, predicted, false));
    }
    return new Result(pairs, attributedPairs, content, docs.size());
  }

  /** Storyweave's direct quotes, the halves of a split quote (same cue) joined. */
  static List<Predicted> predict(PolnearCorpus.Document doc) {
    AnalyzedText analyzed = TextAnalyzer.english().analyze(doc.id(), doc.text());
    Map<Object, List<QuoteMention>> byStatement = new LinkedHashMap<>();
    for (QuoteMention m : QuoteExtractor.english().extract(analyzed)) {
      if (!m.direct()) {
        continue;
      }
      Object key = m.cue() != null ? m.cue() : m.content();
      byStatement.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Predicted> out = new ArrayList<>();
    for (List<QuoteMention> statement : byStatement.values()) {
      List<Span> content = new ArrayList<>();
      int words = 0;
      for (QuoteMention m : statement) {
        content.add(span(m.content()));
        words += AttributionScorer.words(doc.text(), m.content().start(), m.content().end());
      }
      if (words < MIN_WORDS) {
        continue;
      }
      Mention speaker = statement.get(0).speaker();
      out.add(new Predicted(content, speaker == null ? null : span(speaker)));
    }
    return out;
  }

  /** Every quoted span with the nearest capitalised word run of its paragraph as source. */
  static List<Predicted> baseline(String text, List<Span> quoted) {
    List<Predicted> out = new ArrayList<>();
    for (Span q : quoted) {
      int paraStart = text.lastIndexOf('\n', q.start()) + 1;
      int paraEnd = text.indexOf('\n', q.end());
      if (paraEnd < 0) {
        paraEnd = text.length();
      }
      Span best = null;
      int bestDistance = Integer.MAX_VALUE;
      int i = paraStart;
      while (i < paraEnd) {
        if (isCapitalStart(text, i) && !insideAny(quoted, i)) {
          int j = i;
          while (j < paraEnd && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
            j++;
            if (j + 1 < paraEnd && text.charAt(j) == ' ' && isCapitalStart(text, j + 1)) {
              j++;
            }
          }
          int distance = j <= q.start() ? q.start() - j : i - q.end();
          if (distance >= 0 && distance < bestDistance) {
            bestDistance = distance;
            best = new Span(i, j);
          }
          i = j + 1;
        } else {
          i++;
        }
      }
      out.add(new Predicted(List.of(q), best));
    }
    return out;
  }

  private static boolean isCapitalStart(String text, int i) {
    return Character.isUpperCase(text.charAt(i))
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  private static boolean insideAny(List<Span> spans, int i) {
    for (Span s : spans) {
      if (s.start() - 1 <= i && i <= s.end()) {
        return true;
      }
    }
    return false;
  }

  private static Span span(Mention m) {
    return new Span(m.start(), m.end());
  }
}
