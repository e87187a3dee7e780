package dev.storyweave.ingest;

import java.util.List;

/**
 * Turns inputs into articles: text, HTML, JSON-lines, RSS/Atom files, folders of them, http(s)
 * URLs, or {@code "-"} for standard input.
 *
 * <p>Folders are walked recursively in sorted order, skipping hidden files and folders. The format
 * of a file is taken from its extension ({@code .txt}, {@code .html}/{@code .htm}, {@code
 * .jsonl}/{@code .ndjson}, {@code .json} for an array of article objects or one object, {@code
 * .rss}/{@code .atom}) and otherwise ({@code .xml}, no extension, standard input) sniffed from its
 * content; files that are never articles ({@code .csv}, {@code .pdf}, images, archives ...) are
 * reported as unsupported.
 *
 * <p>Ids: a file's name without extension; a JSON line's or JSON array item's {@code id} (else
 * {@code name-LINE} or {@code name-N}); a feed entry's guid or link made file-name safe (else
 * {@code feedname-N}); a URL's last path segment. Origins: the path or URL, {@code
 * file.jsonl:LINE}, {@code file.json#N}, {@code feed.xml#N} for a feed entry with content, or the
 * fetched link for a link-only entry.
 *
 * <p>Bad data never throws: every input (or JSON line, or feed entry) that cannot be read gives one
 * {@link dev.storyweave.model.IngestError} naming the input and the problem, and the batch goes on.
 * Results stream to the sink as they are ready, so a huge folder does not sit in memory. Article
 * ids are unique within one call: a repeated id gets a {@code -2}, {@code -3} ... suffix.
 *
 * <p>An ingester is immutable and thread-safe; each call is independent.
 */
public interface Ingester {

  /** Reads {@code inputs} in order and delivers each article or error to {@code sink}. */
  void ingest(List<String> inputs, IngestSink sink);

  /** An ingester with the given limits. */
  static Ingester create(IngestSettings settings) {
    return new DefaultIngester(settings);
  }
}
