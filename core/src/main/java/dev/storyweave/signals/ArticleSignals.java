package dev.storyweave.signals;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The signals of one article that story assignment needs, computed once and stored.
 *
 * <p>The arrays are shared, not copied, for speed: callers must never mutate them. Equality of the
 * record is reference equality of the arrays, as for every record with array components.
 *
 * @param articleId the article's id
 * @param minHash MinHash signature of the article's word shingles ({@link MinHash#SIZE} values)
 * @param leadEmbedding unit-length embedding of title and lead
 * @param nameKeys folded capitalised name words (people, places, organisations, ...) of the text
 * @param published publication date, or null when unknown
 * @param keyTerms the article's most frequent content-word stems and numbers, most frequent first
 * @param figures the numbers the text states (years, counts, amounts, scores, times of day), digits
 *     only, most frequent first: what tells apart two events of one kind
 */
public record ArticleSignals(
    String articleId,
    int[] minHash,
    float[] leadEmbedding,
    Set<String> nameKeys,
    LocalDate published,
    Set<String> keyTerms,
    Set<String> figures) {

  /** Signals without figures. */
  public ArticleSignals(
      String articleId,
      int[] minHash,
      float[] leadEmbedding,
      Set<String> nameKeys,
      LocalDate published,
      Set<String> keyTerms) {
    this(articleId, minHash, leadEmbedding, nameKeys, published, keyTerms, Set.of());
  }

  /** Signals without key terms. */
  public ArticleSignals(
      String articleId,
      int[] minHash,
      float[] leadEmbedding,
      Set<String> nameKeys,
      LocalDate published) {
    this(articleId, minHash, leadEmbedding, nameKeys, published, Set.of(), Set.of());
  }

  public ArticleSignals {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("article id is blank: " + articleId);
    }
    Objects.requireNonNull(minHash, "minHash");
    if (minHash.length != MinHash.SIZE) {
      throw new IllegalArgumentException(
          "minHash has " + minHash.length + " values, expected " + MinHash.SIZE + ": " + articleId);
    }
    Objects.requireNonNull(leadEmbedding, "leadEmbedding");
    if (leadEmbedding.length == 0) {
      throw new IllegalArgumentException("empty lead embedding: " + articleId);
    }
    // Insertion order kept (Set.copyOf's order changes between JVM runs): consumers that number
    // keys in iteration order stay deterministic.
    nameKeys = Collections.unmodifiableSet(new LinkedHashSet<>(nameKeys));
    keyTerms = Collections.unmodifiableSet(new LinkedHashSet<>(keyTerms));
    figures = Collections.unmodifiableSet(new LinkedHashSet<>(figures));
  }
}
