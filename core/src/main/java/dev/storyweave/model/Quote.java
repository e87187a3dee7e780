package dev.storyweave.model;

import java.util.List;

/**
 * One statement, possibly reported in several wordings across the story.
 *
 * @param text the best-attested wording
 * @param variants other wordings of the same statement
 * @param speaker canonical name of an entity of the story, or null when unattributed
 * @param spans where each wording occurs
 */
public record Quote(
    String text,
    List<String> variants,
    String speaker,
    List<String> articles,
    List<Mention> spans) {
  public Quote {
    variants = List.copyOf(variants);
    articles = List.copyOf(articles);
    spans = List.copyOf(spans);
  }
}
