package dev.storyweave.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storyweave.model.Inference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/*
 * JSON lines: one article per line, {"id", "url", "outlet", "title", "published", "text" or
 * "html"} plus optional "byline"/"author", "dateline", "language"/"lang" (and the common aliases
 * "source"/"publisher", "published_at"/"date"). A .json document holding an array of such objects,
 * or one object, is read the same way. Lines are read as bytes
 * and decoded one at a time, so a bad byte sequence spoils one line, not the file, and the file is
 * never held in memory. Fields given in the line win over anything found in the text or HTML,
 * which only fill the gaps. Each bad line is one error naming its line number; blank lines are
 * skipped.
 */
final class JsonLinesReader {

  /** Strict: text after the value (two objects on one line) is an error, not ignored. */
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final IngestSettings settings;
  private final DefaultIngester ingester;

  JsonLinesReader(IngestSettings settings, DefaultIngester ingester) {
    this.settings = settings;
    this.ingester = ingester;
  }

  void read(Path path, String origin, String fileBase, DefaultIngester.Batch batch)
      throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      read(in, origin, fileBase, batch);
    }
  }

  void read(byte[] bytes, String origin, String fileBase, DefaultIngester.Batch batch) {
    try {
      read(new ByteArrayInputStream(bytes), origin, fileBase, batch);
    } catch (IOException e) {
      throw new IllegalStateException("reading a byte array failed", e);
    }
  }

  private void read(InputStream in, String origin, String fileBase, DefaultIngester.Batch batch)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int lineNumber = 1;
    boolean tooLong = false;
    boolean any = false;
    for (int n = in.read(buffer); ; n = in.read(buffer)) {
      int start = 0;
      for (int k = 0; k < Math.max(n, 0); k++) {
        if (buffer[k] != '\n') {
          continue;
        }
        tooLong = append(line, buffer, start, k - start, tooLong);
        any |= endLine(line, tooLong, origin, lineNumber, fileBase, batch);
        line.reset();
        tooLong = false;
        lineNumber++;
        start = k + 1;
      }
      if (n < 0) {
        any |= endLine(line, tooLong, origin, lineNumber, fileBase, batch);
        break;
      }
      tooLong = append(line, buffer, start, n - start, tooLong);
    }
    if (!any) {
      batch.error(origin, "empty file");
    }
  }

  /** Adds bytes to the current line unless it is over the limit; returns whether it is. */
  private boolean append(
      ByteArrayOutputStream line, byte[] bytes, int from, int count, boolean tooLong) {
    if (tooLong || line.size() + (long) count > settings.maxBytes()) {
      line.reset();
      return true;
    }
    line.write(bytes, from, count);
    return false;
  }

  /** Handles one finished line; returns whether it held anything. */
  private boolean endLine(
      ByteArrayOutputStream line,
      boolean tooLong,
      String origin,
      int lineNumber,
      String fileBase,
      DefaultIngester.Batch batch) {
    if (line.size() == 0 && !tooLong) {
      return false;
    }
    String input = origin + ":" + lineNumber;
    if (tooLong) {
      batch.error(
          input,
          "line "
              + lineNumber
              + ": line is over the "
              + Limits.megabytes(settings.maxBytes())
              + " limit");
      return true;
    }
    byte[] bytes = line.toByteArray();
    if (isBlank(bytes)) {
      return false;
    }
    readLine(bytes, input, lineNumber, fileBase, batch);
    return true;
  }

  private void readLine(
      byte[] bytes, String input, int lineNumber, String fileBase, DefaultIngester.Batch batch) {
    String prefix = "line " + lineNumber + ": ";
    try {
      String text = TextDecoder.decode(bytes, "utf-8").text().strip();
      if (text.isEmpty()) {
        return;
      }
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw new InputException("malformed JSON: " + e.getOriginalMessage());
      }
      readRecord(node, input, prefix, fileBase + "-" + lineNumber, batch);
    } catch (InputException e) {
      batch.error(input, prefix + e.getMessage());
    }
  }

  /**
   * A whole JSON document: an array of article objects ({@code file.json#N} each, default id {@code
   * name-N}) or one article object. A document that does not parse as one value but whose lines
   * each hold an object is read as JSON lines.
   */
  void readDocument(byte[] bytes, String origin, String fileBase, DefaultIngester.Batch batch)
      throws InputException {
    String text = TextDecoder.decode(bytes, "utf-8").text();
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      if (looksLikeLines(text)) {
        read(bytes, origin, fileBase, batch);
        return;
      }
      throw new InputException("malformed JSON: " + e.getOriginalMessage());
    }
    if (root != null && root.isArray()) {
      if (root.isEmpty()) {
        throw new InputException("empty JSON array");
      }
      for (int i = 0; i < root.size(); i++) {
        int n = i + 1;
        readRecord(root.get(i), origin + "#" + n, "item " + n + ": ", fileBase + "-" + n, batch);
      }
    } else {
      readRecord(root, origin, "", fileBase, batch);
    }
  }

  private static boolean looksLikeLines(String text) {
    long objects = text.lines().map(String::strip).filter(l -> !l.isEmpty()).count();
    return objects >= 2
        && text.lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .allMatch(l -> l.startsWith("{") && l.endsWith("}"));
  }

  /** One article object; errors go to the batch as {@code input: prefix + message}. */
  private void readRecord(
      JsonNode node, String input, String prefix, String defaultId, DefaultIngester.Batch batch) {
    try {
      if (node == null || !node.isObject()) {
        throw new InputException("not a JSON object");
      }
      String id = field(node, "id");
      ArticleDraft draft =
          new ArticleDraft(id != null ? id : defaultId, input).offerUrl(field(node, "url"));
      draft.offerTitle(field(node, "title"), Inference.JSONL);
      for (String key : List.of("outlet", "source", "publisher")) {
        draft.offerOutlet(field(node, key), Inference.JSONL);
      }
      draft.offerByline(field(node, "byline"), Inference.JSONL);
      draft.offerByline(field(node, "author"), Inference.JSONL);
      draft.offerDateline(field(node, "dateline"), Inference.JSONL);
      draft.offerLanguage(field(node, "language"), Inference.JSONL);
      draft.offerLanguage(field(node, "lang"), Inference.JSONL);
      for (String key : List.of("published", "published_at", "publishedAt", "date")) {
        DateParsing.parseField(field(node, key))
            .ifPresent(d -> draft.offerPublished(d, Inference.JSONL));
      }
      String body = field(node, "text");
      String html = field(node, "html");
      if (body != null) {
        ingester.extractText(body, draft);
      } else if (html != null) {
        ingester.html().extractPage(html, draft.url, draft);
      } else {
        throw new InputException("missing field text or html");
      }
      batch.article(draft);
    } catch (InputException e) {
      batch.error(input, prefix + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      batch.error(input, prefix + "could not be read: " + DefaultIngester.describe(e));
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String s = value.asText();
    return s.isBlank() ? null : s;
  }
}
