package dev.storyweave.model;

import java.util.Objects;

/**
 * One quotation (or clear reported statement) as it occurs in one article, with who said it.
 *
 * <p>A split quote ({@code "I will go," he said, "if they come."}) is two mentions that share the
 * same {@code cue} mention; consumers that want whole statements join mentions with equal cues.
 *
 * @param content the quoted words, without the quotation marks (for reported speech: the reported
 *     clause)
 * @param speaker the speaker as written: a name, a role ("the ministry's spokesman") or a pronoun;
 *     null when no speaker was found
 * @param cue the attribution cue as written ("said", "according to", "wrote"); null when the quote
 *     has none (a colon-introduced or continued quote)
 * @param direct true for words inside quotation marks, false for reported speech
 * @param speakerName the best name for the speaker after resolving pronouns and roles within the
 *     article, null when unknown
 */
public record QuoteMention(
    Mention content, Mention speaker, Mention cue, boolean direct, String speakerName) {
  public QuoteMention {
    Objects.requireNonNull(content, "content");
    if (speaker != null && !speaker.article().equals(content.article())) {
      throw new IllegalArgumentException(
          "speaker from another article: content=" + content.article() + " speaker=" + speaker);
    }
    if (cue != null && !cue.article().equals(content.article())) {
      throw new IllegalArgumentException(
          "cue from another article: content=" + content.article() + " cue=" + cue);
    }
    if (speakerName != null && speakerName.isBlank()) {
      throw new IllegalArgumentException("blank speaker name: content=" + content);
    }
  }
}
