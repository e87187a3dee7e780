package dev.storyweave.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ingested article: its identity, where it came from, its metadata (each field with how it was
 * inferred) and its clean text. Every offset computed by later stages points into {@link #text()}.
 *
 * @param id stable id: the file name without extension, or the id given in the input
 * @param origin where the bytes came from: a file path, a URL, or {@code file.jsonl:12}
 * @param url canonical URL of the article when known, else null
 * @param contentHash hex SHA-256 of the normalised clean text, used for exact de-duplication
 * @param text the clean article body (no title), never blank
 */
public record Article(
    String id,
    String origin,
    String url,
    String contentHash,
    Inferred<String> title,
    Inferred<String> outlet,
    Inferred<String> byline,
    Inferred<String> dateline,
    Inferred<LocalDate> published,
    Inferred<String> language,
    String text) {

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id is blank: origin=" + origin);
    }
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("article text is blank: id=" + id);
    }
  }

  /**
   * An article known only by its text, with no URL and no metadata: what eval corpora and tests
   * that start from bare text build.
   */
  public static Article withoutMetadata(String id, String origin, String contentHash, String text) {
    return new Article(
        id,
        origin,
        null,
        contentHash,
        Inferred.none(),
        Inferred.none(),
        Inferred.none(),
        Inferred.none(),
        Inferred.none(),
        Inferred.none(),
        text);
  }

  /** The same article under another id (used when two inputs claim the same id). */
  public Article withId(String newId) {
    return new Article(
        newId,
        origin,
        url,
        contentHash,
        title,
        outlet,
        byline,
        dateline,
        published,
        language,
        text);
  }
}
