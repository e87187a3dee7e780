package dev.storyweave.model;

import java.util.List;

/**
 * A person, place or organisation resolved across the story's articles.
 *
 * @param name canonical name: the best-attested full form
 * @param mentions every variant with where it occurs
 * @param roles roles the sources give the entity ("Ukrainian President"), may be empty
 */
public record Entity(String name, EntityType type, List<Mention> mentions, List<String> roles) {
  public Entity {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("entity without a name: type=" + type);
    }
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
  }
}
