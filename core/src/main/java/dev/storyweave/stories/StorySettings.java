package dev.storyweave.stories;

import dev.storyweave.signals.MinHash;
import java.util.Locale;

/**
 * Immutable settings of story assignment. Start from {@link #defaults()} and change what you need
 * with {@link #toBuilder()}; the builder rejects out-of-range values naming the setting.
 *
 * <p>A candidate story scores {@code embeddingWeight * cosine + shingleWeight * jaccard +
 * nameWeight * nameProfileCosine + termWeight * termProfileCosine + figureWeight *
 * figureProfileCosine - timePenalty * dayGap / timeWindowDays}, cosine and Jaccard taken from its
 * best candidate article, the profiles from its recent members; an article joins the best-scoring
 * story when that score reaches {@code joinThreshold}.
 */
public final class StorySettings {

  private final double embeddingWeight;
  private final double nameWeight;
  private final double shingleWeight;
  private final double termWeight;
  private final double figureWeight;
  private final int profileMembers;
  private final double joinThreshold;
  private final int timeWindowDays;
  private final double timePenalty;
  private final int annNeighbours;
  private final int lshBands;
  private final int lshRows;
  private final int lshBucketLimit;
  private final int refreshEvery;
  private final int mergeMinBridges;
  private final double mergeNameSimilarity;
  private final double splitSeparation;
  private final double splitFigureWeight;
  private final double namePriorArticles;
  private final double nameRankDecay;
  private final double termRankDecay;
  private final boolean backgroundMerges;

  private StorySettings(Builder b) {
    this.embeddingWeight = b.embeddingWeight;
    this.nameWeight = b.nameWeight;
    this.shingleWeight = b.shingleWeight;
    this.termWeight = b.termWeight;
    this.figureWeight = b.figureWeight;
    this.profileMembers = b.profileMembers;
    this.joinThreshold = b.joinThreshold;
    this.timeWindowDays = b.timeWindowDays;
    this.timePenalty = b.timePenalty;
    this.annNeighbours = b.annNeighbours;
    this.lshBands = b.lshBands;
    this.lshRows = b.lshRows;
    this.lshBucketLimit = b.lshBucketLimit;
    this.refreshEvery = b.refreshEvery;
    this.mergeMinBridges = b.mergeMinBridges;
    this.mergeNameSimilarity = b.mergeNameSimilarity;
    this.splitSeparation = b.splitSeparation;
    this.splitFigureWeight = b.splitFigureWeight;
    this.namePriorArticles = b.namePriorArticles;
    this.nameRankDecay = b.nameRankDecay;
    this.termRankDecay = b.termRankDecay;
    this.backgroundMerges = b.backgroundMerges;
  }

  /** The settings tuned on the ECB+ training topics (see ClusteringEval). */
  public static StorySettings defaults() {
    return new Builder().build();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Weight of the lead-embedding cosine. */
  public double embeddingWeight() {
    return embeddingWeight;
  }

  /** Weight of the rarity-weighted cosine of name keys. */
  public double nameWeight() {
    return nameWeight;
  }

  /** Weight of the MinHash Jaccard estimate of word shingles. */
  public double shingleWeight() {
    return shingleWeight;
  }

  /** Weight of the cosine between the article's key terms and the story's key-term profile. */
  public double termWeight() {
    return termWeight;
  }

  /** Weight of the cosine between the article's figures and the story's figure profile. */
  public double figureWeight() {
    return figureWeight;
  }

  /** Most recent members of a story whose keys form its name and key-term profiles. */
  public int profileMembers() {
    return profileMembers;
  }

  /** Minimum story score for an article to join a story rather than open one. */
  public double joinThreshold() {
    return joinThreshold;
  }

  /**
   * Articles further apart than this many days (both dates known) are never candidates; 0 turns the
   * window and the time penalty off.
   */
  public int timeWindowDays() {
    return timeWindowDays;
  }

  /** Score subtracted from a pair at the edge of the time window, linearly less when closer. */
  public double timePenalty() {
    return timePenalty;
  }

  /** Nearest neighbours taken from the embedding index per article. */
  public int annNeighbours() {
    return annNeighbours;
  }

  /** LSH bands; {@code lshBands * lshRows} MinHash values are used. */
  public int lshBands() {
    return lshBands;
  }

  /** MinHash values per LSH band. */
  public int lshRows() {
    return lshRows;
  }

  /** Most recent articles read from one LSH bucket (caps boilerplate-heavy buckets). */
  public int lshBucketLimit() {
    return lshBucketLimit;
  }

  /** Articles added between refreshes of the on-index searcher (newer ones are scanned). */
  public int refreshEvery() {
    return refreshEvery;
  }

  /** Articles that must score above the threshold for both of two stories to merge them. */
  public int mergeMinBridges() {
    return mergeMinBridges;
  }

  /**
   * Minimum cosine of two stories' name profiles for a merge: bridged stories about two similar
   * events (the same boxer's two title fights) name different people and places.
   */
  public double mergeNameSimilarity() {
    return mergeNameSimilarity;
  }

  /**
   * A consolidation pass splits a story whose members form two groups (three articles or more each)
   * when members fit the other group's names (and figures, see {@link #splitFigureWeight()}) less
   * than this fraction of how well they fit the rest of their own group; 0 never splits. Tuned on
   * ECB+ train topics, where stories cut from one event scored 0.63 and up and stories holding two
   * events 0.60 and below.
   */
  public double splitSeparation() {
    return splitSeparation;
  }

  /**
   * Weight of figures next to names (weight 1) when a consolidation pass regroups a story's members
   * and compares the two groups; 0 splits on names alone.
   */
  public double splitFigureWeight() {
    return splitFigureWeight;
  }

  /**
   * Pseudo-count of articles in the name-key rarity weights: keys weigh about the same until the
   * store holds many more articles than this.
   */
  public double namePriorArticles() {
    return namePriorArticles;
  }

  /**
   * How fast a name key's weight falls with its rank in the article (most frequent first): weight
   * times {@code (1 + rank)^-nameRankDecay}; 0 weighs every key alike.
   */
  public double nameRankDecay() {
    return nameRankDecay;
  }

  /** Like {@link #nameRankDecay()}, for key terms. */
  public double termRankDecay() {
    return termRankDecay;
  }

  /**
   * Whether an on-disk assigner merges its vector index segments in a background thread instead of
   * the assigning one. Off by default: then the same articles in the same order always give the
   * same stories. On, no assignment waits for a merge (a merge at a million stored articles takes
   * minutes), but which merged segments a search sees depends on timing, so approximate
   * nearest-neighbour candidates, and rarely an assignment, can differ between runs.
   */
  public boolean backgroundMerges() {
    return backgroundMerges;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "StorySettings[embeddingWeight=%.3f nameWeight=%.3f shingleWeight=%.3f termWeight=%.3f figureWeight=%.3f"
            + " profileMembers=%d joinThreshold=%.3f"
            + " timeWindowDays=%d timePenalty=%.3f annNeighbours=%d lsh=%dx%d lshBucketLimit=%d"
            + " refreshEvery=%d mergeMinBridges=%d mergeNameSimilarity=%.2f"
            + " splitSeparation=%.2f splitFigureWeight=%.2f"
            + " namePriorArticles=%.0f nameRankDecay=%.2f termRankDecay=%.2f backgroundMerges=%b]",
        embeddingWeight,
        nameWeight,
        shingleWeight,
        termWeight,
        figureWeight,
        profileMembers,
        joinThreshold,
        timeWindowDays,
        timePenalty,
        annNeighbours,
        lshBands,
        lshRows,
        lshBucketLimit,
        refreshEvery,
        mergeMinBridges,
        mergeNameSimilarity,
        splitSeparation,
        splitFigureWeight,
        namePriorArticles,
        nameRankDecay,
        termRankDecay,
        backgroundMerges);
  }

  /** Builds {@link StorySettings}; every setter checks its range and names the setting. */
  public static final class Builder {
    private double embeddingWeight = 1.0;
    private double nameWeight = 0.5;
    private double shingleWeight = 0.5;
    private double termWeight = 0.5;
    private double figureWeight = 0.25;
    private int profileMembers = 16;
    private double joinThreshold = 1.05;
    private int timeWindowDays = 7;
    private double timePenalty = 0.1;
    private int annNeighbours = 20;
    private int lshBands = 16;
    private int lshRows = 4;
    private int lshBucketLimit = 32;
    private int refreshEvery = 1024;
    private int mergeMinBridges = 1;
    private double mergeNameSimilarity = 0.4;
    private double splitSeparation = 0.61;
    private double splitFigureWeight = 1;
    private double namePriorArticles = 1000;
    private double nameRankDecay = 0.5;
    private double termRankDecay = 0.5;
    private boolean backgroundMerges;

    private Builder() {}

    private Builder(StorySettings s) {
      embeddingWeight = s.embeddingWeight;
      nameWeight = s.nameWeight;
      shingleWeight = s.shingleWeight;
      termWeight = s.termWeight;
      figureWeight = s.figureWeight;
      profileMembers = s.profileMembers;
      joinThreshold = s.joinThreshold;
      timeWindowDays = s.timeWindowDays;
      timePenalty = s.timePenalty;
      annNeighbours = s.annNeighbours;
      lshBands = s.lshBands;
      lshRows = s.lshRows;
      lshBucketLimit = s.lshBucketLimit;
      refreshEvery = s.refreshEvery;
      mergeMinBridges = s.mergeMinBridges;
      mergeNameSimilarity = s.mergeNameSimilarity;
      splitSeparation = s.splitSeparation;
      splitFigureWeight = s.splitFigureWeight;
      namePriorArticles = s.namePriorArticles;
      nameRankDecay = s.nameRankDecay;
      termRankDecay = s.termRankDecay;
      backgroundMerges = s.backgroundMerges;
    }

    public Builder embeddingWeight(double value) {
      embeddingWeight = nonNegative("embeddingWeight", value);
      return this;
    }

    public Builder nameWeight(double value) {
      nameWeight = nonNegative("nameWeight", value);
      return this;
    }

    public Builder shingleWeight(double value) {
      shingleWeight = nonNegative("shingleWeight", value);
      return this;
    }

    public Builder termWeight(double value) {
      termWeight = nonNegative("termWeight", value);
      return this;
    }

    public Builder figureWeight(double value) {
      figureWeight = nonNegative("figureWeight", value);
      return this;
    }

    public Builder profileMembers(int value) {
      profileMembers = atLeast("profileMembers", value, 1);
      return this;
    }

    public Builder joinThreshold(double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("joinThreshold must be finite: " + value);
      }
      joinThreshold = value;
      return this;
    }

    public Builder timeWindowDays(int value) {
      timeWindowDays = atLeast("timeWindowDays", value, 0);
      return this;
    }

    public Builder timePenalty(double value) {
      timePenalty = nonNegative("timePenalty", value);
      return this;
    }

    public Builder annNeighbours(int value) {
      annNeighbours = atLeast("annNeighbours", value, 1);
      return this;
    }

    /** Sets bands and rows together; their product must not exceed {@link MinHash#SIZE}. */
    public Builder lsh(int bands, int rows) {
      atLeast("lshBands", bands, 1);
      atLeast("lshRows", rows, 1);
      if (bands * rows > MinHash.SIZE) {
        throw new IllegalArgumentException(
            "lshBands * lshRows exceeds the MinHash size "
                + MinHash.SIZE
                + ": bands="
                + bands
                + " rows="
                + rows);
      }
      lshBands = bands;
      lshRows = rows;
      return this;
    }

    public Builder lshBucketLimit(int value) {
      lshBucketLimit = atLeast("lshBucketLimit", value, 1);
      return this;
    }

    public Builder refreshEvery(int value) {
      refreshEvery = atLeast("refreshEvery", value, 1);
      return this;
    }

    public Builder mergeMinBridges(int value) {
      mergeMinBridges = atLeast("mergeMinBridges", value, 1);
      return this;
    }

    public Builder mergeNameSimilarity(double value) {
      mergeNameSimilarity = nonNegative("mergeNameSimilarity", value);
      return this;
    }

    public Builder splitSeparation(double value) {
      splitSeparation = nonNegative("splitSeparation", value);
      return this;
    }

    public Builder splitFigureWeight(double value) {
      splitFigureWeight = nonNegative("splitFigureWeight", value);
      return this;
    }

    public Builder namePriorArticles(double value) {
      namePriorArticles = nonNegative("namePriorArticles", value);
      return this;
    }

    public Builder nameRankDecay(double value) {
      nameRankDecay = nonNegative("nameRankDecay", value);
      return this;
    }

    public Builder termRankDecay(double value) {
      termRankDecay = nonNegative("termRankDecay", value);
      return this;
    }

    public Builder backgroundMerges(boolean value) {
      backgroundMerges = value;
      return this;
    }

    public StorySettings build() {
      return new StorySettings(this);
    }

    private static double nonNegative(String name, double value) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
      }
      return value;
    }

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
      }
      return value;
    }
  }
}
