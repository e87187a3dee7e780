package dev.storyweave.app.bench;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.provenance.DerivationDetector;
import dev.storyweave.provenance.Detection;
import dev.storyweave.signals.SentenceEmbedder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/*
 * One large synthetic story for provenance: real articles (all PolNeAR texts cover the 2016 US
 * election, so they read like one long-running story: same people, same phrases, independent
 * writing) plus planted copies of some of them, each a different kind of reuse: the same text
 * under a new first sentence, the first half (an excerpt), and about 60% of the sentences in
 * order (a cut-down rewrite). Planted copies must come out linked to their originals; the figures
 * are pairs aligned against all pairs, wall time, and how many planted copies were found. Sentence
 * embeddings are computed (or read from the cache) before timing, so the time is that of the
 * pre-filter and the alignments alone.
 */
final class ProvenanceBench {

  private static final int MAX_SENTENCES = 15;

  private record Planted(String copy, String source, String kind) {}

  private ProvenanceBench() {}

  static void run(
      List<String> texts,
      int articles,
      boolean exhaustive,
      long seed,
      SentenceEmbedder embedder,
      Runnable saveCache,
      BiFunction<String, String, StoryArticle> articleOf,
      PrintWriter out) {
    Random random = new Random(seed);
    int plantedCount = Math.max(3, articles / 20);
    int originals = articles - plantedCount;
    if (originals > texts.size()) {
      throw new IllegalArgumentException(
          "--provenance " + articles + " needs " + originals + " base texts, only " + texts.size());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    List<StoryArticle> story = new ArrayList<>();
    for (int i = 0; i < originals; i++) {
      // The first MAX_SENTENCES sentences: a typical news length, and it keeps the model time
      // (sentence embeddings, not measured here) within minutes on a shared machine.
      StoryArticle full = articleOf.apply("p" + i, texts.get(order.get(i)));
      List<Sentence> all = full.text().sentences();
      story.add(
          all.size() <= MAX_SENTENCES
              ? full
              : articleOf.apply(
                  full.id(), full.article().text().substring(0, all.get(MAX_SENTENCES).start())));
    }
    List<Planted> planted = new ArrayList<>();
    String[] kinds = {"new-lede", "excerpt", "cut-down"};
    for (int i = 0; i < plantedCount; i++) {
      StoryArticle source = story.get(random.nextInt(originals));
      List<Sentence> sentences = source.text().sentences();
      if (sentences.size() < 6) {
        i--;
        continue;
      }
      String kind = kinds[i % kinds.length];
      String text = source.article().text();
      StringBuilder copy = new StringBuilder();
      switch (kind) {
        case "new-lede" ->
            copy.append("A report published today says the campaign has changed.")
                .append(text.substring(sentences.get(0).end()));
        case "excerpt" -> copy.append(text, 0, sentences.get(sentences.size() / 2).start());
        default -> {
          for (Sentence s : sentences) {
            if (random.nextInt(10) < 6) {
              copy.append(s.text()).append('\n');
            }
          }
        }
      }
      String id = "copy" + i + "-" + kind;
      story.add(articleOf.apply(id, copy.toString()));
      planted.add(new Planted(id, source.id(), kind));
    }

    long started = System.nanoTime();
    List<String> sentences = new ArrayList<>();
    for (StoryArticle a : story) {
      for (Sentence s : a.text().sentences()) {
        sentences.add(s.text());
      }
    }
    embedder.embedAll(sentences);
    saveCache.run();
    out.printf(
        Locale.ROOT,
        "provenance story: %d articles (%d real PolNeAR reports cut to their first %d sentences,"
            + " %d planted copies: new lede, excerpt, cut-down), %d sentences embedded or read from the cache in %.1f s"
            + " (not timed below)%n",
        story.size(),
        originals,
        MAX_SENTENCES,
        plantedCount,
        sentences.size(),
        (System.nanoTime() - started) / 1e9);
    out.flush();

    Result filtered = detect(DerivationDetector.create(embedder, true), story, planted);
    print(out, "with pre-filter", filtered, planted.size());
    Result all = null;
    if (exhaustive) {
      all = detect(DerivationDetector.create(embedder, false), story, planted);
      print(out, "every pair     ", all, planted.size());
      Set<String> both = new HashSet<>(filtered.edges);
      both.retainAll(all.edges);
      out.printf(
          Locale.ROOT,
          "  agreement: %d edges in both, %d only with the pre-filter, %d only aligning every"
              + " pair%n",
          both.size(),
          filtered.edges.size() - both.size(),
          all.edges.size() - both.size());
      for (String e : all.edges) {
        if (!both.contains(e)) {
          out.println("    only aligning every pair: " + e);
        }
      }
      for (String e : filtered.edges) {
        if (!both.contains(e)) {
          out.println("    only with the pre-filter: " + e);
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "provenance_bench: articles=%d planted=%d planted_found=%d pairs_total=%d"
            + " pairs_aligned=%d pairs_proposed=%d seconds=%.1f cpu_seconds=%.1f edges=%d%s%n",
        story.size(),
        planted.size(),
        filtered.plantedFound,
        filtered.detection.pairsTotal(),
        filtered.detection.pairsAligned(),
        filtered.detection.pairsProposed(),
        filtered.seconds,
        filtered.cpuSeconds,
        filtered.edges.size(),
        all == null
            ? ""
            : String.format(
                Locale.ROOT,
                " exhaustive_seconds=%.1f exhaustive_cpu_seconds=%.1f exhaustive_edges=%d"
                    + " exhaustive_planted_found=%d",
                all.seconds,
                all.cpuSeconds,
                all.edges.size(),
                all.plantedFound));
    out.flush();
  }

  private record Result(
      Detection detection,
      double seconds,
      double cpuSeconds,
      Set<String> edges,
      int plantedFound) {}

  private static Result detect(
      DerivationDetector detector, List<StoryArticle> story, List<Planted> planted) {
    // CPU time of this thread (the detector runs in the caller's thread) next to wall time: on a
    // shared machine the wall time mostly measures the other users.
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Detection d = detector.detectCounted(story, Map.of());
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    Set<String> edges = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (Derivation e : d.derivations()) {
      edges.add(e.copy() + " -> " + e.source() + " " + e.kind());
      pairs.add(e.copy() + " " + e.source());
      pairs.add(e.source() + " " + e.copy());
    }
    int found = 0;
    for (Planted p : planted) {
      if (pairs.contains(p.copy() + " " + p.source())) {
        found++;
      }
    }
    return new Result(d, seconds, cpuSeconds, edges, found);
  }

  private static String loadAverage() {
    try {
      String[] parts =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void print(PrintWriter out, String label, Result r, int planted) {
    out.printf(
        Locale.ROOT,
        "  %s: aligned %,d of %,d pairs (%.1f%%; %,d proposed, the rest background sample) in"
            + " %.1f s (%.1f s CPU), %d edges, planted copies found %d/%d, load %s%n",
        label,
        r.detection.pairsAligned(),
        r.detection.pairsTotal(),
        100.0 * r.detection.pairsAligned() / Math.max(1, r.detection.pairsTotal()),
        r.detection.pairsProposed(),
        r.seconds,
        r.cpuSeconds,
        r.edges.size(),
        r.plantedFound,
        planted,
        loadAverage());
    out.flush();
  }
}
