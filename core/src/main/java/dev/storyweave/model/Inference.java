package dev.storyweave.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a metadata field of an {@link Article} was obtained. */
public enum Inference {
  /** HTML {@code <meta>} tags (Open Graph, Dublin Core, article:*, name=author ...). */
  META("meta"),
  /** A JSON-LD {@code NewsArticle} (or Article, ReportageNewsArticle ...) block. */
  JSON_LD("json-ld"),
  /** An RSS or Atom feed entry. */
  FEED("feed"),
  /** A field of a JSON-lines record. */
  JSONL("jsonl"),
  /** A pattern in the article text itself: a date header, a credit line, a dateline. */
  TEXT_PATTERN("text-pattern"),
  /** Not found; the field is empty. */
  NONE("none");

  private final String label;

  Inference(String label) {
    this.label = label;
  }

  /** The label used in reports, e.g. {@code json-ld}. */
  @JsonValue
  public String label() {
    return label;
  }
}
