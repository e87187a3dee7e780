package dev.storyweave.app.bench;

import dev.storyweave.app.eval.CachingSentenceEmbedder;
import dev.storyweave.app.eval.EcbPlusCorpus;
import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.signals.ArticleSignals;
import dev.storyweave.signals.SentenceEmbedder;
import dev.storyweave.signals.SignalExtractor;
import dev.storyweave.stories.Assignment;
import dev.storyweave.stories.StoryAssigner;
import dev.storyweave.stories.StorySettings;
import dev.storyweave.text.TextAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyweave bench --articles 100000}: streams a synthetic news stream through ingest,
 * signals and story assignment (on-disk vector index) and prints articles/s, p50/p99 assignment
 * latency and memory per stored article.
 *
 * <p>The stream recombines real text: each synthetic story takes a real base article (ECB+ and
 * PolNeAR news in {@code ../shared/data}); each of its articles keeps the base's lead, a random
 * part of the base's other sentences and a few sentences of unrelated articles, so shingles, names
 * and terms behave like news. Embedding every synthetic lead with BGE would make the model the
 * whole benchmark (about 75 leads/s): instead every base lead is embedded once with the real model
 * and each synthetic article gets that vector plus small Gaussian noise (cosine about 0.95 to the
 * original). The output says so; model time is reported separately.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Throughput, latency and memory of ingest, signals and story assignment.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "10000", description = "articles to stream")
  int articles;

  @Option(
      names = "--data",
      defaultValue = "../shared/data",
      description = "folder with ecbplus/ and polnear/ (default ${DEFAULT-VALUE})")
  Path data;

  @Option(
      names = "--index",
      description = "folder for the on-disk vector index (default: a temporary folder)")
  Path index;

  @Option(names = "--cache", description = "folder for the base-lead embedding cache")
  Path cache;

  @Option(names = "--days", defaultValue = "7", description = "days the stream spans")
  int days;

  @Option(names = "--story-size", defaultValue = "8", description = "mean articles per story")
  int storySize;

  @Option(names = "--seed", defaultValue = "7", description = "random seed")
  long seed;

  @Option(
      names = "--progress-every",
      defaultValue = "0",
      description =
          "print a progress line (rate, stored count, latency, memory) every N articles"
              + " (default: articles / 40, at least 1000)")
  int progressEvery;

  @Option(
      names = "--serial-merges",
      description =
          "merge vector index segments in the assigning thread (deterministic, but assignment"
              + " pauses while a merge rebuilds a graph)")
  boolean serialMerges;

  @Option(
      names = "--provenance",
      defaultValue = "0",
      description =
          "instead of the stream: provenance on one synthetic story of N articles (real PolNeAR"
              + " reports plus 5%% planted copies), pairs aligned vs all pairs and time")
  int provenance;

  @Option(
      names = "--provenance-exhaustive",
      description = "with --provenance: also align every pair and compare the edges")
  boolean provenanceExhaustive;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private record Base(String lead, List<String> sentences, float[] embedding) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 1 || days < 1 || storySize < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--articles, --days and --story-size must be positive");
    }
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    if (provenance > 0) {
      return provenanceBench(out, embedder);
    }
    List<String> texts = baseTexts();
    CachingSentenceEmbedder caching = null;
    if (cache != null) {
      caching =
          new CachingSentenceEmbedder(embedder, cache.resolve("embeddings-bge-small-en-v15-q.bin"));
      embedder = caching;
    }
    long started = System.nanoTime();
    List<Base> bases = new ArrayList<>();
    TextAnalyzer analyzer = TextAnalyzer.english();
    SignalExtractor real = SignalExtractor.create(embedder);
    for (int i = 0; i < texts.size(); i++) {
      AnalyzedText text = analyzer.analyze("base" + i, texts.get(i));
      List<String> sentences = text.sentences().stream().map(Sentence::text).toList();
      if (sentences.size() < 4) {
        continue;
      }
      // The real model embeds the base article's lead once.
      float[] v = real.extract(article("base" + i, texts.get(i), null), text).leadEmbedding();
      String lead = sentences.get(0) + "\n" + sentences.get(1);
      bases.add(new Base(lead, sentences.subList(2, sentences.size()), v));
    }
    if (caching != null) {
      caching.save();
    }
    double embedSeconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "base texts: %d real articles analysed and their leads embedded with BGE-small in %.1f s"
            + " (%s)%n",
        bases.size(),
        embedSeconds,
        caching == null
            ? "no cache"
            : caching.misses() + " leads computed, " + caching.hits() + " from the cache");
    out.println(
        "measured below: ingest (article record) -> text analysis -> signals (MinHash, names,"
            + " terms; lead embedding = precomputed base vector + noise, model NOT run) ->"
            + " assignment (LSH + Lucene HNSW on disk)");
    out.flush();

    PoolEmbedder pool = new PoolEmbedder(embedder.dimensions());
    SignalExtractor extractor = SignalExtractor.create(pool);
    Path dir = index != null ? index : Files.createTempDirectory("storyweave-bench");
    Random random = new Random(seed);
    StorySettings settings =
        StorySettings.defaults().toBuilder().backgroundMerges(!serialMerges).build();
    out.printf(
        Locale.ROOT,
        "vector index segment merges: %s; max heap %d MB, %d cores%n",
        serialMerges ? "in the assigning thread" : "in a background thread",
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    long[] latency = new long[articles];
    Runtime rt = Runtime.getRuntime();
    long heapBefore = usedHeapAfterGc(rt);
    long rssBefore = residentBytes();
    int stories = 0;
    int newStories = 0;
    // Time spent measuring the heap (forced GCs) is taken off the stream clock.
    long paused = 0;
    long streamStart = System.nanoTime();
    long assignTotal = 0;
    int every = progressEvery > 0 ? progressEvery : Math.max(1000, articles / 40);
    int nextReport = Math.min(every, articles);
    int nextHeapCheck = Math.max(1, articles / 10);
    int windowStart = 0;
    long windowClock = streamStart;
    long windowAssign = 0;
    // A run stopped early (Ctrl-C, kill) still prints its figures so far.
    java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();
    final long clockStart = streamStart;
    Thread cutReport =
        new Thread(
            () -> {
              int n = done.get();
              if (n == 0 || n >= articles) {
                return;
              }
              long[] sorted = Arrays.copyOf(latency, n);
              Arrays.sort(sorted);
              long heap = rt.totalMemory() - rt.freeMemory();
              out.printf(
                  Locale.ROOT,
                  "bench: cut=true articles=%d articles_per_s=%.0f p50_ms=%.2f p99_ms=%.2f"
                      + " max_ms=%.0f heap_bytes_per_article=%.0f (no GC) rss_mb=%d load=%s%n",
                  n,
                  n / ((System.nanoTime() - clockStart) / 1e9),
                  sorted[n / 2] / 1e6,
                  sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6,
                  sorted[n - 1] / 1e6,
                  (heap - heapBefore) / (double) n,
                  residentBytes() >> 20,
                  loadAverage());
              out.flush();
            },
            "bench-cut-report");
    rt.addShutdownHook(cutReport);
    try (StoryAssigner assigner = StoryAssigner.onDisk(dir, settings)) {
      int[] storyBase = new int[0];
      int[] storyDay = new int[0];
      for (int i = 0; i < articles; i++) {
        // Stories open at the rate the mean size implies; articles pick a recent story.
        if (stories == 0 || random.nextInt(storySize) == 0) {
          if (stories == storyBase.length) {
            storyBase = Arrays.copyOf(storyBase, stories * 2 + 16);
            storyDay = Arrays.copyOf(storyDay, stories * 2 + 16);
          }
          storyBase[stories] = random.nextInt(bases.size());
          storyDay[stories] = (int) ((long) i * days / articles);
          stories++;
        }
        int story = stories - 1 - Math.min(stories - 1, (int) Math.abs(random.nextGaussian() * 20));
        Base base = bases.get(storyBase[story]);
        String text = recombine(base, bases, random);
        LocalDate published = LocalDate.of(2026, 1, 1).plusDays((long) i * days / articles);
        Article article = article("a" + i, text, published);
        AnalyzedText analyzed = analyzer.analyze(article.id(), article.text());
        pool.next(perturb(base.embedding(), random));
        ArticleSignals s = extractor.extract(article, analyzed);
        long t0 = System.nanoTime();
        Assignment a = assigner.assign(s);
        long t1 = System.nanoTime();
        latency[i] = t1 - t0;
        done.set(i + 1);
        assignTotal += t1 - t0;
        windowAssign += t1 - t0;
        if (a.newStory()) {
          newStories++;
        }
        if (i + 1 == nextReport || i + 1 == articles) {
          long now = System.nanoTime();
          int stored = i + 1;
          long[] window = Arrays.copyOfRange(latency, windowStart, stored);
          Arrays.sort(window);
          String heap = "";
          if (stored >= nextHeapCheck || stored == articles) {
            long gcStart = System.nanoTime();
            heap =
                String.format(
                    Locale.ROOT,
                    ", heap after GC %.0f B/article",
                    (usedHeapAfterGc(rt) - heapBefore) / (double) stored);
            paused += System.nanoTime() - gcStart;
            nextHeapCheck += Math.max(1, articles / 10);
          }
          double secs = (now - streamStart - paused) / 1e9;
          double windowSecs = (now - windowClock) / 1e9;
          out.printf(
              Locale.ROOT,
              "  progress: %,d stored, now %.0f art/s (%.0f assign/s, p99 %.1f ms, max %.0f ms),"
                  + " overall %.0f art/s, heap used %d MB, rss %d MB%s, load %s%n",
              stored,
              (stored - windowStart) / windowSecs,
              (stored - windowStart) / (windowAssign / 1e9),
              window[Math.min(window.length - 1, (int) (window.length * 0.99))] / 1e6,
              window[window.length - 1] / 1e6,
              stored / secs,
              (rt.totalMemory() - rt.freeMemory()) >> 20,
              residentBytes() >> 20,
              heap,
              loadAverage());
          out.flush();
          windowStart = stored;
          windowClock = System.nanoTime();
          windowAssign = 0;
          nextReport = Math.min(nextReport + every, articles);
        }
      }
      double seconds = (System.nanoTime() - streamStart - paused) / 1e9;
      long heapAfter = usedHeapAfterGc(rt);
      long rssAfter = residentBytes();
      long[] sorted = latency.clone();
      Arrays.sort(sorted);
      double p50 = sorted[(int) (articles * 0.50)] / 1e6;
      double p99 = sorted[Math.min(articles - 1, (int) (articles * 0.99))] / 1e6;
      double max = sorted[articles - 1] / 1e6;
      long indexBytes = folderBytes(dir);
      double heapPerArticle = (heapAfter - heapBefore) / (double) articles;
      double rssPerArticle = (rssAfter - rssBefore) / (double) articles;
      out.printf(
          Locale.ROOT,
          "stream: %,d articles over %d days, %,d synthetic stories, assigner opened %,d%n",
          articles,
          days,
          stories,
          newStories);
      out.printf(
          Locale.ROOT,
          "throughput: %.0f articles/s end to end (ingest+text+signals+assignment), %.0f"
              + " articles/s assignment alone%n",
          articles / seconds,
          articles / (assignTotal / 1e9));
      out.printf(
          Locale.ROOT,
          "assignment latency: p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
          p50,
          p99,
          max);
      out.printf(
          Locale.ROOT,
          "memory: heap %.0f bytes per stored article (live heap after GC, %d MB total),"
              + " resident set %d MB, grew %.0f bytes per article (includes mmapped index pages"
              + " and JIT/GC overhead), vector index on disk %.0f bytes per article%n",
          heapPerArticle,
          heapAfter >> 20,
          rssAfter >> 20,
          rssPerArticle,
          indexBytes / (double) articles);
      out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
      out.printf(
          Locale.ROOT,
          "bench: articles=%d articles_per_s=%.0f assign_per_s=%.0f p50_ms=%.2f p99_ms=%.2f"
              + " max_ms=%.0f heap_bytes_per_article=%.0f rss_bytes_per_article=%.0f"
              + " embeddings=pooled%n",
          articles,
          articles / seconds,
          articles / (assignTotal / 1e9),
          p50,
          p99,
          max,
          heapPerArticle,
          rssPerArticle);
    } finally {
      rt.removeShutdownHook(cutReport);
      if (index == null) {
        deleteTree(dir);
      }
    }
    out.flush();
    return 0;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private int provenanceBench(PrintWriter out, SentenceEmbedder model) throws IOException {
    if (provenance < 40) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--provenance needs at least 40 articles: " + provenance);
    }
    List<String> texts = polnearTexts();
    CachingSentenceEmbedder caching =
        cache == null
            ? null
            : new CachingSentenceEmbedder(
                model, cache.resolve("provenance-sentences-bge-small-en-v15-q.bin"));
    TextAnalyzer analyzer = TextAnalyzer.english();
    try {
      ProvenanceBench.run(
          texts,
          provenance,
          provenanceExhaustive,
          seed,
          caching == null ? model : caching,
          () -> {
            if (caching != null) {
              caching.save();
            }
          },
          (id, text) -> new StoryArticle(article(id, text, null), analyzer.analyze(id, text)),
          out);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return 0;
  }

  private List<String> polnearTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    addPolnearTexts(texts);
    if (texts.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no polnear/ texts under " + data);
    }
    return texts;
  }

  /** Adds the article texts of PolNeAR under {@code data} (train and dev), in path order. */
  private void addPolnearTexts(List<String> texts) throws IOException {
    Path polnear = data.resolve("polnear");
    if (!Files.isDirectory(polnear)) {
      return;
    }
    try (Stream<Path> files = Files.walk(polnear)) {
      for (Path p :
          files
              .filter(p -> p.toString().endsWith(".txt") && p.getParent().endsWith("text"))
              .sorted(Comparator.naturalOrder())
              .toList()) {
        texts.add(Files.readString(p));
      }
    }
  }

  private List<String> baseTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    Path ecb = data.resolve("ecbplus");
    if (Files.isDirectory(ecb)) {
      for (EcbPlusCorpus.Document d : EcbPlusCorpus.read(ecb)) {
        texts.add(d.text());
      }
    }
    addPolnearTexts(texts);
    if (texts.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no ecbplus/ or polnear/ texts under " + data);
    }
    return texts;
  }

  /** The base's lead, about 60% of its other sentences in order, and 1-3 foreign sentences. */
  private static String recombine(Base base, List<Base> bases, Random random) {
    StringBuilder text = new StringBuilder(base.lead());
    for (String s : base.sentences()) {
      if (random.nextInt(10) < 6) {
        text.append('\n').append(s);
      }
      if (random.nextInt(12) == 0) {
        List<String> other = bases.get(random.nextInt(bases.size())).sentences();
        text.append('\n').append(other.get(random.nextInt(other.size())));
      }
    }
    return text.toString();
  }

  private static float[] perturb(float[] v, Random random) {
    float[] out = new float[v.length];
    double sigma = 0.016; // about cosine 0.95 to the original at 384 dimensions
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] + random.nextGaussian() * sigma);
      norm += out[i] * out[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < out.length; i++) {
      out[i] *= scale;
    }
    return out;
  }

  private static Article article(String id, String text, LocalDate published) {
    return new Article(
        id,
        "bench:" + id,
        null,
        Integer.toHexString(text.hashCode()),
        Inferred.none(),
        Inferred.none(),
        Inferred.none(),
        Inferred.none(),
        Inferred.of(published, Inference.META),
        Inferred.none(),
        text);
  }

  private static long usedHeapAfterGc(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  private static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
