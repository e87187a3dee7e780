package dev.storyweave.stories;

import dev.storyweave.signals.ArticleSignals;
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
 * Single-pass clustering: each article is compared with the stories of its candidates and joins
 * the best one if it scores high enough.
 *
 * Candidates: articles sharing an LSH band with the new one (copies, rewrites) and its nearest
 * neighbours by lead embedding (the same event in other words), both within the time window.
 * A candidate story scores a weighted sum of
 *  - the best lead-embedding cosine and the best shingle Jaccard among its candidate articles
 *    (an arriving report is often closest to one earlier report, not to the story's average),
 *  - the cosine of the article's rarity-weighted name keys with the story's name profile, and
 *    likewise for key terms: the profile sums the keys of the story's most recent members, so a
 *    story is judged by the people, places and words its articles keep repeating, which separates
 *    two similar events (two earthquakes, two arrests) better than any single pair does; keys
 *    weigh by rarity and by their rank in the article (its protagonist first, see KeyTable),
 *  - likewise the cosine of the article's figures (years, tolls, scores) with the story's,
 * minus a penalty growing with the day gap to its best candidate. The article joins the best
 * story at or above joinThreshold, else opens one.
 *
 * Consolidation: when an article scores above the threshold for a second story besides the one it
 * joined, that pair of stories gets a bridge; a pass merges pairs with at least mergeMinBridges
 * bridges whose name profiles are at least mergeNameSimilarity alike into the older story, via
 * union-find so earlier assignments resolve without rewriting. The name check matters: articles
 * about two similar events (a boxer's two title defences) bridge their stories through the
 * shared topic, but the stories name different opponents and places. On the ECB+ train topics
 * it moved B-cubed F1 from 0.885 to 0.904.
 *
 * Per stored article the heap holds the id (UTF-8 bytes in one array), a few ints (story, day,
 * member link, key offsets), the MinHash signature (128 bytes, 16 bits a value), name-key, key-term
 * and figure ids (with a rank byte each) and LSH entries; the vectors stay
 * in the Lucene index.
 */
final class OnlineStoryAssigner implements StoryAssigner {

  private static final int NONE = -1;

  private final StorySettings settings;
  private final VectorIndex vectors;
  private final LshIndex lsh;
  private final KeyTable names;
  private final KeyTable terms;
  private final KeyTable figures;

  private final IdTable articleIds = new IdTable();
  private final IntList storyOf = new IntList(1024);
  private final IntList days = new IntList(1024);
  private final SignatureStore signatures = new SignatureStore();
  private final IntList previousMember = new IntList(1024);

  private final IntList storyParent = new IntList(1024);
  private final IntList storyLatest = new IntList(1024);
  private final LongCounts bridges = new LongCounts();

  private OnlineStoryAssigner(StorySettings settings, VectorIndex vectors) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.vectors = vectors;
    this.lsh = new LshIndex(settings.lshBands(), settings.lshRows());
    this.names = new KeyTable(settings.namePriorArticles(), settings.nameRankDecay());
    this.terms = new KeyTable(settings.namePriorArticles(), settings.termRankDecay());
    this.figures = new KeyTable(settings.namePriorArticles(), 0);
  }

  static OnlineStoryAssigner inMemory(StorySettings settings) {
    return new OnlineStoryAssigner(settings, VectorIndex.inMemory(settings.refreshEvery()));
  }

  static OnlineStoryAssigner onDisk(Path dir, StorySettings settings) {
    Objects.requireNonNull(dir, "dir");
    return new OnlineStoryAssigner(
        settings,
        VectorIndex.onDisk(dir, settings.refreshEvery(), false, settings.backgroundMerges()));
  }

  /** The article's keys with weights, for profile cosines. */
  private record Keys(KeyTable.Keys keys, double[] weights, double norm) {
    static Keys of(KeyTable table, java.util.Set<String> keys) {
      return weigh(table, table.lookup(keys));
    }

    static Keys weigh(KeyTable table, KeyTable.Keys keys) {
      double[] weights = new double[keys.ids().length];
      double norm = table.weights(keys, weights);
      return new Keys(keys, weights, norm);
    }
  }

  @Override
  public synchronized Assignment assign(ArticleSignals signals) {
    String id = signals.articleId();
    if (articleIds.find(id) >= 0) {
      throw new IllegalArgumentException("article already assigned: " + id);
    }
    vectors.checkDimension(signals.leadEmbedding());
    int day =
        signals.published() == null ? VectorIndex.NO_DAY : (int) signals.published().toEpochDay();
    Keys nameKeys = Keys.of(names, signals.nameKeys());
    Keys termKeys = Keys.of(terms, signals.keyTerms());
    Keys figureKeys = Keys.of(figures, signals.figures());

    Map<Integer, Candidate> candidates = new LinkedHashMap<>();
    collectCandidates(signals, day, candidates);

    // Best pair per story (current root), then the story-level profile terms.
    Map<Integer, StoryScore> stories = new TreeMap<>();
    int window = settings.timeWindowDays();
    for (Candidate c : candidates.values()) {
      int otherDay = days.get(c.ordinal);
      int gap = 0;
      if (window > 0 && day != VectorIndex.NO_DAY && otherDay != VectorIndex.NO_DAY) {
        gap = Math.abs(day - otherDay);
        if (gap > window) {
          continue;
        }
      }
      double pair =
          settings.embeddingWeight() * c.cosine
              + settings.shingleWeight() * jaccard(signals.minHash(), c.ordinal);
      double penalty = window > 0 ? settings.timePenalty() * gap / window : 0;
      StoryScore s = stories.computeIfAbsent(root(storyOf.get(c.ordinal)), k -> new StoryScore());
      if (pair - penalty > s.pair) {
        s.pair = pair - penalty;
        s.from = c.from();
      }
    }
    int[] members = new int[settings.profileMembers()];
    for (Map.Entry<Integer, StoryScore> e : stories.entrySet()) {
      int count = members(e.getKey(), members);
      StoryScore s = e.getValue();
      KeyTable.Profile nameProfile = names.profile(members, count);
      double nameCosine =
          names.profileCosine(nameKeys.keys, nameKeys.weights, nameKeys.norm, nameProfile);
      s.total =
          s.pair
              + settings.nameWeight() * nameCosine
              + settings.termWeight()
                  * terms.profileCosine(
                      termKeys.keys, termKeys.weights, termKeys.norm, terms.profile(members, count))
              + settings.figureWeight()
                  * figures.profileCosine(
                      figureKeys.keys,
                      figureKeys.weights,
                      figureKeys.norm,
                      figures.profile(members, count));
    }

    int bestStory = NONE;
    StoryScore best = null;
    int secondStory = NONE;
    StoryScore second = null;
    for (Map.Entry<Integer, StoryScore> e : stories.entrySet()) {
      StoryScore s = e.getValue();
      if (best == null || s.total > best.total) {
        secondStory = bestStory;
        second = best;
        bestStory = e.getKey();
        best = s;
      } else if (second == null || s.total > second.total) {
        secondStory = e.getKey();
        second = s;
      }
    }

    int ordinal = articleIds.size();
    boolean joins = best != null && best.total >= settings.joinThreshold();
    int story;
    if (joins) {
      story = bestStory;
      if (second != null && second.total >= settings.joinThreshold()) {
        bridges.add(pairKey(bestStory, secondStory), 1);
      }
    } else {
      story = storyParent.size();
      storyParent.add(story);
      storyLatest.add(NONE);
    }
    store(signals, day, nameKeys.keys, termKeys.keys, figureKeys.keys, story);
    return new Assignment(
        id,
        storyId(story),
        !joins,
        best == null ? 0 : best.total,
        best == null ? "none" : best.from);
  }

  private void collectCandidates(ArticleSignals signals, int day, Map<Integer, Candidate> out) {
    int window = settings.timeWindowDays();
    boolean windowed = window > 0 && day != VectorIndex.NO_DAY;
    int fromDay = windowed ? day - window : VectorIndex.NO_DAY;
    int toDay = windowed ? day + window : VectorIndex.NO_DAY;
    if (vectors.size() > 0) {
      for (VectorIndex.Hit hit :
          vectors.nearest(signals.leadEmbedding(), settings.annNeighbours(), fromDay, toDay)) {
        out.put(hit.ordinal(), new Candidate(hit.ordinal(), hit.cosine(), false, true));
      }
    }
    // Bucket hits per article: more shared bands means a higher Jaccard. Only the best few
    // LSH-only candidates are kept, so a boilerplate-heavy bucket cannot flood the scoring.
    Map<Integer, Integer> bandHits = new HashMap<>();
    lsh.candidates(
        signals.minHash(),
        settings.lshBucketLimit(),
        ordinal -> {
          int otherDay = days.get(ordinal);
          if (fromDay == VectorIndex.NO_DAY
              || otherDay == VectorIndex.NO_DAY
              || (otherDay >= fromDay && otherDay <= toDay)) {
            bandHits.merge(ordinal, 1, Integer::sum);
          }
        });
    List<Integer> lshOnly = new ArrayList<>();
    List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(bandHits.entrySet());
    ranked.sort(
        (x, y) ->
            !x.getValue().equals(y.getValue())
                ? y.getValue() - x.getValue()
                : Integer.compare(y.getKey(), x.getKey()));
    for (Map.Entry<Integer, Integer> e : ranked) {
      int ordinal = e.getKey();
      Candidate c = out.get(ordinal);
      if (c != null) {
        out.put(ordinal, new Candidate(ordinal, c.cosine, true, c.ann));
      } else if (lshOnly.size() < settings.annNeighbours()) {
        lshOnly.add(ordinal);
      }
    }
    if (!lshOnly.isEmpty()) {
      int[] ords = lshOnly.stream().mapToInt(Integer::intValue).toArray();
      double[] cosines = vectors.cosines(signals.leadEmbedding(), ords);
      for (int i = 0; i < ords.length; i++) {
        out.put(ords[i], new Candidate(ords[i], cosines[i], true, false));
      }
    }
  }

  private void store(
      ArticleSignals signals,
      int day,
      KeyTable.Keys nameIds,
      KeyTable.Keys termIds,
      KeyTable.Keys figureIds,
      int story) {
    int ordinal = articleIds.size();
    articleIds.add(signals.articleId());
    storyOf.add(story);
    days.add(day);
    signatures.add(signals.minHash());
    names.add(nameIds);
    terms.add(termIds);
    figures.add(figureIds);
    previousMember.add(storyLatest.get(story));
    storyLatest.set(story, ordinal);
    lsh.add(ordinal, signals.minHash());
    vectors.add(signals.leadEmbedding(), day);
  }

  /** Fills {@code out} with the story's most recent members; returns how many. */
  private int members(int story, int[] out) {
    int count = 0;
    for (int m = storyLatest.get(story); m != NONE && count < out.length; ) {
      out[count++] = m;
      m = previousMember.get(m);
    }
    return count;
  }

  private double jaccard(int[] signature, int other) {
    return signatures.jaccard(signature, other);
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

  private static long pairKey(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static String storyId(int story) {
    return "story-" + (story + 1);
  }

  @Override
  public synchronized List<StoryChange> consolidate() {
    List<StoryChange> changes = new ArrayList<>();
    Map<Long, Integer> merged = new TreeMap<>();
    for (long key : bridges.sortedKeys()) {
      int a = root((int) (key >>> 32));
      int b = root((int) (key & 0xffffffffL));
      if (a != b) {
        merged.merge(pairKey(a, b), bridges.get(key), Integer::sum);
      }
    }
    bridges.clear();
    int[] sizes = storySizes();
    for (Map.Entry<Long, Integer> e : merged.entrySet()) {
      int a = root((int) (e.getKey() >>> 32));
      int b = root((int) (e.getKey() & 0xffffffffL));
      if (a == b) {
        continue;
      }
      if (e.getValue() < settings.mergeMinBridges()) {
        bridges.add(pairKey(a, b), e.getValue());
        continue;
      }
      double nameSimilarity = storyNameSimilarity(a, b);
      if (nameSimilarity < settings.mergeNameSimilarity()) {
        continue;
      }
      int keep = Math.min(a, b);
      int gone = Math.max(a, b);
      spliceMembers(gone, keep);
      storyParent.set(gone, keep);
      changes.add(
          new StoryChange(
              StoryChange.Kind.MERGE,
              storyId(keep),
              storyId(gone),
              sizes[gone],
              String.format(
                  Locale.ROOT,
                  "%d articles scored at or above the join threshold %.3f for both stories;"
                      + " name profiles %.2f alike",
                  e.getValue(),
                  settings.joinThreshold(),
                  nameSimilarity)));
      sizes[keep] += sizes[gone];
      sizes[gone] = 0;
    }
    if (settings.splitSeparation() > 0) {
      int existing = storyParent.size();
      for (int story = 0; story < existing; story++) {
        if (storyParent.get(story) == story && sizes[story] >= 2 * MIN_SPLIT_SIDE) {
          StoryChange split = trySplit(story);
          if (split != null) {
            changes.add(split);
          }
        }
      }
    }
    return changes;
  }

  private static final int MIN_SPLIT_SIDE = 3;
  private static final int MAX_SPLIT_MEMBERS = 256;

  /**
   * Splits a story whose members fall into two groups naming different people and places and
   * stating different figures (a story that swallowed a similar event): two-way k-means over member
   * name keys and figures, seeded with the most dissimilar members; split when both groups have at
   * least MIN_SPLIT_SIDE members and members fit the other group clearly worse than their own (see
   * {@link #separation}). Figures count because two events of one kind often share most names (the
   * agency, the law, the team) but hardly ever their year, toll or score. Returns null when it
   * keeps the story whole.
   */
  private StoryChange trySplit(int story) {
    int[] all = new int[MAX_SPLIT_MEMBERS];
    int n = members(story, all);
    if (n < 2 * MIN_SPLIT_SIDE || previousMember.get(all[n - 1]) != NONE) {
      // Too small to split, or too large to regroup in one pass.
      return null;
    }
    int[] members = java.util.Arrays.copyOf(all, n);
    Keys[] nameKeys = new Keys[n];
    Keys[] figureKeys = new Keys[n];
    for (int i = 0; i < n; i++) {
      nameKeys[i] = Keys.weigh(names, names.keysOf(members[i]));
      figureKeys[i] = Keys.weigh(figures, figures.keysOf(members[i]));
    }
    // Seeds: the member least like the newest one, then the member least like that seed.
    int a = 0;
    int b = leastAlike(nameKeys, figureKeys, members, a);
    a = leastAlike(nameKeys, figureKeys, members, b);
    boolean[] side = new boolean[n];
    int[] groupA = {members[a]};
    int[] groupB = {members[b]};
    for (int iteration = 0; iteration < 4; iteration++) {
      KeyTable.Profile na = names.profile(groupA, groupA.length);
      KeyTable.Profile nb = names.profile(groupB, groupB.length);
      KeyTable.Profile fa = figures.profile(groupA, groupA.length);
      KeyTable.Profile fb = figures.profile(groupB, groupB.length);
      int countB = 0;
      for (int i = 0; i < n; i++) {
        side[i] = fit(nameKeys[i], figureKeys[i], nb, fb) > fit(nameKeys[i], figureKeys[i], na, fa);
        if (side[i]) {
          countB++;
        }
      }
      if (countB < MIN_SPLIT_SIDE || n - countB < MIN_SPLIT_SIDE) {
        return null;
      }
      groupA = new int[n - countB];
      groupB = new int[countB];
      int ia = 0;
      int ib = 0;
      for (int i = 0; i < n; i++) {
        if (side[i]) {
          groupB[ib++] = members[i];
        } else {
          groupA[ia++] = members[i];
        }
      }
    }
    double separation = separation(groupA, groupB);
    if (separation >= settings.splitSeparation()) {
      return null;
    }
    // The group without the story's oldest member leaves; ties cannot occur (one side has it).
    boolean oldestOnB = side[n - 1];
    int fresh = storyParent.size();
    storyParent.add(fresh);
    storyLatest.add(NONE);
    storyLatest.set(story, NONE);
    int moved = 0;
    for (int i = n - 1; i >= 0; i--) {
      int target = side[i] != oldestOnB ? fresh : story;
      previousMember.set(members[i], storyLatest.get(target));
      storyLatest.set(target, members[i]);
      storyOf.set(members[i], target);
      if (target == fresh) {
        moved++;
      }
    }
    return new StoryChange(
        StoryChange.Kind.SPLIT,
        storyId(story),
        storyId(fresh),
        moved,
        String.format(
            Locale.ROOT,
            "members fit the other group's names and figures only %.2f as well as their own"
                + " group's (split below %.2f)",
            separation,
            settings.splitSeparation()));
  }

  /** How well a member's names and figures fit a group's profiles. */
  private double fit(
      Keys nameKeys, Keys figureKeys, KeyTable.Profile nameProfile, KeyTable.Profile figures) {
    return names.profileCosine(nameKeys.keys, nameKeys.weights, nameKeys.norm, nameProfile)
        + settings.splitFigureWeight()
            * this.figures.profileCosine(
                figureKeys.keys, figureKeys.weights, figureKeys.norm, figures);
  }

  /**
   * How well members fit the other group relative to their own (leave-one-out): the mean fit to the
   * other group's profile over the mean fit to the rest of their own group, summed over both
   * groups. Low when the story holds two events; near 1 when k-means only cut one event in two,
   * whatever the absolute overlap of names, which varies from topic to topic.
   */
  private double separation(int[] a, int[] b) {
    double[] fits = new double[2];
    groupFits(a, b, fits);
    groupFits(b, a, fits);
    return fits[0] <= 0 ? 1 : fits[1] / fits[0];
  }

  /** Adds the mean own-group (leave-one-out) and other-group fits of {@code group} to fits. */
  private void groupFits(int[] group, int[] other, double[] fits) {
    KeyTable.Profile ownNames = names.profile(group, group.length);
    KeyTable.Profile ownFigures = figures.profile(group, group.length);
    KeyTable.Profile otherNames = names.profile(other, other.length);
    KeyTable.Profile otherFigures = figures.profile(other, other.length);
    double w = settings.splitFigureWeight();
    double own = 0;
    double cross = 0;
    for (int member : group) {
      Keys n = Keys.weigh(names, names.keysOf(member));
      Keys f = Keys.weigh(figures, figures.keysOf(member));
      own +=
          names.profileCosineWithout(n.keys, n.weights, n.norm, ownNames)
              + w * figures.profileCosineWithout(f.keys, f.weights, f.norm, ownFigures);
      cross += fit(n, f, otherNames, otherFigures);
    }
    fits[0] += own / group.length;
    fits[1] += cross / group.length;
  }

  private int leastAlike(Keys[] nameKeys, Keys[] figureKeys, int[] members, int from) {
    KeyTable.Profile np = names.profile(new int[] {members[from]}, 1);
    KeyTable.Profile fp = figures.profile(new int[] {members[from]}, 1);
    int best = from == 0 ? 1 : 0;
    double bestFit = Double.POSITIVE_INFINITY;
    for (int i = 0; i < nameKeys.length; i++) {
      if (i == from) {
        continue;
      }
      double f = fit(nameKeys[i], figureKeys[i], np, fp);
      if (f < bestFit) {
        bestFit = f;
        best = i;
      }
    }
    return best;
  }

  /** Cosine of the name profiles of two stories' recent members. */
  private double storyNameSimilarity(int a, int b) {
    int[] members = new int[settings.profileMembers()];
    KeyTable.Profile pa = names.profile(members, members(a, members));
    KeyTable.Profile pb = names.profile(members, members(b, members));
    return names.cosine(pa, pb);
  }

  /** Puts the members of {@code gone} in front of those of {@code keep}. */
  private void spliceMembers(int gone, int keep) {
    int head = storyLatest.get(gone);
    if (head == NONE) {
      return;
    }
    int tail = head;
    while (previousMember.get(tail) != NONE) {
      tail = previousMember.get(tail);
    }
    previousMember.set(tail, storyLatest.get(keep));
    storyLatest.set(keep, head);
    storyLatest.set(gone, NONE);
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
    double pair = Double.NEGATIVE_INFINITY;
    double total;
    String from = "none";
  }
}
