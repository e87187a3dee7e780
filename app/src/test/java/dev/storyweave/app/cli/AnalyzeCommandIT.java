package dev.storyweave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyweave.app.store.ArticleStore;
import dev.storyweave.model.Article;
import dev.storyweave.pipeline.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code storyweave analyze} end to end on a folder mixing good and hostile inputs: every bad
 * input is one error in the report and one line on stderr, exit code 1, and every good article is
 * analysed and committed to the store.
 */
class AnalyzeCommandIT {

  private static final String HARBOUR =
      "PORT ELLIS, Northland — The harbour authority closed the main channel on Monday after a"
          + " cargo ship lost power and drifted onto a sandbank, officials said. No one was hurt."
          + " Tugs were expected to refloat the vessel at high tide on Tuesday.";
  private static final String COUNCIL =
      "The city council voted 7-2 on Wednesday to fund a new library in the eastern district."
          + " The mayor said construction would start next spring and take two years.";

  @TempDir Path dir;

  @Test
  void hostileInputsAreReportedAndGoodOnesStored() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("harbour.txt"), HARBOUR);
    Files.writeString(in.resolve("harbour-copy.txt"), HARBOUR);
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("blob.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    Files.writeString(
        in.resolve("wire.jsonl"),
        "{\"id\":\"council\",\"outlet\":\"City Wire\",\"published\":\"2025-03-05\",\"text\":\""
            + COUNCIL
            + "\"}\n{broken\n");
    Files.writeString(
        in.resolve("evil.rss"),
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
    Path json = dir.resolve("out/report.json");
    Path md = dir.resolve("out/brief.md");
    Path html = dir.resolve("out/brief.html");
    Path store = dir.resolve("store");

    Run run =
        run(
            "analyze",
            in.toString(),
            dir.resolve("missing.txt").toString(),
            "--json",
            json.toString(),
            "--md",
            md.toString(),
            "--html",
            html.toString(),
            "--store",
            store.toString());

    assertThat(run.exitCode).isEqualTo(StoryweaveCommand.EXIT_SOME_FAILED);
    JsonNode report = ReportJson.mapper().readTree(json.toFile());
    List<String> errorInputs = new ArrayList<>();
    for (JsonNode error : report.get("errors")) {
      errorInputs.add(Path.of(error.get("input").asText()).getFileName().toString());
      assertThat(error.get("message").asText()).isNotBlank().doesNotContain("\n");
      assertThat(run.stderr).contains(error.get("input").asText() + ": ");
    }
    assertThat(errorInputs)
        .containsExactlyInAnyOrder(
            "empty.txt", "blob.txt", "wire.jsonl:2", "evil.rss", "missing.txt");

    List<String> ids = new ArrayList<>();
    report.get("articles").forEach(a -> ids.add(a.get("id").asText()));
    // the folder is read in name order, so "harbour-copy" comes first and "harbour" is its copy
    assertThat(ids).containsExactlyInAnyOrder("harbour-copy", "council");
    assertThat(run.stderr)
        .contains("harbour.txt: same content as stored article harbour-copy; kept one");
    JsonNode council = article(report, "council");
    assertThat(council.get("outlet").asText()).isEqualTo("City Wire");
    assertThat(council.get("published").asText()).isEqualTo("2025-03-05");
    assertThat(council.get("quality").get("score").asDouble()).isBetween(0.0, 1.0);

    assertThat(report.get("stories")).hasSize(2);
    assertThat(Files.readString(md)).contains("harbour").contains("council");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    assertThat(Files.getPosixFilePermissions(json))
        .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);

    try (ArticleStore reopened = ArticleStore.open(store)) {
      assertThat(reopened.all())
          .extracting(Article::id)
          .containsExactlyInAnyOrder("harbour-copy", "council");
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("analyze").exitCode).isEqualTo(StoryweaveCommand.EXIT_USAGE);
    assertThat(run("no-such-command").exitCode).isEqualTo(StoryweaveCommand.EXIT_USAGE);
    assertThat(run("--version").exitCode).isZero();
  }

  private static JsonNode article(JsonNode report, String id) {
    for (JsonNode a : report.get("articles")) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no article " + id + " in report");
  }

  private record Run(int exitCode, String stderr) {}

  private static Run run(String... args) {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      int code = StoryweaveCommand.commandLine().execute(args);
      return new Run(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }
}
