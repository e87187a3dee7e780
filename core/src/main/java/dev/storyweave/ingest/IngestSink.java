package dev.storyweave.ingest;

import dev.storyweave.model.Article;
import dev.storyweave.model.IngestError;

/**
 * Receives what an {@link Ingester} produces, one item at a time, as soon as it is ready.
 *
 * <p>Calls come from the thread that called {@link Ingester#ingest}; an implementation need not be
 * thread-safe for one ingester call. An exception thrown by the sink is a programmer error and ends
 * the call.
 */
public interface IngestSink {

  /** One article extracted from an input. */
  void article(Article article);

  /** One input (or one line or entry of it) that could not be turned into an article. */
  void error(IngestError error);
}
