package dev.storyweave.entities;

import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityMention;
import dev.storyweave.model.StoryArticle;
import java.util.List;

/**
 * Groups the name mentions of a story's articles into entities, tolerant of short forms,
 * possessives, diacritics, transliteration and machine-translation garbling, but never merging two
 * people whose surnames differ.
 *
 * <p>Each entity's name is its best-attested full form; its mentions are every occurrence with
 * offsets into {@code Article.text()}. Implementations are thread-safe and never throw on odd text.
 */
public interface EntityResolver {

  /** The entities of {@code story}, most mentioned first. */
  List<Entity> resolve(List<StoryArticle> story);

  /**
   * The entities of {@code story}, where a name that matches an entity already {@code known} (from
   * the store) is resolved to that entity's canonical name. Known entities without a mention in the
   * story are not returned.
   */
  List<Entity> resolve(List<StoryArticle> story, List<Entity> known);

  /**
   * Resolves mentions found elsewhere (by another detector, or gold spans in an evaluation) exactly
   * as {@link #resolve(List, List)} resolves the detected ones.
   */
  List<Entity> resolveMentions(List<EntityMention> mentions, List<Entity> known);

  /** The resolver over {@link MentionDetector#english()}. */
  static EntityResolver create() {
    return new VariantEntityResolver(MentionDetector.english(), false);
  }

  /**
   * The resolver over {@link MentionDetector#english()} that also attaches mentions that are not
   * names: singular personal pronouns ("he", "her"), role words used without the name ("the host"),
   * and common nouns for event participants ("the driver", "the vessel"), grouped by lemma within
   * the story when no name claims them. Meant for coreference evaluation and for stages that need
   * to know who "he" is; the report's entity list uses {@link #create()}.
   */
  static EntityResolver withReferences() {
    return new VariantEntityResolver(MentionDetector.english(), true);
  }
}
