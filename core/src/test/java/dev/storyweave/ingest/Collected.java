package dev.storyweave.ingest;

import dev.storyweave.model.Article;
import dev.storyweave.model.IngestError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A sink that keeps everything, for tests. */
final class Collected implements IngestSink {
  final List<Article> articles = new ArrayList<>();
  final List<IngestError> errors = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void error(IngestError error) {
    errors.add(error);
  }

  static Collected ingest(IngestSettings settings, String... inputs) {
    Collected c = new Collected();
    Ingester.create(settings).ingest(List.of(inputs), c);
    return c;
  }

  static Collected ingest(String... inputs) {
    return ingest(IngestSettings.defaults(), inputs);
  }

  Map<String, Article> byId() {
    return articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
  }

  Article only() {
    if (articles.size() != 1 || !errors.isEmpty()) {
      throw new AssertionError("expected one article, got " + articles + " and " + errors);
    }
    return articles.get(0);
  }
}
