package dev.storyweave.ingest;

import dev.storyweave.model.IngestError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/*
 * The ingester walks inputs in the order given and hands each document to the reader for its
 * format. Everything is streamed: a folder is listed one directory at a time, a JSON-lines file is
 * read line by line, and each article goes to the sink as soon as it is built, so memory does not
 * grow with the batch (beyond the set of ids handed out, kept to make ids unique).
 *
 * Every failure is bad data, not a bug: readers throw InputException with the one-line message
 * for the IngestError, and a RuntimeException from a library on hostile input (a parser bug) is
 * caught at the document boundary and reported too, so one bad file never ends a batch. Errors
 * thrown by the sink itself are not caught.
 *
 * Size limit: a file, standard input or HTTP body larger than maxBytes is refused, except a
 * JSON-lines file, which is a stream of articles and is limited per line instead.
 */
final class DefaultIngester implements Ingester {

  enum Format {
    TEXT,
    HTML,
    JSONL,
    /** One JSON document: an array of article objects, or one object. */
    JSON,
    FEED
  }

  private final IngestSettings settings;
  private final TextPatterns patterns;
  private final HtmlExtractor html;

  DefaultIngester(IngestSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.patterns = new TextPatterns(OutletGazetteer.shared());
    this.html = new HtmlExtractor(patterns);
  }

  @Override
  public void ingest(List<String> inputs, IngestSink sink) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(sink, "sink");
    Batch batch = new Batch(sink);
    for (String input : inputs) {
      if (input == null || input.isBlank()) {
        throw new IllegalArgumentException("blank input in " + inputs);
      }
      if (input.equals("-")) {
        readStandardInput(batch);
      } else if (isUrl(input)) {
        readUrl(input, batch);
      } else {
        readPath(input, batch);
      }
    }
  }

  static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** One ingest call: the sink and the ids handed out so far. */
  static final class Batch {
    private final IngestSink sink;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Set<Path> folders = new HashSet<>();

    Batch(IngestSink sink) {
      this.sink = sink;
    }

    void article(ArticleDraft draft) {
      String id = draft.id;
      Integer seen = ids.get(id);
      if (seen != null) {
        int n = seen;
        String candidate;
        do {
          n++;
          candidate = id + "-" + n;
        } while (ids.containsKey(candidate));
        ids.put(id, n);
        id = candidate;
      }
      ids.put(id, 1);
      draft.id = id;
      sink.article(draft.toArticle());
    }

    void error(String input, String message) {
      sink.error(new IngestError(input, message));
    }
  }

  private void readStandardInput(Batch batch) {
    try {
      byte[] bytes = Limits.readAll(System.in, settings.maxBytes(), "standard input");
      readDocument(bytes, null, "stdin", "-", null, sniff(bytes), batch);
    } catch (InputException e) {
      batch.error("-", e.getMessage());
    } catch (IOException e) {
      batch.error("-", "cannot read standard input: " + e.getMessage());
    }
  }

  private void readUrl(String url, Batch batch) {
    new UrlReader(settings, this).read(url, batch);
  }

  private void readPath(String input, Batch batch) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      batch.error(input, "not a valid path: " + e.getReason());
      return;
    }
    if (Files.isDirectory(path)) {
      walk(path, batch);
    } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      readFile(path, input, batch);
    } else {
      batch.error(input, "no such file or folder");
    }
  }

  private void walk(Path dir, Batch batch) {
    try {
      // a symbolic link back up the tree must not walk forever
      if (!batch.folders.add(dir.toRealPath())) {
        return;
      }
    } catch (IOException | SecurityException e) {
      batch.error(dir.toString(), "cannot read folder: " + describe(e));
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        if (!child.getFileName().toString().startsWith(".")) {
          children.add(child);
        }
      }
    } catch (IOException | SecurityException e) {
      batch.error(dir.toString(), "cannot read folder: " + describe(e));
      return;
    }
    children.sort(null);
    for (Path child : children) {
      if (Files.isDirectory(child)) {
        walk(child, batch);
      } else {
        readFile(child, child.toString(), batch);
      }
    }
  }

  private void readFile(Path path, String origin, Batch batch) {
    String name = path.getFileName() == null ? origin : path.getFileName().toString();
    Format format = formatByExtension(name);
    try {
      String extension = extension(name);
      if (NOT_ARTICLES.contains(extension)) {
        throw new InputException("unsupported file type: ." + extension);
      }
      if (!Files.exists(path)) {
        throw new InputException("no such file (broken link)");
      }
      if (!Files.isRegularFile(path)) {
        throw new InputException("not a regular file");
      }
      if (!Files.isReadable(path)) {
        throw new InputException("cannot read file: permission denied");
      }
      if (format == Format.JSONL) {
        new JsonLinesReader(settings, this).read(path, origin, baseName(name), batch);
        return;
      }
      long size = Files.size(path);
      if (size > settings.maxBytes()) {
        throw new InputException(Limits.overLimit("file", size, settings.maxBytes()));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = Limits.readAll(in, settings.maxBytes(), "file");
      }
      if (format == null) {
        format = sniff(bytes);
        if (format == Format.JSONL) {
          new JsonLinesReader(settings, this).read(path, origin, baseName(name), batch);
          return;
        }
      }
      readDocument(bytes, null, baseName(name), origin, null, format, batch);
    } catch (InputException e) {
      batch.error(origin, e.getMessage());
    } catch (IOException | SecurityException e) {
      batch.error(origin, "cannot read file: " + describe(e));
    }
  }

  /**
   * Turns one whole document into articles (a feed gives several). Errors inside go to the batch.
   */
  void readDocument(
      byte[] bytes,
      String declaredCharset,
      String id,
      String origin,
      String url,
      Format format,
      Batch batch) {
    try {
      if (format == Format.FEED) {
        new FeedReader(settings, this).read(bytes, id, origin, batch);
        return;
      }
      if (format == Format.JSONL) {
        new JsonLinesReader(settings, this).read(bytes, origin, id, batch);
        return;
      }
      if (format == Format.JSON) {
        new JsonLinesReader(settings, this).readDocument(bytes, origin, id, batch);
        return;
      }
      String text = TextDecoder.decode(bytes, declaredCharset).text();
      ArticleDraft draft = new ArticleDraft(id, origin).offerUrl(url);
      if (format == Format.HTML) {
        html.extractPage(text, url, draft);
      } else {
        extractText(text, draft);
      }
      batch.article(draft);
    } catch (InputException e) {
      batch.error(origin, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      batch.error(origin, "could not be read: " + describe(e));
    }
  }

  void extractText(String text, ArticleDraft draft) throws InputException {
    String body = patterns.extract(text, draft);
    if (body == null) {
      throw new InputException("no article text (only header lines)");
    }
    draft.text = body;
  }

  /** Fills {@code draft} from a fetched page, whatever its format. */
  void fillFrom(UrlReader.Response response, ArticleDraft draft) throws InputException {
    DefaultIngester.Format format = UrlReader.format(response);
    String text = TextDecoder.decode(response.body(), response.charset()).text();
    if (format == Format.HTML) {
      html.extractPage(text, response.url(), draft);
    } else if (format == Format.TEXT) {
      extractText(text, draft);
    } else {
      throw new InputException("linked page is not HTML or text: " + response.contentType());
    }
  }

  HtmlExtractor html() {
    return html;
  }

  /** Extensions of files that are never articles: tables, office documents, media, archives. */
  private static final Set<String> NOT_ARTICLES =
      Set.of(
          "csv", "tsv", "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "ppt", "pptx",
          "zip", "gz", "tgz", "tar", "bz2", "xz", "zst", "7z", "rar", "jar", "class", "exe", "dll",
          "so", "dylib", "bin", "o", "jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff",
          "ico", "heic", "mp3", "mp4", "m4a", "wav", "ogg", "flac", "avi", "mov", "mkv", "webm",
          "woff", "woff2", "ttf", "otf", "sqlite", "db", "parquet", "avro", "pickle", "pkl", "npy");

  static String extension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot <= 0 ? "" : lower.substring(dot + 1);
  }

  static Format formatByExtension(String name) {
    switch (extension(name)) {
      case "txt":
      case "text":
        return Format.TEXT;
      case "html":
      case "htm":
      case "xhtml":
        return Format.HTML;
      case "jsonl":
      case "ndjson":
        return Format.JSONL;
      case "json":
        return Format.JSON;
      case "rss":
      case "atom":
        return Format.FEED;
      default:
        return null;
    }
  }

  /** The format of a document from its first bytes. */
  static Format sniff(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
            .replace("\u00EF\u00BB\u00BF", "")
            .stripLeading();
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.startsWith("[")) {
      return Format.JSON;
    }
    if (lower.startsWith("{")) {
      // a pretty-printed document opens with "{" alone on its line; JSON lines hold whole objects
      String firstLine = lower.lines().findFirst().orElse("").strip();
      return firstLine.equals("{") ? Format.JSON : Format.JSONL;
    }
    if (lower.startsWith("<")) {
      if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
        return Format.FEED;
      }
      return Format.HTML;
    }
    return Format.TEXT;
  }

  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    return base.isBlank() ? "article" : base;
  }

  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return kind;
    }
    String oneLine = message.lines().findFirst().orElse(message).strip();
    return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
  }
}
