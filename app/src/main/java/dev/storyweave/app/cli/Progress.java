package dev.storyweave.app.cli;

import java.io.PrintStream;

/**
 * Progress of a long run on stderr: a bar redrawn in place when stderr is a terminal, plain log
 * lines every few seconds otherwise (so CI logs and pipes stay readable).
 */
final class Progress {

  private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
  private static final long BAR_INTERVAL_NANOS = 100_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastShown = started;
  private long articles;
  private long errors;
  private long duplicates;

  Progress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Whether stderr is a terminal; the launcher exports STORYWEAVE_TTY from {@code [ -t 2 ]}. */
  static boolean stderrIsTerminal() {
    return "1".equals(System.getenv("STORYWEAVE_TTY"));
  }

  void article() {
    articles++;
    maybeShow();
  }

  void duplicate() {
    duplicates++;
    maybeShow();
  }

  void error() {
    errors++;
    maybeShow();
  }

  /** Prints a message on its own line without garbling the bar. */
  void message(String line) {
    if (terminal) {
      err.print("\r\033[K");
    }
    err.println(line);
    if (terminal) {
      draw();
    }
  }

  void finish() {
    if (terminal) {
      draw();
      err.println();
    } else {
      err.println(summary());
    }
  }

  private void maybeShow() {
    long now = System.nanoTime();
    if (now - lastShown < (terminal ? BAR_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
      return;
    }
    lastShown = now;
    if (terminal) {
      draw();
    } else {
      err.println(summary());
    }
  }

  private void draw() {
    int width = 30;
    int filled = (int) ((articles / 10) % (width + 1));
    String bar = "#".repeat(filled) + "-".repeat(width - filled);
    err.print("\r\033[K[" + bar + "] " + summary());
    err.flush();
  }

  String summary() {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    return String.format(
        "storyweave: %d articles, %d duplicates, %d errors (%.0f articles/s)",
        articles, duplicates, errors, articles / seconds);
  }
}
