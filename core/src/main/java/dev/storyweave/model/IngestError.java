package dev.storyweave.model;

/**
 * A problem with one input that was reported and skipped; the rest of the batch goes on.
 *
 * @param input the file, URL or {@code file.jsonl:LINE} that failed
 * @param message one line saying what is wrong, e.g. {@code "binary file (NUL bytes)"}
 */
public record IngestError(String input, String message) {
  public IngestError {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("ingest error without input: message=" + message);
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("ingest error without message: input=" + input);
    }
    if (message.indexOf('\n') >= 0) {
      message = message.replace('\n', ' ');
    }
  }

  /** The one-line form printed on stderr: {@code input: message}. */
  @Override
  public String toString() {
    return input + ": " + message;
  }
}
