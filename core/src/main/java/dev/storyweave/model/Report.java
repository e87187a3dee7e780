package dev.storyweave.model;

import java.util.List;

/** The result of one {@code analyze} run: the JSON report contract of DESIGN.md. */
public record Report(List<ReportArticle> articles, List<IngestError> errors, List<Story> stories) {
  public Report {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
    stories = List.copyOf(stories);
  }
}
