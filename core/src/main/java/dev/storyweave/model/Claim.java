package dev.storyweave.model;

import java.util.List;

/**
 * A statement of fact grouped across articles.
 *
 * @param independentSources number of supporting articles after collapsing copies
 * @param conflictsWith indexes into the same story's claims
 * @param spans the supporting sentences
 */
public record Claim(
    String text,
    List<String> articles,
    int independentSources,
    ClaimStatus status,
    List<Integer> conflictsWith,
    List<Mention> spans) {
  public Claim {
    articles = List.copyOf(articles);
    conflictsWith = List.copyOf(conflictsWith);
    spans = List.copyOf(spans);
    if (independentSources < 0 || independentSources > articles.size()) {
      throw new IllegalArgumentException(
          "independent sources " + independentSources + " outside [0," + articles.size() + "]");
    }
  }
}
