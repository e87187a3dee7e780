package dev.storyweave.ingest;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.time.LocalDate;

/**
 * An article being assembled from several sources of metadata. Each {@code offer} fills a field
 * only if it is still absent, so callers offer their sources from the most to the least trusted.
 * Confined to one thread.
 */
final class ArticleDraft {

  String id;
  final String origin;
  String url;
  String text;
  Inferred<String> title = Inferred.none();
  Inferred<String> outlet = Inferred.none();
  Inferred<String> byline = Inferred.none();
  Inferred<String> dateline = Inferred.none();
  Inferred<LocalDate> published = Inferred.none();
  Inferred<String> language = Inferred.none();

  ArticleDraft(String id, String origin) {
    this.id = id;
    this.origin = origin;
  }

  ArticleDraft offerTitle(String value, Inference how) {
    title = title.or(Inferred.of(clean(value), how));
    return this;
  }

  ArticleDraft offerOutlet(String value, Inference how) {
    outlet = outlet.or(Inferred.of(clean(value), how));
    return this;
  }

  ArticleDraft offerByline(String value, Inference how) {
    byline = byline.or(Inferred.of(clean(value), how));
    return this;
  }

  ArticleDraft offerDateline(String value, Inference how) {
    dateline = dateline.or(Inferred.of(clean(value), how));
    return this;
  }

  ArticleDraft offerPublished(LocalDate value, Inference how) {
    published = published.or(Inferred.of(value, how));
    return this;
  }

  ArticleDraft offerLanguage(String value, Inference how) {
    language = language.or(Inferred.of(LanguageGuesser.normalise(value), how));
    return this;
  }

  ArticleDraft offerUrl(String value) {
    if (url == null && value != null && !value.isBlank()) {
      url = value.strip();
    }
    return this;
  }

  /** Copies every field of {@code other} that is present there and absent here. */
  ArticleDraft offerAll(ArticleDraft other) {
    title = title.or(other.title);
    outlet = outlet.or(other.outlet);
    byline = byline.or(other.byline);
    dateline = dateline.or(other.dateline);
    published = published.or(other.published);
    language = language.or(other.language);
    offerUrl(other.url);
    return this;
  }

  Article toArticle() {
    return new Article(
        id,
        origin,
        url,
        ContentHash.of(text),
        title,
        outlet,
        byline,
        dateline,
        published,
        language,
        text);
  }

  /** Whitespace collapsed to single spaces; null when nothing is left. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = value.replaceAll("[\\s\\u00A0]+", " ").strip();
    return v.isEmpty() ? null : v;
  }
}
