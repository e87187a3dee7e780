package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyweave.model.Article;
import dev.storyweave.model.IngestError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Order, streaming, unique ids, standard input, and programmer errors. */
class IngesterContractTest {

  @TempDir Path dir;

  static final String STORY =
      "The river rose above its banks on Sunday night, flooding the lower town and closing two"
          + " bridges, the mayor said on Monday morning.";

  @Test
  void resultsStreamInInputOrderAndFoldersInSortedOrder() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), STORY);
    Files.writeString(dir.resolve("b/1.txt"), STORY);
    Files.writeString(dir.resolve("b/0.txt"), "");
    Files.writeString(dir.resolve("a.txt"), STORY);
    List<String> events = new ArrayList<>();
    IngestSink sink =
        new IngestSink() {
          @Override
          public void article(Article article) {
            events.add("article " + article.id());
          }

          @Override
          public void error(IngestError error) {
            events.add("error " + dir.relativize(Path.of(error.input())));
          }
        };
    Ingester.create(IngestSettings.defaults())
        .ingest(List.of(dir.resolve("b").toString(), dir.resolve("a.txt").toString()), sink);
    assertThat(events).containsExactly("error b/0.txt", "article 1", "article 2", "article a");
  }

  @Test
  void repeatedIdsAreMadeUnique() throws IOException {
    Files.createDirectories(dir.resolve("x"));
    Files.createDirectories(dir.resolve("y"));
    Files.writeString(dir.resolve("x/story.txt"), STORY);
    Files.writeString(dir.resolve("y/story.txt"), STORY);
    Files.writeString(dir.resolve("y/story.html"), "<p>" + STORY + " " + STORY + "</p>");
    Collected c = Collected.ingest(dir.toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("story", "story-2", "story-3");
    // sorted: y/story.html comes before y/story.txt
    assertThat(c.articles.get(0).contentHash()).isEqualTo(c.articles.get(2).contentHash());
  }

  @Test
  void standardInputIsSniffed() {
    InputStream original = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              ("<html><body><p>" + STORY + " " + STORY + "</p>").getBytes(StandardCharsets.UTF_8)));
      Article a = Collected.ingest("-").only();
      assertThat(a.id()).isEqualTo("stdin");
      assertThat(a.origin()).isEqualTo("-");
      assertThat(a.text()).startsWith("The river rose");
      System.setIn(new ByteArrayInputStream(new byte[0]));
      assertThat(Collected.ingest("-").errors)
          .extracting(Object::toString)
          .containsExactly("-: empty file");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void programmerErrorsFailFast() {
    Ingester ingester = Ingester.create(IngestSettings.defaults());
    assertThatThrownBy(() -> ingester.ingest(List.of(" "), new Collected()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank input");
    assertThatThrownBy(() -> ingester.ingest(List.of("a"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("sink");
  }
}
