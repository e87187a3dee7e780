package dev.storyweave.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * An article as the report shows it: the contract's fields plus the rest of its metadata and how
 * each field was inferred.
 *
 * @param inferredBy field name → inference label, e.g. {@code published → text-pattern}
 */
public record ReportArticle(
    String id,
    String title,
    String outlet,
    LocalDate published,
    Quality quality,
    String byline,
    String dateline,
    String language,
    String origin,
    String url,
    Map<String, Inference> inferredBy) {
  public ReportArticle {
    inferredBy = Map.copyOf(inferredBy);
  }

  public static ReportArticle of(Article a, Quality quality) {
    return new ReportArticle(
        a.id(),
        a.title().value(),
        a.outlet().value(),
        a.published().value(),
        quality,
        a.byline().value(),
        a.dateline().value(),
        a.language().value(),
        a.origin(),
        a.url(),
        Map.of(
            "title", a.title().how(),
            "outlet", a.outlet().how(),
            "byline", a.byline().how(),
            "dateline", a.dateline().how(),
            "published", a.published().how(),
            "language", a.language().how()));
  }
}
