package dev.storyweave.model;

import java.util.List;

/**
 * {@code copy} derives from {@code source}: a provenance edge inside a story.
 *
 * @param shared fraction of the copy's text aligned to the source, in [0,1]
 * @param evidence aligned sentence pairs (copy sentence, source sentence)
 */
public record Derivation(
    String copy, String source, DerivationKind kind, double shared, List<AlignedPair> evidence) {
  public Derivation {
    if (copy.equals(source)) {
      throw new IllegalArgumentException("article derives from itself: " + copy);
    }
    if (!(shared >= 0.0 && shared <= 1.0)) {
      throw new IllegalArgumentException("shared fraction outside [0,1]: " + shared);
    }
    evidence = List.copyOf(evidence);
  }

  /** One sentence of the copy aligned to one of the source, with their similarity. */
  public record AlignedPair(Mention copy, Mention source, double similarity) {}
}
