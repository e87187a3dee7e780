package dev.storyweave.model;

import java.util.List;

/**
 * One story: the articles about one event and everything the analysis found in them.
 *
 * @param disagreements the conflicts between claims, each citing both sides and saying whether they
 *     are independent (the contract's {@code conflicts_with} indexes, with their evidence)
 */
public record Story(
    String id,
    String headline,
    List<String> articles,
    List<Derivation> derivations,
    List<Entity> entities,
    List<Quote> quotes,
    List<Claim> claims,
    List<TimelineEvent> timeline,
    List<KeyPoint> keyPoints,
    List<Conflict> disagreements) {
  public Story {
    disagreements = List.copyOf(disagreements);
    articles = List.copyOf(articles);
    derivations = List.copyOf(derivations);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    timeline = List.copyOf(timeline);
    keyPoints = List.copyOf(keyPoints);
  }

  /** A story without conflict details (the claims' {@code conflictsWith} still says which). */
  public Story(
      String id,
      String headline,
      List<String> articles,
      List<Derivation> derivations,
      List<Entity> entities,
      List<Quote> quotes,
      List<Claim> claims,
      List<TimelineEvent> timeline,
      List<KeyPoint> keyPoints) {
    this(
        id,
        headline,
        articles,
        derivations,
        entities,
        quotes,
        claims,
        timeline,
        keyPoints,
        List.of());
  }
}
