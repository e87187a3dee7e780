package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines: one article per line, fields win over text patterns, bad lines named by number. */
class JsonLinesIngestTest {

  @TempDir Path dir;

  private static final String BODY =
      "LISBON — Dock workers at the port began a two-day strike on Monday over pay, "
          + "the union said, halting most container traffic. Talks are set for Thursday.";

  @Test
  void everyGoodLineIsAnArticleAndEveryBadLineOneErrorWithItsNumber() throws IOException {
    String lines =
        String.join(
            "\n",
            "{\"id\":\"strike-1\",\"url\":\"https://news.example/strike\",\"outlet\":\"Port Daily\","
                + "\"title\":\"Dock workers strike\",\"published\":\"2031-06-02\","
                + "\"text\":\""
                + BODY
                + "\"}",
            "",
            "{\"title\":\"No id here\",\"published\":\"2031-06-03T09:00:00+02:00\","
                + "\"author\":\"Rui Prata\",\"text\":\""
                + BODY
                + "\"}",
            "{\"id\":\"broken\", \"text\": \"unterminated",
            "[1, 2, 3]",
            "{\"id\":\"no-body\",\"title\":\"Only a title\"}",
            "{\"id\":\"from-html\",\"html\":\"<html lang=fr><body><article><p>"
                + BODY
                + " "
                + BODY
                + "</p></article></body></html>\","
                + "\"outlet\":\"Port Daily\"}",
            "{\"id\":\"blank-text\",\"text\":\"   \"}",
            "   ");
    Path file = dir.resolve("wire.jsonl");
    Files.writeString(file, lines, StandardCharsets.UTF_8);

    Collected c = Collected.ingest(file.toString());
    Map<String, Article> byId = c.byId();

    assertThat(byId).containsOnlyKeys("strike-1", "wire-3", "from-html");
    Article first = byId.get("strike-1");
    assertThat(first.origin()).isEqualTo(file + ":1");
    assertThat(first.url()).isEqualTo("https://news.example/strike");
    assertThat(first.title()).isEqualTo(Inferred.of("Dock workers strike", Inference.JSONL));
    assertThat(first.outlet()).isEqualTo(Inferred.of("Port Daily", Inference.JSONL));
    assertThat(first.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 6, 2), Inference.JSONL));
    assertThat(first.dateline()).isEqualTo(Inferred.of("LISBON", Inference.TEXT_PATTERN));
    assertThat(first.text()).isEqualTo(BODY);

    Article third = byId.get("wire-3");
    assertThat(third.origin()).isEqualTo(file + ":3");
    assertThat(third.byline()).isEqualTo(Inferred.of("Rui Prata", Inference.JSONL));
    assertThat(third.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 6, 3), Inference.JSONL));

    Article html = byId.get("from-html");
    assertThat(html.language()).isEqualTo(Inferred.of("fr", Inference.META));
    assertThat(html.outlet()).isEqualTo(Inferred.of("Port Daily", Inference.JSONL));
    assertThat(html.text()).startsWith("LISBON — Dock workers");

    assertThat(c.errors)
        .extracting(e -> e.input().substring(file.toString().length()) + " " + e.message())
        .satisfiesExactly(
            e -> assertThat(e).startsWith(":4 line 4: malformed JSON: "),
            e -> assertThat(e).isEqualTo(":5 line 5: not a JSON object"),
            e -> assertThat(e).isEqualTo(":6 line 6: missing field text or html"),
            e -> assertThat(e).isEqualTo(":8 line 8: missing field text or html"));
  }

  @Test
  void lineOverTheSizeLimitIsOneErrorAndTheNextLineStillReads() throws IOException {
    String good = "{\"id\":\"ok\",\"text\":\"" + BODY + "\"}";
    String big = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(100_000) + "\"}";
    Path file = dir.resolve("mixed-sizes.jsonl");
    Files.writeString(file, good + "\r\n" + big + "\n" + good.replace("ok", "ok2"));
    IngestSettings settings = IngestSettings.builder().maxBytes(100_000).build();
    Collected c = Collected.ingest(settings, file.toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("ok", "ok2");
    assertThat(c.errors)
        .extracting(Object::toString)
        .containsExactly(file + ":2: line 2: line is over the 100 kB limit");
  }

  @Test
  void jsonDocumentsHoldAnArrayOrOneArticle() throws IOException {
    String item = "{\"title\":\"Dock workers strike\",\"text\":\"" + BODY + "\"}";
    Path array = dir.resolve("export.json");
    Files.writeString(array, "[\n  " + item + ",\n  {\"id\":\"x\"},\n  42\n]\n");
    Path single = dir.resolve("one.json");
    Files.writeString(single, "{\n  \"id\": \"solo\",\n  \"text\": \"" + BODY + "\"\n}\n");
    Path lines = dir.resolve("lines.json");
    Files.writeString(lines, item + "\n" + item.replace("{", "{\"id\":\"second\",") + "\n");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[{\"text\": \"unfinished\"");
    Path empty = dir.resolve("empty-array.json");
    Files.writeString(empty, "[]");

    Collected c =
        Collected.ingest(
            array.toString(),
            single.toString(),
            lines.toString(),
            broken.toString(),
            empty.toString());

    assertThat(c.articles)
        .extracting(Article::id)
        .containsExactly("export-1", "solo", "lines-1", "second");
    assertThat(c.articles.get(0).origin()).isEqualTo(array + "#1");
    assertThat(c.articles.get(0).title())
        .isEqualTo(Inferred.of("Dock workers strike", Inference.JSONL));
    assertThat(c.articles.get(2).origin()).isEqualTo(lines + ":1");
    assertThat(c.errors)
        .extracting(e -> Path.of(e.input()).getFileName() + " " + e.message())
        .satisfiesExactly(
            e -> assertThat(e).isEqualTo("export.json#2 item 2: missing field text or html"),
            e -> assertThat(e).isEqualTo("export.json#3 item 3: not a JSON object"),
            e -> assertThat(e).startsWith("broken.json malformed JSON: "),
            e -> assertThat(e).isEqualTo("empty-array.json empty JSON array"));
  }

  @Test
  void emptyJsonLinesFileIsOneError() throws IOException {
    Path file = dir.resolve("empty.jsonl");
    Files.writeString(file, "\n\n");
    Collected c = Collected.ingest(file.toString());
    assertThat(c.articles).isEmpty();
    assertThat(c.errors).extracting(Object::toString).containsExactly(file + ": empty file");
  }
}
