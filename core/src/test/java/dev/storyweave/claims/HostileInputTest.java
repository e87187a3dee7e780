package dev.storyweave.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.briefing.BriefingWriter;
import dev.storyweave.model.Article;
import dev.storyweave.model.Briefing;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quote;
import dev.storyweave.model.Story;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random and odd text never makes the claims or briefing stages throw. */
class HostileInputTest {

  private static final String[] PIECES = {
    "the",
    "Capital",
    "capital",
    "of",
    "Paris",
    "is",
    ",",
    ".",
    ";",
    "12",
    "1,000",
    "May",
    "12th",
    "Monday",
    "not",
    "n't",
    "was",
    "killed",
    "people",
    "30-day",
    "«",
    "»",
    "\u201C",
    "\u201D",
    "—",
    "?",
    "Türkiye",
    "French",
    "2025-13-45",
    "February 30",
    "07:00",
    "%",
    "'s",
    "\n",
    "\n\n",
    "ǅ",
    "😀",
    "\u0000",
    "Ivory Coast",
    "the Turkish capital",
    "X's capital",
    "on Sunday",
    "will"
  };

  private static StoryArticle article(String id, String text) {
    Article a = Article.withoutMetadata(id, id, id, text);
    return new StoryArticle(a, TextAnalyzer.english().analyze(id, text));
  }

  @Test
  void randomTextGivesClaimsAndABriefingWithoutThrowing() {
    Random random = new Random(20261123L);
    for (int round = 0; round < 6; round++) {
      List<StoryArticle> story = new ArrayList<>();
      for (int a = 0; a < 3; a++) {
        StringBuilder text = new StringBuilder("Start ");
        for (int w = 0; w < 60; w++) {
          text.append(PIECES[random.nextInt(PIECES.length)])
              .append(random.nextBoolean() ? " " : "");
        }
        story.add(article("r" + round + "-" + a, text.toString()));
      }
      String first = story.get(0).id();
      // Hostile model records too: spans past the text, derivations to unknown articles.
      List<Entity> entities =
          List.of(
              new Entity(
                  "Nobody",
                  EntityType.PERSON,
                  List.of(new Mention("x", first, 5000, 5001)),
                  List.of()));
      List<Quote> quotes =
          List.of(
              new Quote(
                  "the capital",
                  List.of(),
                  "A",
                  List.of(first),
                  List.of(new Mention("q", first, 0, 9999))),
              new Quote(
                  "the capital",
                  List.of(),
                  "B",
                  List.of("zz"),
                  List.of(new Mention("q", "zz", 0, 3))));
      List<Derivation> derivations =
          List.of(new Derivation("ghost", first, DerivationKind.EXCERPT, 0.1, List.of()));
      ClaimAnalysis r = ClaimBuilder.create().analyze(story, derivations, entities, quotes);
      Story s =
          new Story(
              "s",
              null,
              List.of(first),
              derivations,
              entities,
              quotes,
              r.claims(),
              List.of(),
              List.of());
      Briefing b = BriefingWriter.create().write(s, story, r.claims(), r.conflicts());
      assertThat(b.headline()).isNotNull();
      for (var k : b.keyPoints()) {
        assertThat(k.text()).isEqualTo(k.spans().get(0).text());
      }
    }
  }

  @Test
  void emptyStoryGivesAnEmptyBriefing() {
    ClaimAnalysis r = ClaimBuilder.create().analyze(List.of(), List.of(), List.of(), List.of());
    assertThat(r.diagnostics()).isNotEmpty();
    Briefing b = BriefingWriter.create().write(null, List.of(), r.claims(), r.conflicts());
    assertThat(b.keyPoints()).isEmpty();
    assertThat(b.headline()).isNotBlank();
  }
}
