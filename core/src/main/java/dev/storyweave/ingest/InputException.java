package dev.storyweave.ingest;

/**
 * Bad input, carrying the one-line message reported in an {@link dev.storyweave.model.IngestError}.
 * Never leaves the package: the ingester turns it into an error for the sink.
 */
final class InputException extends Exception {

  InputException(String message) {
    super(message, null, false, false);
  }
}
