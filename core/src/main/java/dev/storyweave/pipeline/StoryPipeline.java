package dev.storyweave.pipeline;

import dev.storyweave.model.Article;
import dev.storyweave.model.IngestError;
import dev.storyweave.model.Report;
import java.util.List;

/**
 * Runs every analysis stage over a batch of ingested articles and assembles the {@link Report} of
 * DESIGN.md: articles in publication order, the ingest errors, and one story per group of articles
 * about one event, with its provenance, entities, quotes, claims, timeline and key points.
 *
 * <p>The same code runs in the CLI, the server and the Flink job. Thread-safe; bad text never
 * throws out of {@link #analyze}.
 */
public interface StoryPipeline {

  /** The report for {@code articles}; {@code errors} are carried into it unchanged. */
  Report analyze(List<Article> articles, List<IngestError> errors);

  /** The pipeline with the default English models. */
  static StoryPipeline create() {
    return new DefaultStoryPipeline();
  }
}
