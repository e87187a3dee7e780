package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityMention;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.testdata.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random text full of capitals, apostrophes, dashes and scripts: no throw, exact spans. */
class HostileTextEntitiesTest {

  private static final String[] PIECES = {
    "President",
    "Gen.",
    "of",
    "the",
    "State",
    "Zürich",
    "O'Neill",
    "’s",
    "'s",
    "—",
    "–",
    "-",
    "“",
    "”",
    "(",
    ")",
    ".",
    ",",
    "!!!",
    "USA",
    "U.S.",
    "Москва",
    "Ελλάδα",
    "北京",
    "al-",
    "da",
    "Mr.",
    "HAVE",
    "THE",
    "NOW",
    "May",
    "Monday",
    "\n",
    "\n\n",
    "  ",
    "said",
    "in",
    "Jo",
    "Ann",
    "Smith",
    "Smyth",
    "Ministry",
    "Institute",
    "for",
    "x",
    "é",
    "\u00A0",
    "\t",
    "'",
    "’",
    "A",
    "I"
  };

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int words = 1 + random.nextInt(60);
    for (int i = 0; i < words; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  @Test
  void detectionAndResolutionSurviveRandomText() {
    Random random = new Random(20261123L);
    MentionDetector detector = MentionDetector.english();
    for (int round = 0; round < 40; round++) {
      List<StoryArticle> story = new ArrayList<>();
      for (int a = 0; a < 3; a++) {
        String text = randomText(random);
        if (text.isBlank()) {
          continue;
        }
        String id = "r" + round + "-" + a;
        StoryArticle article = SharedData.article(id, text);
        int previousEnd = 0;
        for (EntityMention found : detector.detect(article.text())) {
          Mention m = found.mention();
          assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
          assertThat(m.start())
              .as("mentions in order, no overlap: %s", text)
              .isGreaterThanOrEqualTo(previousEnd);
          assertThat(m.text()).isNotBlank();
          previousEnd = m.end();
        }
        story.add(article);
      }
      for (EntityResolver resolver :
          List.of(EntityResolver.create(), EntityResolver.withReferences())) {
        for (Entity entity : resolver.resolve(story)) {
          assertThat(entity.mentions()).isNotEmpty();
          for (Mention m : entity.mentions()) {
            String text =
                story.stream()
                    .filter(s -> s.id().equals(m.article()))
                    .findFirst()
                    .orElseThrow()
                    .article()
                    .text();
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
          }
        }
      }
    }
  }
}
