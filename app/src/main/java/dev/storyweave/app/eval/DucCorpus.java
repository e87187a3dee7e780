package dev.storyweave.app.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/*
 * The layout of NIST's DUC 2005-2007 releases: DIR/docs/<cluster>/<DOCNO> (TREC-style SGML, one
 * <DOC> per file), DIR/models/<cluster without its final letter>.M.250.<topic letter>.<assessor>
 * (plain-text human summaries) and optionally DIR/topics.sgml with a focus question per cluster.
 * Files are read as UTF-8, falling back to ISO-8859-1, as the older newswire is Latin-1.
 */
/** Reads multi-document summarisation clusters laid out as DUC 2005-2007 releases. */
final class DucCorpus {

  /** One source document. {@code date} is null when neither DATE_TIME nor DOCNO gives one. */
  record Document(String docno, LocalDate date, String headline, String text) {}

  /** One cluster with its reference summaries and (when topics.sgml has it) its focus question. */
  record Cluster(String id, List<Document> documents, List<String> references, String focus) {}

  private static final Pattern DOCNO = Pattern.compile("(?s)<DOCNO>\\s*(.*?)\\s*</DOCNO>");
  private static final Pattern DATE_TIME =
      Pattern.compile("(?s)<DATE_TIME>\\s*(.*?)\\s*</DATE_TIME>");
  private static final Pattern HEADLINE = Pattern.compile("(?s)<HEADLINE>\\s*(.*?)\\s*</HEADLINE>");
  private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
  private static final Pattern TOPIC = Pattern.compile("(?s)<topic>(.*?)</topic>");
  private static final Pattern NUM = Pattern.compile("(?s)<num>\\s*(.*?)\\s*</num>");
  private static final Pattern TITLE = Pattern.compile("(?s)<title>\\s*(.*?)\\s*</title>");
  private static final Pattern NARR = Pattern.compile("(?s)<narr>\\s*(.*?)\\s*</narr>");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

  private DucCorpus() {}

  /** The clusters under {@code dir}, sorted by id. */
  static List<Cluster> read(Path dir) throws IOException {
    Path docs = dir.resolve("docs");
    if (!Files.isDirectory(docs)) {
      throw new IOException("not a DUC corpus (no docs/ folder): " + dir);
    }
    Map<String, String> topics = topics(dir.resolve("topics.sgml"));
    List<Cluster> clusters = new ArrayList<>();
    try (Stream<Path> folders = Files.list(docs)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        String id = folder.getFileName().toString();
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            Document d = document(f);
            if (d != null) {
              documents.add(d);
            }
          }
        }
        clusters.add(
            new Cluster(id, documents, references(dir.resolve("models"), id), topics.get(id)));
      }
    }
    return clusters;
  }

  static Document document(Path file) throws IOException {
    String sgml = readText(file);
    String text = first(TEXT, sgml);
    if (text == null) {
      return null;
    }
    String docno = first(DOCNO, sgml);
    if (docno == null) {
      docno = file.getFileName().toString();
    }
    String body =
        Parser.unescapeEntities(
                text.replaceAll("(?i)</?P>", "\n").replaceAll("<[^>]+>", " "), false)
            .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
            .replaceAll(" *\\n[ \\n]*", "\n")
            .strip();
    String headline = first(HEADLINE, sgml);
    if (headline != null) {
      headline = Parser.unescapeEntities(headline.replaceAll("<[^>]+>", " "), false).strip();
    }
    LocalDate date = day(first(DATE_TIME, sgml));
    if (date == null) {
      date = day(docno);
    }
    return new Document(docno, date, headline, body);
  }

  private static LocalDate day(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = ISO_DAY.matcher(s);
    while (m.find()) {
      try {
        LocalDate d = LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        if (d.getYear() >= 1950 && d.getYear() <= 2100) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // not a date; try the next match
      }
    }
    return null;
  }

  private static List<String> references(Path models, String clusterId) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(models) || clusterId.length() < 2) {
      return out;
    }
    String prefix = clusterId.substring(0, clusterId.length() - 1).toUpperCase(Locale.ROOT) + ".M.";
    String topicLetter = clusterId.substring(clusterId.length() - 1).toUpperCase(Locale.ROOT);
    try (Stream<Path> files = Files.list(models)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString().toUpperCase(Locale.ROOT);
        String[] parts = name.split("\\.");
        if (name.startsWith(prefix) && parts.length >= 5 && parts[3].equals(topicLetter)) {
          out.add(readText(f).strip());
        }
      }
    }
    return out;
  }

  private static Map<String, String> topics(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    Matcher m = TOPIC.matcher(readText(file));
    while (m.find()) {
      String topic = m.group(1);
      String num = first(NUM, topic);
      if (num == null) {
        continue;
      }
      String title = first(TITLE, topic);
      String narr = first(NARR, topic);
      String focus = ((title == null ? "" : title) + " " + (narr == null ? "" : narr)).strip();
      out.put(num.strip(), focus.replaceAll("\\s+", " "));
    }
    return out;
  }

  private static String first(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  static String readText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
