package dev.storyweave.model;

import java.util.List;

/**
 * Text quality of one article.
 *
 * @param score 1.0 = clean, fluent text; 0.0 = garbled
 * @param machineTranslated whether the text reads as machine-translated or garbled
 * @param evidence short human-readable reasons, e.g. {@code "name spelled 3 ways: ..."}
 */
public record Quality(double score, boolean machineTranslated, List<String> evidence) {
  public Quality {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("quality score outside [0,1]: " + score);
    }
    evidence = List.copyOf(evidence);
  }

  /** Quality of an article that has not been scored. */
  public static Quality unscored() {
    return new Quality(1.0, false, List.of());
  }
}
