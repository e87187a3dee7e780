package dev.storyweave.app.eval;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import dev.storyweave.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/*
 * The one ECB+ reader, with two views of a document. Both come from the same listing (docs.tsv:
 * topic, sub-topic, split, URL) and the same token-level XML.
 *
 *  - read(): the document as an article for story clustering, its tokens joined back with the
 *    usual English spacing, one line per sentence, without the URL sentence of ecbplus documents.
 *  - readAnnotated(): the document for entity coreference, its text rebuilt from the gold tokens
 *    (one space between tokens, one newline between sentences) so that gold and predicted mentions
 *    share character offsets, the gold tokenisation kept as the AnalyzedText, and the sentence
 *    selection of ECBplus_coreference_sentences.csv. Gold entity mentions are all HUMAN*, LOC* and
 *    NON_HUMAN* markables of the selected sentences, as in Cybulska & Vossen and Barhom et al.: in
 *    their CROSS_DOC_COREF chain when they have one, else in their INTRA_DOC_COREF chain, else as
 *    singletons.
 */

/**
 * Reads the ECB+ corpus as laid out in {@code ../shared/data/ecbplus}: {@code docs.tsv} lists every
 * document with its topic, sub-topic and split, and {@code ECB+/<topic>/<doc>.xml} holds its tokens
 * with sentence numbers and its stand-off entity and event markables.
 *
 * <p>Sentence 0 of an {@code *ecbplus.xml} document is its source URL: it becomes the article's
 * URL, never its text. The corpus carries no publication dates.
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
    List<Document> docs = new ArrayList<>();
    try {
      DocumentBuilder builder = xmlBuilder();
      for (Listed row : listing(corpus)) {
        Path xml = corpus.resolve("ECB+").resolve(row.topic()).resolve(row.file());
        String id =
            row.file().endsWith(".xml")
                ? row.file().substring(0, row.file().length() - 4)
                : row.file();
        String text = text(parseXml(builder, xml), row.file().endsWith("ecbplus.xml"));
        docs.add(
            new Document(
                id, Integer.parseInt(row.topic()), row.subtopic(), row.split(), row.url(), text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECB+ corpus in " + corpus, e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
    }
    return docs;
  }

  private static org.w3c.dom.Document parseXml(DocumentBuilder builder, Path xml)
      throws IOException {
    try {
      return builder.parse(xml.toFile());
    } catch (SAXException e) {
      throw new IOException("bad ECB+ XML " + xml + ": " + e.getMessage(), e);
    }
  }

  /** The document's sentences as lines, without the URL sentence of ecbplus documents. */
  private static String text(org.w3c.dom.Document xml, boolean skipUrlSentence) {
    StringBuilder text = new StringBuilder();
    for (List<RawToken> sentence : sentences(tokens(xml))) {
      if (skipUrlSentence && sentence.get(0).sentence() == 0) {
        continue;
      }
      List<String> words = sentence.stream().map(RawToken::text).filter(t -> !t.isEmpty()).toList();
      if (words.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(detokenize(words));
    }
    return text.toString();
  }

  /** One row of docs.tsv. */
  private record Listed(String file, String topic, String subtopic, String split, String url) {}

  private static List<Listed> listing(Path corpus) throws IOException {
    Path tsv = corpus.resolve("docs.tsv");
    if (!Files.isRegularFile(tsv)) {
      throw new IllegalArgumentException("not an ECB+ folder (no docs.tsv): " + corpus);
    }
    List<Listed> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (line.isBlank() || f.length < 4) {
        continue;
      }
      String url = f.length > 4 && !f[4].isBlank() ? f[4] : null;
      rows.add(new Listed(f[0], f[1], f[2], f[3], url));
    }
    return rows;
  }

  private record RawToken(String id, int sentence, String text) {}

  /** The document's tokens in document order, text stripped. */
  private static List<RawToken> tokens(org.w3c.dom.Document xml) {
    NodeList nodes = xml.getElementsByTagName("token");
    List<RawToken> tokens = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      Element token = (Element) nodes.item(i);
      tokens.add(
          new RawToken(
              token.getAttribute("t_id"),
              Integer.parseInt(token.getAttribute("sentence")),
              token.getTextContent().strip()));
    }
    return tokens;
  }

  /** Consecutive tokens of one sentence number, in document order. */
  private static List<List<RawToken>> sentences(List<RawToken> tokens) {
    List<List<RawToken>> sentences = new ArrayList<>();
    int current = Integer.MIN_VALUE;
    for (RawToken token : tokens) {
      if (token.sentence() != current) {
        sentences.add(new ArrayList<>());
        current = token.sentence();
      }
      sentences.get(sentences.size() - 1).add(token);
    }
    return sentences;
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

  /** One gold entity mention: character offsets into {@link EcbDocument#text()}. */
  record GoldMention(String doc, int start, int end, String text, String tag, String chain) {}

  /** One annotated document with its rebuilt text, gold tokens and gold entity mentions. */
  record EcbDocument(
      String name,
      String topic,
      String subtopic,
      String split,
      AnalyzedText analyzed,
      Set<Integer> selectedSentences,
      List<GoldMention> mentions) {

    String text() {
      return analyzed.text();
    }

    /** The document as an article: its name as id and title, no metadata, the rebuilt text. */
    Article article() {
      return Article.withoutMetadata(name, name, "0", text());
    }

    /** Whether the character offset lies in a sentence selected for coreference evaluation. */
    boolean selected(int offset) {
      for (Sentence sentence : analyzed.sentences()) {
        if (offset >= sentence.start() && offset < sentence.end()) {
          return selectedSentences.contains(sentence.index());
        }
      }
      return false;
    }
  }

  /** Every document of {@code corpus} in docs.tsv whose split is in {@code splits}. */
  static List<EcbDocument> readAnnotated(Path corpus, Set<String> splits) {
    return readAnnotated(corpus, splits, null);
  }

  /** As {@link #readAnnotated(Path, Set)}, only topics in {@code topics} (all when null). */
  static List<EcbDocument> readAnnotated(Path corpus, Set<String> splits, Set<String> topics) {
    try {
      Map<String, Set<Integer>> selected =
          readSelection(corpus.resolve("ECBplus_coreference_sentences.csv"));
      List<EcbDocument> documents = new ArrayList<>();
      DocumentBuilder builder = xmlBuilder();
      for (Listed row : listing(corpus)) {
        if (!splits.contains(row.split()) || topics != null && !topics.contains(row.topic())) {
          continue;
        }
        String name = row.file();
        String topic = row.topic();
        Path file = corpus.resolve("ECB+").resolve(topic).resolve(name);
        String key = topic + "_" + name.substring(name.indexOf('_') + 1).replace(".xml", "");
        documents.add(
            parse(
                parseXml(builder, file),
                name,
                topic,
                row.subtopic(),
                row.split(),
                selected.getOrDefault(key, Set.of())));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECB+ at " + corpus, e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilder xmlBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }

  /** "topic_docnumber" (e.g. "1_10ecbplus") to the selected sentence numbers. */
  private static Map<String, Set<Integer>> readSelection(Path csv) throws IOException {
    Map<String, Set<Integer>> selected = new HashMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.trim().split(",");
      if (fields.length == 3) {
        selected
            .computeIfAbsent(fields[0] + "_" + fields[1], k -> new HashSet<>())
            .add(Integer.parseInt(fields[2].trim()));
      }
    }
    return selected;
  }

  private static EcbDocument parse(
      org.w3c.dom.Document xml,
      String name,
      String topic,
      String subtopic,
      String split,
      Set<Integer> selectedNumbers) {
    StringBuilder text = new StringBuilder();
    Map<String, int[]> tokenSpan = new HashMap<>();
    List<int[]> sentenceSpans = new ArrayList<>();
    List<List<Token>> sentenceTokens = new ArrayList<>();
    List<Integer> sentenceNumbers = new ArrayList<>();
    for (List<RawToken> sentence : sentences(tokens(xml))) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int sentenceStart = text.length();
      List<Token> tokens = new ArrayList<>();
      for (RawToken raw : sentence) {
        String word = raw.text().replace(' ', '_');
        if (word.isEmpty()) {
          continue;
        }
        if (text.length() > sentenceStart) {
          text.append(' ');
        }
        int start = text.length();
        text.append(word);
        tokenSpan.put(raw.id(), new int[] {start, text.length()});
        tokens.add(new Token(start, text.length(), word, TextNormalizer.fold(word)));
      }
      if (!tokens.isEmpty()) {
        sentenceSpans.add(new int[] {sentenceStart, text.length()});
        sentenceTokens.add(tokens);
        sentenceNumbers.add(sentence.get(0).sentence());
      }
    }
    String fullText = text.toString();
    List<Sentence> sentences = new ArrayList<>();
    Set<Integer> selectedIndexes = new HashSet<>();
    for (int s = 0; s < sentenceSpans.size(); s++) {
      int[] span = sentenceSpans.get(s);
      sentences.add(
          new Sentence(
              s, span[0], span[1], fullText.substring(span[0], span[1]), sentenceTokens.get(s)));
      if (selectedNumbers.contains(sentenceNumbers.get(s))) {
        selectedIndexes.add(s);
      }
    }
    AnalyzedText analyzed = new AnalyzedText(name, fullText, sentences);

    // Markables with token anchors, and the chains CROSS_DOC_COREF puts them in.
    Map<String, String> chainOf = new HashMap<>();
    NodeList relations = xml.getElementsByTagName("CROSS_DOC_COREF");
    for (int i = 0; i < relations.getLength(); i++) {
      Element relation = (Element) relations.item(i);
      String chain = relation.getAttribute("note");
      NodeList sources = relation.getElementsByTagName("source");
      for (int j = 0; j < sources.getLength(); j++) {
        chainOf.put(((Element) sources.item(j)).getAttribute("m_id"), chain);
      }
    }
    // Mentions outside cross-document chains: their within-document chain, else a singleton.
    NodeList intra = xml.getElementsByTagName("INTRA_DOC_COREF");
    for (int i = 0; i < intra.getLength(); i++) {
      Element relation = (Element) intra.item(i);
      NodeList sources = relation.getElementsByTagName("source");
      for (int j = 0; j < sources.getLength(); j++) {
        chainOf.putIfAbsent(
            ((Element) sources.item(j)).getAttribute("m_id"),
            name + "/intra" + relation.getAttribute("r_id"));
      }
    }
    List<GoldMention> mentions = new ArrayList<>();
    NodeList markables = xml.getElementsByTagName("Markables");
    if (markables.getLength() > 0) {
      for (Node node = markables.item(0).getFirstChild();
          node != null;
          node = node.getNextSibling()) {
        if (!(node instanceof Element markable)) {
          continue;
        }
        String tag = markable.getTagName();
        boolean entity =
            tag.startsWith("HUMAN") || tag.startsWith("LOC") || tag.startsWith("NON_HUMAN");
        String chain =
            chainOf.getOrDefault(
                markable.getAttribute("m_id"), name + "/single" + markable.getAttribute("m_id"));
        NodeList anchors = markable.getElementsByTagName("token_anchor");
        if (!entity || anchors.getLength() == 0) {
          continue;
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int j = 0; j < anchors.getLength(); j++) {
          int[] span = tokenSpan.get(((Element) anchors.item(j)).getAttribute("t_id"));
          if (span != null) {
            start = Math.min(start, span[0]);
            end = Math.max(end, span[1]);
          }
        }
        if (end < 0) {
          continue;
        }
        GoldMention mention =
            new GoldMention(
                name, start, end, fullText.substring(start, end), tag, topic + ":" + chain);
        mentions.add(mention);
      }
    }
    EcbDocument document =
        new EcbDocument(name, topic, subtopic, split, analyzed, selectedIndexes, List.of());
    List<GoldMention> inSelection = new ArrayList<>();
    for (GoldMention mention : mentions) {
      if (document.selected(mention.start())) {
        inSelection.add(mention);
      }
    }
    return new EcbDocument(name, topic, subtopic, split, analyzed, selectedIndexes, inSelection);
  }

  /** Documents grouped by gold topic, in corpus order. */
  static Map<String, List<EcbDocument>> byTopic(List<EcbDocument> documents) {
    Map<String, List<EcbDocument>> topics = new LinkedHashMap<>();
    for (EcbDocument document : documents) {
      topics.computeIfAbsent(document.topic(), k -> new ArrayList<>()).add(document);
    }
    return topics;
  }

  /**
   * The splits an eval command asked for ({@code train}, {@code dev} or {@code all}), after
   * checking that {@code corpus} is an ECB+ folder; bad values are usage errors of the command.
   */
  static List<String> splits(CommandSpec spec, Path corpus, String split) {
    if (!Files.isRegularFile(corpus.resolve("docs.tsv"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "not an ECB+ folder (no docs.tsv): " + corpus);
    }
    return switch (split) {
      case "all" -> List.of("train", "dev");
      case "train", "dev" -> List.of(split);
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(), "unknown split (train, dev, all): " + split);
    };
  }
}
