package dev.storyweave.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyweave.app.store.ArticleStore.Outcome;
import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleStoreTest {

  @TempDir Path dir;

  private static Article article(String id, String text) {
    return new Article(
        id,
        "/in/" + id + ".txt",
        null,
        Integer.toHexString(text.hashCode()),
        Inferred.of("Title " + id, Inference.TEXT_PATTERN),
        Inferred.of("Example Wire", Inference.TEXT_PATTERN),
        Inferred.none(),
        Inferred.of("GENEVA", Inference.TEXT_PATTERN),
        Inferred.of(LocalDate.of(2025, 5, 15), Inference.META),
        Inferred.none(),
        text);
  }

  @Test
  void roundTripsEveryFieldThroughACommitAndReopen() throws IOException {
    Article a = article("a", "Delegates met in Geneva on Thursday.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.put(a).outcome()).isEqualTo(Outcome.ADDED);
      assertThat(store.commit()).isEqualTo(1);
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.get("a")).contains(a);
      assertThat(store.all()).containsExactly(a);
    }
  }

  @Test
  void sameContentTwiceKeepsOneArticleAndNamesTheFirst() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(article("first", "Same words."));
      ArticleStore.PutResult again = store.put(article("second", "Same words."));
      assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
      assertThat(again.existingId()).isEqualTo("first");
      store.commit();
      ArticleStore.PutResult afterCommit = store.put(article("third", "Same words."));
      assertThat(afterCommit.existingId()).isEqualTo("first");
      assertThat(store.size()).isEqualTo(1);
    }
  }

  @Test
  void sameIdWithNewContentReplacesIt() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(article("a", "Old text."));
      store.commit();
      assertThat(store.put(article("a", "New text.")).outcome()).isEqualTo(Outcome.REPLACED);
      assertThat(store.get("a").orElseThrow().text()).isEqualTo("New text.");
      assertThat(store.size()).isEqualTo(1);
    }
  }

  @Test
  void closingWithoutCommitDropsUncommittedPuts() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(article("kept", "Committed text."));
      store.commit();
      store.put(article("dropped", "Uncommitted text."));
      assertThat(store.get("dropped")).isPresent();
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.all()).extracting(Article::id).containsExactly("kept");
    }
  }

  @Test
  void searchFindsArticlesByTextAndTitle() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.put(article("talks", "Delegations arrived for ceasefire talks."));
      store.put(article("storm", "A storm closed the harbour."));
      assertThat(store.search("ceasefire", 10)).containsExactly("talks");
      assertThat(store.search("\"Title storm\"", 10)).containsExactly("storm");
    }
  }

  @Test
  void secondWriterIsRefusedWithAClearMessage() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.directory()).isEqualTo(dir);
      assertThatThrownBy(() -> ArticleStore.open(dir))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("in use by another storyweave process");
    }
  }
}
