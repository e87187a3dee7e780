package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JSON-lines corpus (../shared/data/ht-vs-mt/docs.jsonl, its first 240 lines copied to a
 * temporary file at test time): every line is an article under its own id. Regression: lines whose
 * text holds Windows-1252 quotes once decoded as Latin-1 (U+0092 for ’) were rejected as "not valid
 * text"; they are repaired now.
 */
class RealJsonLinesTest {

  @TempDir Path dir;

  @Test
  void mojibakeQuotesDoNotRejectRealArticles() throws IOException {
    Path source = SharedData.shared().resolve("data/ht-vs-mt/docs.jsonl");
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine();
          line != null && lines.size() < 240;
          line = reader.readLine()) {
        lines.add(line);
      }
    }
    Path sample = dir.resolve("sample.jsonl");
    Files.write(sample, lines, StandardCharsets.UTF_8);

    Collected c = Collected.ingest(sample.toString());

    assertThat(c.errors).isEmpty();
    assertThat(c.articles).hasSize(240);
    assertThat(c.byId()).hasSize(240);
    for (Article a : c.articles) {
      assertThat(a.id()).as(a.origin()).contains("-wmt");
      assertThat(a.title().isPresent()).isTrue();
      assertThat(a.language()).as(a.id()).isEqualTo(Inferred.of("en", Inference.TEXT_PATTERN));
      assertThat(a.text()).as(a.id()).doesNotContainPattern("[\\u0080-\\u009F]");
    }
  }
}
