package dev.storyweave.text;

import dev.storyweave.model.Sentence;
import java.util.List;

/**
 * Part-of-speech tags for the tokens of a sentence, in the Universal Dependencies tag set ({@code
 * PROPN}, {@code NOUN}, {@code VERB}, {@code ADJ}, {@code ADP}, {@code PUNCT} ...). Entity mention
 * detection uses runs of {@code PROPN} as proper-noun chunks.
 *
 * <p>Implementations are thread-safe and never throw on odd text.
 */
public interface PosTagger {

  /** One tag per token of {@code sentence}, in token order; empty for a sentence without tokens. */
  List<String> tag(Sentence sentence);

  /** The English tagger: OpenNLP's model trained on the UD English Web Treebank. */
  static PosTagger english() {
    return OpenNlpPosTagger.shared();
  }
}
