package dev.storyweave.app.eval;

import dev.storyweave.model.AnalyzedText;
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
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/*
 * Reads ECB+ (Cybulska & Vossen 2014) as distributed: token-level XML per document, stand-off
 * markables anchored on token ids, CROSS_DOC_COREF relations naming a corpus-wide instance id,
 * the sentence selection of ECBplus_coreference_sentences.csv, and docs.tsv for topic and split.
 *
 * A document's text is rebuilt from its tokens (one space between tokens, one newline between
 * sentences) so that gold and predicted mentions share character offsets, and the gold
 * tokenisation is kept as the AnalyzedText. Gold entity mentions are all HUMAN*, LOC* and
 * NON_HUMAN* markables of the selected sentences, as in Cybulska & Vossen and Barhom et al.: in
 * their CROSS_DOC_COREF chain when they have one (the rows of crossdoc_mentions.tsv), else in their
 * INTRA_DOC_COREF chain, else as singletons.
 */
final class EcbEntityCorpus {

  /** One gold entity mention: character offsets into {@link EcbDocument#text()}. */
  record GoldMention(String doc, int start, int end, String text, String tag, String chain) {}

  /** One document with its rebuilt text, gold tokens and gold entity mentions. */
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

  private EcbEntityCorpus() {}

  /** Every document of {@code corpus} in docs.tsv whose split is in {@code splits}. */
  static List<EcbDocument> read(Path corpus, Set<String> splits) {
    return read(corpus, splits, null);
  }

  /** As {@link #read(Path, Set)}, only topics in {@code topics} (all when null). */
  static List<EcbDocument> read(Path corpus, Set<String> splits, Set<String> topics) {
    try {
      Map<String, Set<Integer>> selected =
          readSelection(corpus.resolve("ECBplus_coreference_sentences.csv"));
      List<EcbDocument> documents = new ArrayList<>();
      List<String> lines = Files.readAllLines(corpus.resolve("docs.tsv"), StandardCharsets.UTF_8);
      DocumentBuilder builder = xmlBuilder();
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 4
            || !splits.contains(fields[3])
            || topics != null && !topics.contains(fields[1])) {
          continue;
        }
        String name = fields[0];
        String topic = fields[1];
        Path file = corpus.resolve("ECB+").resolve(topic).resolve(name);
        String key = topic + "_" + name.substring(name.indexOf('_') + 1).replace(".xml", "");
        documents.add(
            parse(
                builder,
                file,
                name,
                topic,
                fields[2],
                fields[3],
                selected.getOrDefault(key, Set.of())));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECB+ at " + corpus, e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalArgumentException(
          "malformed ECB+ XML under " + corpus + ": " + e.getMessage(), e);
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

  private record RawToken(String id, int sentence, String text) {}

  private static EcbDocument parse(
      DocumentBuilder builder,
      Path file,
      String name,
      String topic,
      String subtopic,
      String split,
      Set<Integer> selectedNumbers)
      throws IOException, SAXException {
    Document xml = builder.parse(file.toFile());
    NodeList tokenNodes = xml.getElementsByTagName("token");
    TreeMap<Integer, List<RawToken>> bySentence = new TreeMap<>();
    for (int i = 0; i < tokenNodes.getLength(); i++) {
      Element token = (Element) tokenNodes.item(i);
      bySentence
          .computeIfAbsent(Integer.parseInt(token.getAttribute("sentence")), k -> new ArrayList<>())
          .add(
              new RawToken(
                  token.getAttribute("t_id"),
                  Integer.parseInt(token.getAttribute("sentence")),
                  token.getTextContent()));
    }
    StringBuilder text = new StringBuilder();
    Map<String, int[]> tokenSpan = new HashMap<>();
    List<int[]> sentenceSpans = new ArrayList<>();
    List<List<Token>> sentenceTokens = new ArrayList<>();
    List<Integer> sentenceNumbers = new ArrayList<>();
    for (Map.Entry<Integer, List<RawToken>> entry : bySentence.entrySet()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int sentenceStart = text.length();
      List<Token> tokens = new ArrayList<>();
      for (RawToken raw : entry.getValue()) {
        String word = raw.text().strip().replace(' ', '_');
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
        sentenceNumbers.add(entry.getKey());
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
}
