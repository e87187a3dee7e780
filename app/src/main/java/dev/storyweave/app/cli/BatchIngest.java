package dev.storyweave.app.cli;

import dev.storyweave.app.store.ArticleStore;
import dev.storyweave.ingest.IngestSink;
import dev.storyweave.ingest.Ingester;
import dev.storyweave.model.Article;
import dev.storyweave.model.IngestError;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/*
 * Ingest streams into the store and commits every N articles, so a killed run loses at most the
 * articles since its last commit and a re-run continues (already stored content comes back as a
 * duplicate of itself). Each commit is announced on stdout only after Lucene's commit returned,
 * so whatever was announced is durable.
 */
final class BatchIngest {

  /** What one batch produced: this run's articles (after de-duplication) and its errors. */
  record Result(List<Article> articles, List<IngestError> errors, int duplicates) {}

  private final ArticleStore store;
  private final int commitEvery;
  private final PrintStream out;
  private final Progress progress;
  private final boolean announceCommits;

  BatchIngest(
      ArticleStore store,
      int commitEvery,
      PrintStream out,
      Progress progress,
      boolean announceCommits) {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commit interval must be at least 1: " + commitEvery);
    }
    this.store = store;
    this.commitEvery = commitEvery;
    this.out = out;
    this.progress = progress;
    this.announceCommits = announceCommits;
  }

  Result run(Ingester ingester, List<String> inputs) throws IOException {
    Map<String, Article> articles = new LinkedHashMap<>();
    List<IngestError> errors = new ArrayList<>();
    int[] sinceCommit = {0};
    int[] duplicates = {0};
    String[] lastId = {null};
    try {
      ingester.ingest(
          inputs,
          new IngestSink() {
            @Override
            public void article(Article article) {
              try {
                ArticleStore.PutResult put = store.put(article);
                if (put.outcome() == ArticleStore.Outcome.DUPLICATE
                    && !put.existingId().equals(article.id())) {
                  duplicates[0]++;
                  progress.duplicate();
                  progress.message(
                      "storyweave: note: "
                          + article.origin()
                          + ": same content as stored article "
                          + put.existingId()
                          + "; kept one");
                  Article kept = store.get(put.existingId()).orElse(article);
                  articles.putIfAbsent(kept.id(), kept);
                  return;
                }
                articles.put(article.id(), article);
                progress.article();
                lastId[0] = article.id();
                if (++sinceCommit[0] >= commitEvery) {
                  commit(lastId[0]);
                  sinceCommit[0] = 0;
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }

            @Override
            public void error(IngestError error) {
              errors.add(error);
              progress.error();
              progress.message("storyweave: error: " + error);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    commit(lastId[0]);
    progress.finish();
    return new Result(List.copyOf(articles.values()), List.copyOf(errors), duplicates[0]);
  }

  private void commit(String lastId) throws IOException {
    long total = store.commit();
    if (announceCommits && lastId != null) {
      out.println("committed " + total + " articles, last " + lastId);
      out.flush();
    }
  }
}
