package dev.storyweave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.app.store.ArticleStore;
import dev.storyweave.app.testing.KilledChild;
import dev.storyweave.model.Article;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child {@code storyweave ingest} with SIGKILL in the middle of a large ingest and checks
 * that every article it had announced as committed survived, that the store opens cleanly, and that
 * a second run completes the ingest.
 */
class CrashRecoveryIT {

  private static final int ARTICLES = 40_000;
  private static final Pattern COMMITTED =
      Pattern.compile("committed (\\d+) articles, last (\\S+)");
  private static final String[] WORDS = {
    "council",
    "minister",
    "talks",
    "harbour",
    "election",
    "storm",
    "budget",
    "court",
    "river",
    "market",
    "ceasefire",
    "delegation",
    "vote",
    "strike",
    "festival",
    "bridge",
    "police",
    "report",
    "university",
    "hospital",
    "airport",
    "summit",
    "treaty",
    "protest",
    "rescue"
  };

  @TempDir Path dir;

  @Test
  void articlesAnnouncedAsCommittedSurviveSigkill() throws Exception {
    Path input = writeLargeJsonl(dir.resolve("large.jsonl"));
    Path store = dir.resolve("store");

    Process child = startIngest(input, store);
    List<MatchResult> announced = KilledChild.killAfter(child, COMMITTED, 3);
    MatchResult last = announced.isEmpty() ? null : announced.get(announced.size() - 1);
    String lastCommittedId = last == null ? null : last.group(2);
    long lastCommittedCount = last == null ? 0 : Long.parseLong(last.group(1));
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("child was killed, not finished").isEqualTo(137);
    assertThat(lastCommittedId).isNotNull();

    int lastIndex = Integer.parseInt(lastCommittedId.substring(1));
    try (ArticleStore reopened = ArticleStore.open(store)) {
      Set<String> ids =
          reopened.all().stream().map(Article::id).collect(Collectors.toUnmodifiableSet());
      assertThat(ids.size()).isGreaterThanOrEqualTo((int) lastCommittedCount);
      for (int i = 0; i <= lastIndex; i++) {
        assertThat(ids).contains(id(i));
      }
      assertThat(ids.size()).isLessThan(ARTICLES);
    }

    Process rerun = startIngest(input, store);
    rerun.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(rerun.exitValue()).isZero();
    try (ArticleStore completed = ArticleStore.open(store)) {
      assertThat(completed.size()).isEqualTo(ARTICLES);
    }
  }

  private static Process startIngest(Path input, Path store) throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String classpath =
        module.resolve("target/classes")
            + java.io.File.pathSeparator
            + module.resolve("target/lib/*");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-cp",
            classpath,
            "dev.storyweave.app.Main",
            "ingest",
            input.toString(),
            "--store",
            store.toString(),
            "--commit-every",
            "500",
            "--max-bytes",
            "500000000");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private static String id(int i) {
    return String.format("a%06d", i);
  }

  private static Path writeLargeJsonl(Path file) throws IOException {
    Random random = new Random(42);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 4; s++) {
          text.append("The ");
          for (int k = 0; k < 8; k++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
          }
          text.append("report number ").append(i).append('-').append(s).append(". ");
        }
        w.write(
            "{\"id\":\""
                + id(i)
                + "\",\"title\":\"Item "
                + i
                + "\",\"outlet\":\"Test Wire\",\"published\":\"2025-05-15\",\"text\":\""
                + text.toString().trim()
                + "\"}\n");
      }
    }
    return file;
  }
}
