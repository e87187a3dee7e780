package dev.storyweave.model;

import java.util.List;

/** One story: the articles about one event and everything the analysis found in them. */
public record Story(
    String id,
    String headline,
    List<String> articles,
    List<Derivation> derivations,
    List<Entity> entities,
    List<Quote> quotes,
    List<Claim> claims,
    List<TimelineEvent> timeline,
    List<KeyPoint> keyPoints) {
  public Story {
    articles = List.copyOf(articles);
    derivations = List.copyOf(derivations);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    timeline = List.copyOf(timeline);
    keyPoints = List.copyOf(keyPoints);
  }
}
