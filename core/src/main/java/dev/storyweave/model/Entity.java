package dev.storyweave.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A person, place or organisation resolved across the story's articles.
 *
 * @param name canonical name: the best-attested full form
 * @param mentions every variant with where it occurs
 * @param roles roles the sources give the entity ("Ukrainian President"), may be empty
 * @param storeEntityId the id of the store-wide entity this one was linked to (see {@link
 *     StoreEntity}), or null when the story was analysed without a store; left out of the JSON
 *     report when null
 */
public record Entity(
    String name,
    EntityType type,
    List<Mention> mentions,
    List<String> roles,
    @JsonInclude(JsonInclude.Include.NON_NULL) String storeEntityId) {
  public Entity {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("entity without a name: type=" + type);
    }
    if (storeEntityId != null && storeEntityId.isBlank()) {
      throw new IllegalArgumentException("blank store entity id: name=" + name);
    }
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
  }

  /** An entity of one story, not (yet) linked to a store-wide entity. */
  public Entity(String name, EntityType type, List<Mention> mentions, List<String> roles) {
    this(name, type, mentions, roles, null);
  }

  /** This entity linked to the store-wide entity {@code id}. */
  public Entity withStoreEntityId(String id) {
    return new Entity(name, type, mentions, roles, id);
  }
}
