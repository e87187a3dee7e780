package dev.storyweave.model;

import java.util.List;

/**
 * Two claims of one story that state incompatible values for the same subject and relation.
 *
 * @param claim index of one side in the story's claims
 * @param otherClaim index of the other side, never equal to {@code claim}
 * @param reason one line naming the subject, relation and both values, e.g. {@code "capital of
 *     Australia: Sydney vs Canberra"}
 * @param independent whether no article of one side derives from (or shares a source with) an
 *     article of the other side
 * @param spans the sentences of {@code claim} that state its value
 * @param otherSpans the sentences of {@code otherClaim} that state the other value
 */
public record Conflict(
    int claim,
    int otherClaim,
    String reason,
    boolean independent,
    List<Mention> spans,
    List<Mention> otherSpans) {
  public Conflict {
    if (claim < 0 || otherClaim < 0 || claim == otherClaim) {
      throw new IllegalArgumentException(
          "conflict needs two distinct claims: claim=" + claim + " otherClaim=" + otherClaim);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("conflict without a reason: claim=" + claim);
    }
    spans = List.copyOf(spans);
    otherSpans = List.copyOf(otherSpans);
    if (spans.isEmpty() || otherSpans.isEmpty()) {
      throw new IllegalArgumentException(
          "conflict must cite both sides: claim=" + claim + " otherClaim=" + otherClaim);
    }
  }
}
