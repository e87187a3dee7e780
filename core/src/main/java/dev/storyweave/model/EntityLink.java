package dev.storyweave.model;

import java.util.Objects;

/**
 * How one entity of a story was linked to the store's entities.
 *
 * @param entity the story's entity
 * @param storeEntityId the store entity it is, or null when it is new to the store
 * @param evidence why, in words ("same full name", "spelling variant, 3 shared co-occurring
 *     entities", "new")
 */
public record EntityLink(Entity entity, String storeEntityId, String evidence) {
  public EntityLink {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(evidence, "evidence");
    if (storeEntityId != null && storeEntityId.isBlank()) {
      throw new IllegalArgumentException("blank store entity id: entity=" + entity.name());
    }
  }

  /** Whether the entity is new to the store. */
  public boolean isNew() {
    return storeEntityId == null;
  }
}
