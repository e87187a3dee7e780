package dev.storyweave.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quote;
import dev.storyweave.model.QuoteMention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuoteMergerTest {

  @Test
  void mergesSameStatementAndKeepsSpeakersApart() {
    List<StoryArticle> story = new ArrayList<>();
    List<QuoteMention> mentions = new ArrayList<>();
    String[] texts = {
      "\"We will rebuild every school by spring,\" Mayor Anna Kowalski said.",
      "Kowalski said: \"Every school will be rebuilt by spring.\"",
      "\"We will rebuild every school by spring,\" said rival Piotr Nowak.",
    };
    for (int i = 0; i < texts.length; i++) {
      StoryArticle a = article("a" + i, texts[i]);
      story.add(a);
      mentions.addAll(QuoteExtractor.english().extract(a.text()));
    }
    Entity anna =
        new Entity(
            "Anna Kowalski",
            EntityType.PERSON,
            List.of(new Mention("Kowalski", "a1", 0, 8)),
            List.of("mayor"));
    List<Quote> quotes = QuoteMerger.create().merge(story, mentions, List.of(anna));
    assertThat(quotes).hasSize(2);
    Quote first = quotes.get(0);
    assertThat(first.speaker()).isEqualTo("Anna Kowalski");
    assertThat(first.articles()).containsExactly("a0", "a1");
    assertThat(first.variants()).hasSize(1);
    assertThat(quotes.get(1).speaker()).isEqualTo("Piotr Nowak");
  }

  @Test
  void joinsSplitQuoteHalves() {
    StoryArticle a =
        article("s", "Tom Baker arrived late. \"I will go,\" he said, \"if they come.\"");
    List<Quote> quotes =
        QuoteMerger.create()
            .merge(List.of(a), QuoteExtractor.english().extract(a.text()), List.of());
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("I will go, if they come.");
              assertThat(q.spans()).hasSize(2);
              assertThat(q.speaker()).isEqualTo("Tom Baker");
            });
  }

  @Test
  void mergesSeedQuoteTranslatedTwice() throws IOException {
    List<StoryArticle> story = new ArrayList<>();
    List<QuoteMention> mentions = new ArrayList<>();
    try (Stream<Path> files = Files.list(SharedData.seeds())) {
      for (Path file : files.sorted().toList()) {
        String id = file.getFileName().toString().replace(".txt", "");
        StoryArticle a = article(id, Files.readString(file));
        story.add(a);
        mentions.addAll(QuoteExtractor.english().extract(a.text()));
      }
    }
    // What the entity resolver gives: one entity for every spelling of the Ukrainian president.
    List<Mention> zelenskyy =
        mentions.stream()
            .filter(m -> m.speaker() != null && m.speakerName() != null)
            .filter(m -> m.speakerName().toLowerCase(java.util.Locale.ROOT).contains("zelen"))
            .map(QuoteMention::speaker)
            .toList();
    Entity president = new Entity("Volodymyr Zelenskyy", EntityType.PERSON, zelenskyy, List.of());
    List<Quote> quotes = QuoteMerger.create().merge(story, mentions, List.of(president));
    // The same words of the Ukrainian president, machine-translated differently in two articles.
    Quote murderer =
        quotes.stream()
            .filter(q -> (q.text() + q.variants()).contains("murderer"))
            .findFirst()
            .orElseThrow();
    assertThat(murderer.articles()).hasSize(2);
    assertThat(murderer.speaker()).isEqualTo("Volodymyr Zelenskyy");
    Quote meeting =
        quotes.stream()
            .filter(q -> q.text().contains("HAVE THE MEETING"))
            .findFirst()
            .orElseThrow();
    assertThat(meeting.articles()).hasSize(2);
    for (Quote q : quotes) {
      for (Mention span : q.spans()) {
        StoryArticle a =
            story.stream().filter(s -> s.id().equals(span.article())).findFirst().orElseThrow();
        assertThat(a.article().text().substring(span.start(), span.end())).isEqualTo(span.text());
      }
    }
  }

  static StoryArticle article(String id, String text) {
    Article article = Article.withoutMetadata(id, id + ".txt", "0", text);
    AnalyzedText analyzed = TextAnalyzer.english().analyze(id, text);
    return new StoryArticle(article, analyzed);
  }
}
