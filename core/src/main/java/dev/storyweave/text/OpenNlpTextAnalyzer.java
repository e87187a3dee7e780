package dev.storyweave.text;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/*
 * News text is laid out in lines: paragraphs, headings without a final period, bullet items.
 * OpenNLP's sentence model is trained on running prose and happily glues a heading onto the next
 * paragraph, so the text is first cut into layout blocks (NewsLayout: lines, with hard-wrapped
 * prose re-joined and bullet markers dropped) and the model runs within each block. The model
 * beats punctuation rules on most abbreviations, but it was trained on web text and misses some
 * news conventions (titles, "U.S. President", quotes ending in "!"), so SentenceBoundaryRules
 * repairs its output with general English rules. Measured on the hand-split seed fixtures, see
 * SentenceSplitAccuracyTest. The OpenNLP *ME classes are not thread-safe; the models are, so each
 * thread gets its own detector over the shared models.
 */
final class OpenNlpTextAnalyzer implements TextAnalyzer {

  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** A lower-case word with the sentence's full stop attached ("script."), no inner stop. */
  private static final Pattern FINAL_WORD_WITH_STOP = Pattern.compile("\\p{Ll}[\\p{L}'-]*\\.");

  private static volatile OpenNlpTextAnalyzer shared;

  private final ThreadLocal<SentenceDetectorME> sentenceDetector;

  private final ThreadLocal<TokenizerME> tokenizer;

  private OpenNlpTextAnalyzer(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
    this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
  }

  static OpenNlpTextAnalyzer shared() {
    OpenNlpTextAnalyzer result = shared;
    if (result == null) {
      synchronized (OpenNlpTextAnalyzer.class) {
        result = shared;
        if (result == null) {
          result = new OpenNlpTextAnalyzer(loadSentenceModel(), loadTokenizerModel());
          shared = result;
        }
      }
    }
    return result;
  }

  private static SentenceModel loadSentenceModel() {
    try (InputStream in = resource(SENTENCE_MODEL)) {
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP sentence model " + SENTENCE_MODEL, e);
    }
  }

  private static TokenizerModel loadTokenizerModel() {
    try (InputStream in = resource(TOKEN_MODEL)) {
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP tokenizer model " + TOKEN_MODEL, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = OpenNlpTextAnalyzer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("model not on the classpath: " + name);
    }
    return in;
  }

  @Override
  public AnalyzedText analyze(String articleId, String text) {
    if (articleId == null || text == null) {
      throw new IllegalArgumentException("articleId and text must not be null: id=" + articleId);
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int[] block : NewsLayout.blocks(text)) {
      addBlock(text, block[0], block[1], sentences);
    }
    return new AnalyzedText(articleId, text, sentences);
  }

  private void addBlock(String text, int blockStart, int blockEnd, List<Sentence> out) {
    // wrapped lines inside a block reach the model as one line of the same length
    String block = text.substring(blockStart, blockEnd).replace('\n', ' ').replace('\r', ' ');
    List<int[]> spans = new ArrayList<>();
    for (Span span : sentenceDetector.get().sentPosDetect(block)) {
      spans.add(new int[] {blockStart + span.getStart(), blockStart + span.getEnd()});
    }
    if (spans.isEmpty()) {
      spans.add(new int[] {blockStart, blockEnd});
    }
    for (int[] span : SentenceBoundaryRules.repair(text, spans)) {
      int start = span[0];
      int end = span[1];
      while (start < end && NewsLayout.isBlank(text.charAt(start))) {
        start++;
      }
      while (end > start && NewsLayout.isBlank(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(
            new Sentence(
                out.size(), start, end, text.substring(start, end), tokens(text, start, end)));
      }
    }
  }

  private List<Token> tokens(String text, int start, int end) {
    String sentence = text.substring(start, end);
    List<Token> tokens = new ArrayList<>();
    Span[] spans = tokenizer.get().tokenizePos(TextNormalizer.plainPunctuation(sentence));
    for (int i = 0; i < spans.length; i++) {
      int tokenStart = start + spans[i].getStart();
      int tokenEnd = start + spans[i].getEnd();
      String tokenText = text.substring(tokenStart, tokenEnd);
      if (i == spans.length - 1 && FINAL_WORD_WITH_STOP.matcher(tokenText).matches()) {
        // the model now and then leaves a sentence's full stop on its last word ("script."):
        // the word and the stop are two tokens, as everywhere else
        tokens.add(token(text, tokenStart, tokenEnd - 1));
        tokens.add(token(text, tokenEnd - 1, tokenEnd));
      } else {
        tokens.add(token(text, tokenStart, tokenEnd));
      }
    }
    return tokens;
  }

  private static Token token(String text, int start, int end) {
    String tokenText = text.substring(start, end);
    return new Token(start, end, tokenText, TextNormalizer.fold(tokenText));
  }
}
