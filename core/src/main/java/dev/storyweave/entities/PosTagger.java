package dev.storyweave.entities;

import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/*
 * Universal Dependencies tags from OpenNLP's English EWT model. Kept package-private in entities
 * until the text stage offers POS tags itself. The model is thread-safe, POSTaggerME is not, so
 * each thread gets its own tagger over the one shared model.
 */
final class PosTagger {

  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static volatile PosTagger shared;

  private static final int CACHE_SIZE = 4096;

  private final ThreadLocal<POSTaggerME> tagger;

  // Detection and reference linking tag the same sentences one after the other; tagging is the
  // expensive step, so each thread remembers its most recent sentences.
  private final ThreadLocal<Map<Sentence, String[]>> recent =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Sentence, String[]> eldest) {
                  return size() > CACHE_SIZE;
                }
              });

  private PosTagger(POSModel model) {
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
  }

  static PosTagger shared() {
    PosTagger result = shared;
    if (result == null) {
      synchronized (PosTagger.class) {
        result = shared;
        if (result == null) {
          result = new PosTagger(load());
          shared = result;
        }
      }
    }
    return result;
  }

  private static POSModel load() {
    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IOException("model not on the classpath: " + MODEL);
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP POS model " + MODEL, e);
    }
  }

  /**
   * UD tags (PROPN, NOUN, ADJ, ...) for the sentence's tokens, one per token, joined tags cut to
   * the first.
   */
  String[] tag(Sentence sentence) {
    Map<Sentence, String[]> cache = recent.get();
    String[] cached = cache.get(sentence);
    if (cached == null) {
      cached = tagUncached(sentence);
      cache.put(sentence, cached);
    }
    return cached.clone();
  }

  private String[] tagUncached(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    if (words.length == 0) {
      return new String[0];
    }
    String[] tags = tagger.get().tag(words);
    // Contractions tokenized as one word get joined tags ("Blinken's" is PROPN+PART).
    for (int i = 0; i < tags.length; i++) {
      int plus = tags[i].indexOf('+');
      if (plus > 0) {
        tags[i] = tags[i].substring(0, plus);
      }
    }
    return tags;
  }
}
