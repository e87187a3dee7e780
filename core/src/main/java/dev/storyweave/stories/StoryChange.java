package dev.storyweave.stories;

/**
 * A change that a consolidation pass made to stories already formed.
 *
 * @param kind what happened
 * @param storyId the story that remains (for a merge) or that was split
 * @param otherStoryId the story merged into {@code storyId}, or the new story split off
 * @param articles how many articles moved
 * @param reason the evidence, for a person reading the log
 */
public record StoryChange(
    Kind kind, String storyId, String otherStoryId, int articles, String reason) {

  /** What a consolidation pass did. */
  public enum Kind {
    /** {@code otherStoryId} was merged into {@code storyId}. */
    MERGE,
    /** {@code otherStoryId} was split off {@code storyId}. */
    SPLIT
  }

  public StoryChange {
    if (kind == null) {
      throw new IllegalArgumentException("kind is null: story=" + storyId);
    }
    if (storyId == null || otherStoryId == null || storyId.equals(otherStoryId)) {
      throw new IllegalArgumentException(
          "bad stories for " + kind + ": story=" + storyId + " other=" + otherStoryId);
    }
    if (articles < 0) {
      throw new IllegalArgumentException("negative article count: " + articles);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason is blank for " + kind + " of " + storyId);
    }
  }
}
