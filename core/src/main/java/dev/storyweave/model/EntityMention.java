package dev.storyweave.model;

import java.util.Objects;

/**
 * A detected name in one article, before resolution into an {@link Entity}.
 *
 * @param mention the name as written (possessive ending and role cue excluded), offsets into the
 *     article text
 * @param type the type the detector inferred from the name and its context
 * @param title the role cue written before the name ("President", "Secretary of State"), or null
 * @param confidence how sure the detector is of the type, in {@code [0, 1]}
 */
public record EntityMention(Mention mention, EntityType type, String title, double confidence) {
  public EntityMention {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(type, "type");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException(
          "confidence outside [0, 1]: confidence=" + confidence + " mention=" + mention.text());
    }
  }
}
