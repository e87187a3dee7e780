package dev.storyweave.pipeline;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;
import dev.storyweave.model.IngestError;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Report;
import dev.storyweave.model.ReportArticle;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/*
 * Articles are processed in publication order (undated ones last, then by id) because story
 * assignment is online: the order an article arrives in is part of its input, and batch analyze
 * must give the same stories as a stream fed in that order.
 */
final class DefaultStoryPipeline implements StoryPipeline {

  private static final Comparator<Article> PUBLICATION_ORDER =
      Comparator.comparing(
              (Article a) -> a.published().value(), Comparator.nullsLast(LocalDate::compareTo))
          .thenComparing(Article::id);

  private final TextAnalyzer textAnalyzer = TextAnalyzer.english();

  @Override
  public Report analyze(List<Article> articles, List<IngestError> errors) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(PUBLICATION_ORDER);
    List<StoryArticle> analyzed = new ArrayList<>(ordered.size());
    for (Article article : ordered) {
      AnalyzedText text = textAnalyzer.analyze(article.id(), article.text());
      analyzed.add(new StoryArticle(article, text));
    }
    List<ReportArticle> reportArticles = new ArrayList<>();
    for (StoryArticle a : analyzed) {
      reportArticles.add(ReportArticle.of(a.article(), Quality.unscored()));
    }
    return new Report(reportArticles, errors, List.of());
  }
}
