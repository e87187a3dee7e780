package dev.storyweave.provenance;

import dev.storyweave.model.Derivation;
import java.util.List;

/**
 * The edges of one story with what finding them cost: how many article pairs were aligned out of
 * all pairs, and how many of the aligned pairs the pre-filter proposed as plausible (the others
 * only estimate the story's background).
 *
 * @param derivations the provenance edges, as {@link DerivationDetector#detect} returns them
 * @param pairsAligned article pairs aligned sentence by sentence (both directions count once)
 * @param pairsTotal all pairs of the story, n(n-1)/2
 * @param pairsProposed aligned pairs proposed as plausible copies (all of them without pre-filter)
 */
public record Detection(
    List<Derivation> derivations, long pairsAligned, long pairsTotal, long pairsProposed) {
  public Detection {
    derivations = List.copyOf(derivations);
    if (pairsAligned < 0 || pairsAligned > pairsTotal) {
      throw new IllegalArgumentException(
          "pairsAligned out of [0, pairsTotal=" + pairsTotal + "]: " + pairsAligned);
    }
    if (pairsProposed < 0 || pairsProposed > pairsAligned) {
      throw new IllegalArgumentException(
          "pairsProposed out of [0, pairsAligned=" + pairsAligned + "]: " + pairsProposed);
    }
  }
}
