package dev.storyweave.app.eval;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB+ corpus as laid out in {@code ../shared/data/ecbplus}: {@code docs.tsv} lists every
 * document with its topic, sub-topic and split, and {@code ECB+/<topic>/<doc>.xml} holds its tokens
 * with sentence numbers.
 *
 * <p>Sentence 0 of an {@code *ecbplus.xml} document is its source URL: it becomes the article's
 * URL, never its text. The corpus carries no publication dates. Token text is joined back into
 * sentences with the usual spacing around punctuation; sentences become lines.
 */
public final class EcbPlusCorpus {

  /** The dev topics of the Cybulska and Vossen split; the rest of 1-35 is train. */
  public static final Set<Integer> DEV_TOPICS = Set.of(2, 5, 12, 18, 21, 23, 34, 35);

  /**
   * One ECB+ document.
   *
   * @param id file name without {@code .xml}, e.g. {@code 1_10ecbplus}
   * @param topic topic number
   * @param subtopic the gold story, e.g. {@code 1ecbplus}
   * @param split {@code train} or {@code dev}
   * @param url source URL of ecbplus documents, else null
   * @param text the document's sentences, one per line
   */
  public record Document(
      String id, int topic, String subtopic, String split, String url, String text) {

    /** The document as an article with no title, outlet or date. */
    public Article toArticle() {
      return new Article(
          id,
          "ecbplus:" + id,
          url,
          Integer.toHexString(text.hashCode()),
          Inferred.none(),
          Inferred.none(),
          Inferred.none(),
          Inferred.none(),
          Inferred.none(),
          Inferred.of("en", Inference.META),
          text);
    }
  }

  private EcbPlusCorpus() {}

  /** Every document listed in {@code corpus/docs.tsv}, in the listed order. */
  public static List<Document> read(Path corpus) {
    Path listing = corpus.resolve("docs.tsv");
    if (!Files.isRegularFile(listing)) {
      throw new IllegalArgumentException("not an ECB+ folder (no docs.tsv): " + corpus);
    }
    List<Document> docs = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(listing);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String file = f[0];
        int topic = Integer.parseInt(f[1]);
        String url = f.length > 4 && !f[4].isBlank() ? f[4] : null;
        Path xml = corpus.resolve("ECB+").resolve(f[1]).resolve(file);
        String id = file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
        String text = text(xml, file.endsWith("ecbplus.xml"));
        docs.add(new Document(id, topic, f[2], f[3], url, text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECB+ corpus in " + corpus, e);
    }
    return docs;
  }

  /** The document's sentences as lines, without the URL sentence of ecbplus documents. */
  static String text(Path xml, boolean skipUrlSentence) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xml)) {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      int currentSentence = -1;
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && reader.getLocalName().equals("token")) {
          int sentence = Integer.parseInt(reader.getAttributeValue(null, "sentence"));
          String token = reader.getElementText().strip();
          if (skipUrlSentence && sentence == 0) {
            continue;
          }
          if (sentence != currentSentence) {
            sentences.add(new ArrayList<>());
            currentSentence = sentence;
          }
          if (!token.isEmpty()) {
            sentences.get(sentences.size() - 1).add(token);
          }
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw new IOException("bad ECB+ XML " + xml + ": " + e.getMessage(), e);
    }
    StringBuilder text = new StringBuilder();
    for (List<String> sentence : sentences) {
      if (sentence.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(detokenize(sentence));
    }
    return text.toString();
  }

  /** Joins tokens with spaces except where written English has none. */
  static String detokenize(List<String> tokens) {
    StringBuilder out = new StringBuilder();
    boolean noSpaceNext = true;
    boolean openQuote = false;
    for (String raw : tokens) {
      String t = raw.equals("``") || raw.equals("''") ? "\"" : raw;
      boolean attachLeft =
          t.matches("[.,;:!?)\\]}%]+|'s|'S|n't|'re|'ve|'ll|'d|'m") || (t.equals("\"") && openQuote);
      if (out.length() > 0 && !noSpaceNext && !attachLeft) {
        out.append(' ');
      }
      out.append(t);
      noSpaceNext = t.matches("[(\\[{$]") || (t.equals("\"") && !openQuote);
      if (t.equals("\"")) {
        openQuote = !openQuote;
      }
    }
    return out.toString();
  }
}
