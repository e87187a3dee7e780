package dev.storyweave.text;

import dev.storyweave.model.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/*
 * The model is loaded once and shared; POSTaggerME keeps per-call state, so each thread gets its
 * own tagger over the shared model. The model was trained on straight quotes and ASCII dashes, so
 * tokens are fed in their plain-punctuation form (same length, same tags for words).
 */
final class OpenNlpPosTagger implements PosTagger {

  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static volatile OpenNlpPosTagger shared;

  private final ThreadLocal<POSTaggerME> tagger;

  private OpenNlpPosTagger(POSModel model) {
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
  }

  static OpenNlpPosTagger shared() {
    OpenNlpPosTagger result = shared;
    if (result == null) {
      synchronized (OpenNlpPosTagger.class) {
        result = shared;
        if (result == null) {
          result = new OpenNlpPosTagger(loadModel());
          shared = result;
        }
      }
    }
    return result;
  }

  private static POSModel loadModel() {
    try (InputStream in = OpenNlpPosTagger.class.getResourceAsStream(POS_MODEL)) {
      if (in == null) {
        throw new IOException("model not on the classpath: " + POS_MODEL);
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP POS model " + POS_MODEL, e);
    }
  }

  @Override
  public List<String> tag(Sentence sentence) {
    if (sentence.tokens().isEmpty()) {
      return List.of();
    }
    String[] words =
        sentence.tokens().stream()
            .map(token -> TextNormalizer.plainPunctuation(token.text()))
            .toArray(String[]::new);
    return List.of(tagger.get().tag(words));
  }
}
