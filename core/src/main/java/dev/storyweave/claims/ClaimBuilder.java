package dev.storyweave.claims;

import dev.storyweave.model.Claim;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.Entity;
import dev.storyweave.model.Quote;
import dev.storyweave.model.StoryArticle;
import java.util.List;

/**
 * Groups the sentences (and the clauses of sentences that state several things) of one story's
 * articles into claims: the same statement of fact made across articles, recognised by meaning and
 * by shared entities, numbers and dates. Each claim cites its supporting sentences and counts its
 * independent sources: articles joined by a provenance edge ({@link Derivation}, any kind) count
 * once. Claims that state incompatible values for the same subject and relation (numbers, money,
 * percentages and durations, days, places, attributes such as "X is the capital of Y" or "X is Y's
 * foreign minister", negation, a quote given to different speakers) conflict, and both are then
 * {@link dev.storyweave.model.ClaimStatus#DISPUTED}; each conflict cites both sides and says
 * whether they are independent.
 *
 * <p>Every claim text is exactly the text of one of its spans. Implementations are thread-safe; bad
 * or empty input gives fewer claims and diagnostics, never an exception.
 */
public interface ClaimBuilder {

  /** The story's claims, ranked by independent support; see {@link #analyze}. */
  default List<Claim> build(
      List<StoryArticle> story,
      List<Derivation> derivations,
      List<Entity> entities,
      List<Quote> quotes) {
    return analyze(story, derivations, entities, quotes).claims();
  }

  /** The story's claims and the conflicts between them, each conflict citing both sides. */
  ClaimAnalysis analyze(
      List<StoryArticle> story,
      List<Derivation> derivations,
      List<Entity> entities,
      List<Quote> quotes);

  /** The default builder: BGE-small sentence embeddings plus lexical, entity and value overlap. */
  static ClaimBuilder create() {
    return new SimilarityClaimBuilder();
  }
}
