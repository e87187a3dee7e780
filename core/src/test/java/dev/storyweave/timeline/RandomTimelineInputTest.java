package dev.storyweave.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quantity;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TemporalExpression;
import dev.storyweave.model.TimelineEvent;
import dev.storyweave.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile random text for the extractors and the timeline: spans stay valid, nothing throws. */
class RandomTimelineInputTest {

  private static final String[] PIECES = {
    "on",
    "Thursday",
    "Sunday,",
    "late",
    "Wednesday",
    "night",
    "May",
    "12th",
    "May 12",
    "2025-05-15",
    "2025-13-45",
    "Feb. 30",
    "31 April",
    "in",
    "the",
    "spring",
    "of",
    "2022",
    "last",
    "next",
    "month",
    "year",
    "week",
    "a day ago",
    "99 years ago",
    "yesterday",
    "will",
    "said",
    "would",
    "30-day",
    "300 miles",
    "1,000 kilometers",
    "$",
    "€",
    "2.5",
    "million",
    "%",
    "per cent",
    "-",
    "—",
    "“",
    "”",
    "\"",
    ".",
    ",",
    ":",
    "\n",
    "\n\n",
    "(",
    ")",
    "U.S.",
    "a.m.",
    "Jan.",
    "No. 1",
    "9999",
    "0",
    "00",
    "1e9",
    "99999999999999999999 miles",
    "Putin",
    "talks",
    "December last year",
    "Ünal",
    "😀"
  };

  @Test
  void randomArticlesGiveValidSpansAndEvents() {
    Random random = new Random(4242L);
    for (int round = 0; round < 80; round++) {
      List<StoryArticle> story = new ArrayList<>();
      int articles = 1 + random.nextInt(3);
      for (int a = 0; a < articles; a++) {
        StringBuilder text = new StringBuilder("x");
        int n = random.nextInt(80);
        for (int i = 0; i < n; i++) {
          text.append(
              random.nextInt(8) == 0
                  ? String.valueOf((char) random.nextInt(0x2100))
                  : PIECES[random.nextInt(PIECES.length)]);
          text.append(random.nextInt(4) == 0 ? "" : " ");
        }
        LocalDate published =
            random.nextBoolean()
                ? null
                : LocalDate.of(1990 + random.nextInt(60), 1, 1).plusDays(random.nextInt(365));
        String id = "r" + round + "-" + a;
        String body = text.toString();
        story.add(SeedStory.article(id, body, published));
        AnalyzedText analyzed = TextAnalyzer.english().analyze(id, body);
        LocalDate anchor =
            random.nextInt(4) == 0
                ? null
                : LocalDate.of(2025, 5, 15).plusDays(random.nextInt(400) - 200);
        int previousEnd = 0;
        for (TemporalExpression e : TemporalExtractor.english().extract(analyzed, anchor)) {
          checkSpan(body, e.span(), id);
          assertThat(e.span().start()).isGreaterThanOrEqualTo(previousEnd);
          previousEnd = e.span().end();
        }
        previousEnd = 0;
        for (Quantity q : QuantityExtractor.english().extract(analyzed)) {
          checkSpan(body, q.span(), id);
          assertThat(q.span().start()).isGreaterThanOrEqualTo(previousEnd);
          previousEnd = q.span().end();
        }
      }
      List<TimelineEvent> events = TimelineBuilder.create().build(story);
      for (TimelineEvent event : events) {
        assertThat(event.spans()).isNotEmpty();
        for (Mention span : event.spans()) {
          String body =
              story.stream()
                  .filter(s -> s.id().equals(span.article()))
                  .findFirst()
                  .orElseThrow()
                  .article()
                  .text();
          checkSpan(body, span, span.article());
        }
      }
    }
  }

  private static void checkSpan(String text, Mention span, String article) {
    assertThat(span.article()).isEqualTo(article);
    assertThat(span.end()).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
  }
}
