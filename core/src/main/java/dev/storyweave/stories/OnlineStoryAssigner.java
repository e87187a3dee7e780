package dev.storyweave.stories;

import dev.storyweave.signals.ArticleSignals;
import dev.storyweave.signals.MinHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/*
 * Single-pass clustering with a scored link to the best story.
 *
 * Candidates: articles sharing an LSH band with the new one (copies, rewrites) and its nearest
 * neighbours by lead embedding (same event in other words), both within the time window. Each
 * candidate pair scores a weighted sum of embedding cosine, the cosine of rarity-weighted name
 * keys (the same people and places), and shingle Jaccard, minus a penalty growing with the day
 * gap. A story scores its best candidate pair (single link): an arriving article is often closest
 * to one earlier report and far from the story's average, and consolidation undoes chains that
 * link two stories. The article joins the best story at or above joinThreshold, else opens one.
 *
 * Name-key weights are smoothed inverse document frequencies, ln((N + prior) / (df + 1)): with a
 * handful of articles every key weighs about the same, and as the store grows keys that appear
 * everywhere ("Washington", a weekday that slipped through) fade.
 *
 * Consolidation: when an article scores above the threshold for a second story besides the one it
 * joined, that pair of stories gets a bridge; a pass merges pairs with at least mergeMinBridges
 * bridges into the older story, via union-find so earlier assignments resolve without rewriting.
 *
 * Per stored article the heap holds the id, a few ints (story, day, key offsets), the MinHash
 * signature (256 bytes), the name-key ids and LSH entries; vectors stay in the Lucene index.
 */
final class OnlineStoryAssigner implements StoryAssigner {

  private final StorySettings settings;
  private final VectorIndex vectors;
  private final LshIndex lsh;

  private final List<String> articleIds = new ArrayList<>();
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final IntList storyOf = new IntList(1024);
  private final IntList days = new IntList(1024);
  private final IntList minHashes = new IntList(1024 * MinHash.SIZE);
  private final IntList keyStart = new IntList(1024);
  private final IntList keyIds = new IntList(1024 * 8);

  private final Map<String, Integer> keyIdOf = new HashMap<>();
  private final IntList keyDf = new IntList(1024);

  private final IntList storyParent = new IntList(1024);
  private final IntList storyFirstArticle = new IntList(1024);
  private final Map<Long, Integer> bridges = new TreeMap<>();

  private OnlineStoryAssigner(StorySettings settings, VectorIndex vectors) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.vectors = vectors;
    this.lsh = new LshIndex(settings.lshBands(), settings.lshRows());
    keyStart.add(0);
  }

  static OnlineStoryAssigner inMemory(StorySettings settings) {
    return new OnlineStoryAssigner(settings, VectorIndex.inMemory(settings.refreshEvery()));
  }

  static OnlineStoryAssigner onDisk(Path dir, StorySettings settings) {
    Objects.requireNonNull(dir, "dir");
    return new OnlineStoryAssigner(
        settings, VectorIndex.onDisk(dir, settings.refreshEvery(), false));
  }

  @Override
  public synchronized Assignment assign(ArticleSignals signals) {
    String id = signals.articleId();
    if (ordinals.containsKey(id)) {
      throw new IllegalArgumentException("article already assigned: " + id);
    }
    vectors.checkDimension(signals.leadEmbedding());
    int day =
        signals.published() == null ? VectorIndex.NO_DAY : (int) signals.published().toEpochDay();
    int[] keys = keyIds(signals);
    double[] keyWeights = new double[keys.length];
    double keyNorm = weights(keys, keyWeights);

    Map<Integer, Candidate> candidates = new LinkedHashMap<>();
    collectCandidates(signals, day, candidates);

    // Score candidates; aggregate per story (current root) by the best pair.
    Map<Integer, StoryScore> stories = new TreeMap<>();
    for (Candidate c : candidates.values()) {
      int other = c.ordinal;
      int otherDay = days.get(other);
      int window = settings.timeWindowDays();
      double penalty = 0;
      if (window > 0 && day != VectorIndex.NO_DAY && otherDay != VectorIndex.NO_DAY) {
        int gap = Math.abs(day - otherDay);
        if (gap > window) {
          continue;
        }
        penalty = settings.timePenalty() * gap / window;
      }
      double score =
          settings.embeddingWeight() * c.cosine
              + settings.nameWeight() * nameCosine(keys, keyWeights, keyNorm, other)
              + settings.shingleWeight() * jaccard(signals.minHash(), other)
              - penalty;
      int story = root(storyOf.get(other));
      StoryScore s = stories.computeIfAbsent(story, k -> new StoryScore());
      if (score > s.best) {
        s.best = score;
        s.from = c.from();
      }
    }

    int bestStory = -1;
    StoryScore best = null;
    int secondStory = -1;
    StoryScore second = null;
    for (Map.Entry<Integer, StoryScore> e : stories.entrySet()) {
      StoryScore s = e.getValue();
      if (best == null || s.best > best.best) {
        secondStory = bestStory;
        second = best;
        bestStory = e.getKey();
        best = s;
      } else if (second == null || s.best > second.best) {
        secondStory = e.getKey();
        second = s;
      }
    }

    int ordinal = articleIds.size();
    boolean joins = best != null && best.best >= settings.joinThreshold();
    int story;
    if (joins) {
      story = bestStory;
      if (second != null && second.best >= settings.joinThreshold()) {
        long pair =
            ((long) Math.min(bestStory, secondStory) << 32) | Math.max(bestStory, secondStory);
        bridges.merge(pair, 1, Integer::sum);
      }
    } else {
      story = storyParent.size();
      storyParent.add(story);
      storyFirstArticle.add(ordinal);
    }
    store(signals, day, keys, story);
    return new Assignment(
        id,
        storyId(story),
        !joins,
        best == null ? 0 : best.best,
        best == null ? "none" : best.from);
  }

  private void collectCandidates(ArticleSignals signals, int day, Map<Integer, Candidate> out) {
    int window = settings.timeWindowDays();
    int fromDay = VectorIndex.NO_DAY;
    int toDay = VectorIndex.NO_DAY;
    if (window > 0 && day != VectorIndex.NO_DAY) {
      fromDay = day - window;
      toDay = day + window;
    }
    if (vectors.size() > 0) {
      for (VectorIndex.Hit hit :
          vectors.nearest(signals.leadEmbedding(), settings.annNeighbours(), fromDay, toDay)) {
        out.put(hit.ordinal(), new Candidate(hit.ordinal(), hit.cosine(), false, true));
      }
    }
    List<Integer> lshOnly = new ArrayList<>();
    lsh.candidates(
        signals.minHash(),
        settings.lshBucketLimit(),
        ordinal -> {
          Candidate c = out.get(ordinal);
          if (c == null) {
            out.put(ordinal, new Candidate(ordinal, Double.NaN, true, false));
            lshOnly.add(ordinal);
          } else if (!c.lsh) {
            out.put(ordinal, new Candidate(ordinal, c.cosine, true, c.ann));
          }
        });
    if (!lshOnly.isEmpty()) {
      int[] ords = lshOnly.stream().mapToInt(Integer::intValue).toArray();
      double[] cosines = vectors.cosines(signals.leadEmbedding(), ords);
      for (int i = 0; i < ords.length; i++) {
        out.put(ords[i], new Candidate(ords[i], cosines[i], true, false));
      }
    }
  }

  private void store(ArticleSignals signals, int day, int[] keys, int story) {
    int ordinal = articleIds.size();
    articleIds.add(signals.articleId());
    ordinals.put(signals.articleId(), ordinal);
    storyOf.add(story);
    days.add(day);
    for (int v : signals.minHash()) {
      minHashes.add(v);
    }
    for (int k : keys) {
      keyIds.add(k);
      keyDf.set(k, keyDf.get(k) + 1);
    }
    keyStart.add(keyIds.size());
    lsh.add(ordinal, signals.minHash());
    vectors.add(signals.leadEmbedding(), day);
  }

  private int[] keyIds(ArticleSignals signals) {
    int[] keys = new int[signals.nameKeys().size()];
    int i = 0;
    for (String key : signals.nameKeys()) {
      Integer id = keyIdOf.get(key);
      if (id == null) {
        id = keyDf.size();
        keyIdOf.put(key, id);
        keyDf.add(0);
      }
      keys[i++] = id;
    }
    java.util.Arrays.sort(keys);
    return keys;
  }

  private double weight(int key) {
    double n = articleIds.size() + settings.namePriorArticles();
    return Math.log((n + 1) / (keyDf.get(key) + 1.0));
  }

  /** Fills {@code out} with key weights and returns their Euclidean norm. */
  private double weights(int[] keys, double[] out) {
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      out[i] = weight(keys[i]);
      sum += out[i] * out[i];
    }
    return Math.sqrt(sum);
  }

  private double nameCosine(int[] keys, double[] keyWeights, double keyNorm, int other) {
    if (keys.length == 0 || keyNorm == 0) {
      return 0;
    }
    int from = keyStart.get(other);
    int to = keyStart.get(other + 1);
    int[] raw = keyIds.raw();
    double otherSum = 0;
    double shared = 0;
    int i = 0;
    for (int j = from; j < to; j++) {
      int k = raw[j];
      double w = weight(k);
      otherSum += w * w;
      while (i < keys.length && keys[i] < k) {
        i++;
      }
      if (i < keys.length && keys[i] == k) {
        shared += keyWeights[i] * w;
      }
    }
    return otherSum == 0 ? 0 : shared / (keyNorm * Math.sqrt(otherSum));
  }

  private double jaccard(int[] signature, int other) {
    if (MinHash.isEmpty(signature)) {
      return 0;
    }
    int[] raw = minHashes.raw();
    int base = other * MinHash.SIZE;
    if (raw[base] == Integer.MAX_VALUE) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < MinHash.SIZE; i++) {
      if (raw[base + i] == signature[i]) {
        same++;
      }
    }
    return same / (double) MinHash.SIZE;
  }

  private int root(int story) {
    int s = story;
    while (storyParent.get(s) != s) {
      s = storyParent.get(s);
    }
    // Path compression keeps later lookups O(1).
    int t = story;
    while (storyParent.get(t) != s) {
      int up = storyParent.get(t);
      storyParent.set(t, s);
      t = up;
    }
    return s;
  }

  private static String storyId(int story) {
    return "story-" + (story + 1);
  }

  @Override
  public synchronized List<StoryChange> consolidate() {
    List<StoryChange> changes = new ArrayList<>();
    Map<Long, Integer> pending = new TreeMap<>(bridges);
    bridges.clear();
    Map<Long, Integer> merged = new TreeMap<>();
    for (Map.Entry<Long, Integer> e : pending.entrySet()) {
      int a = root((int) (e.getKey() >>> 32));
      int b = root((int) (e.getKey() & 0xffffffffL));
      if (a == b) {
        continue;
      }
      long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
      merged.merge(key, e.getValue(), Integer::sum);
    }
    int[] sizes = storySizes();
    for (Map.Entry<Long, Integer> e : merged.entrySet()) {
      int a = root((int) (e.getKey() >>> 32));
      int b = root((int) (e.getKey() & 0xffffffffL));
      if (a == b) {
        continue;
      }
      if (e.getValue() < settings.mergeMinBridges()) {
        bridges.merge(e.getKey(), e.getValue(), Integer::sum);
        continue;
      }
      int keep = Math.min(a, b);
      int gone = Math.max(a, b);
      storyParent.set(gone, keep);
      changes.add(
          new StoryChange(
              StoryChange.Kind.MERGE,
              storyId(keep),
              storyId(gone),
              sizes[gone],
              String.format(
                  Locale.ROOT,
                  "%d articles scored at or above the join threshold %.3f for both stories",
                  e.getValue(),
                  settings.joinThreshold())));
      sizes[keep] += sizes[gone];
      sizes[gone] = 0;
    }
    return changes;
  }

  private int[] storySizes() {
    int[] sizes = new int[storyParent.size()];
    for (int i = 0; i < storyOf.size(); i++) {
      sizes[root(storyOf.get(i))]++;
    }
    return sizes;
  }

  @Override
  public synchronized Map<String, String> storyOfArticle() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < articleIds.size(); i++) {
      out.put(articleIds.get(i), storyId(root(storyOf.get(i))));
    }
    return out;
  }

  @Override
  public synchronized int size() {
    return articleIds.size();
  }

  @Override
  public synchronized void close() {
    vectors.close();
  }

  private record Candidate(int ordinal, double cosine, boolean lsh, boolean ann) {
    String from() {
      return lsh && ann ? "lsh+ann" : lsh ? "lsh" : "ann";
    }
  }

  private static final class StoryScore {
    double best = Double.NEGATIVE_INFINITY;
    String from = "none";
  }
}
