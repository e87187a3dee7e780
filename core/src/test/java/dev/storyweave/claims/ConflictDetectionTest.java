package dev.storyweave.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.ClaimStatus;
import dev.storyweave.model.Conflict;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quote;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conflicts of each kind on small invented stories. */
class ConflictDetectionTest {

  /** A story article published on 7 March 2024 (the date is given, so relative days resolve). */
  static StoryArticle article(String id, String text) {
    Article a =
        new Article(
            id,
            id,
            null,
            id,
            Inferred.none(),
            Inferred.none(),
            Inferred.none(),
            Inferred.none(),
            Inferred.of(LocalDate.of(2024, 3, 7), Inference.META),
            Inferred.none(),
            text);
    return new StoryArticle(a, TextAnalyzer.english().analyze(id, text));
  }

  private static ClaimAnalysis analyse(List<Derivation> derivations, StoryArticle... articles) {
    return ClaimBuilder.create().analyze(List.of(articles), derivations, List.of(), List.of());
  }

  @Test
  void differentDeathTollsForTheSameEventConflict() {
    ClaimAnalysis r =
        analyse(
            List.of(),
            article(
                "a",
                "At least 12 people were killed when a bus crashed near the northern city of Varna."),
            article(
                "b",
                "At least 19 people were killed when a bus crashed near the northern city of Varna."),
            article(
                "c",
                "At least 12 people were killed when a bus crashed near the city of Varna in the north."));
    assertThat(r.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.reason()).contains("12").contains("19");
              assertThat(c.independent()).isTrue();
            });
    assertThat(r.claims()).filteredOn(c -> c.status() == ClaimStatus.DISPUTED).hasSize(2);
  }

  @Test
  void aSlipInAGarbledCopyConflictsButIsNotIndependent() {
    ClaimAnalysis r =
        analyse(
            List.of(new Derivation("copy", "orig", DerivationKind.TRANSLATION, 0.9, List.of())),
            article(
                "orig",
                "The summit was held in Brasilia, the Brazilian capital, under heavy security."),
            article(
                "copy",
                "The summit was held in Rio, the Brazilian capital, under strong security."));
    assertThat(r.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.reason()).startsWith("capital of Brazil");
              assertThat(c.independent()).isFalse();
            });
  }

  @Test
  void oppositePolarityConflicts() {
    ClaimAnalysis r =
        analyse(
            List.of(),
            article(
                "a", "The prime minister attended the emergency meeting of the security council."),
            article(
                "b",
                "The prime minister did not attend the emergency meeting of the security council."));
    assertThat(r.conflicts())
        .extracting(Conflict::reason)
        .contains("one account negates the other");
  }

  @Test
  void differentDaysForTheSameEventConflict() {
    ClaimAnalysis r =
        analyse(
            List.of(),
            article(
                "a",
                "The ministers signed the trade agreement on Monday in Geneva after long talks."),
            article(
                "b",
                "The ministers signed the trade agreement on Tuesday in Geneva after long talks."));
    assertThat(r.conflicts()).extracting(Conflict::reason).anyMatch(s -> s.startsWith("date"));
  }

  @Test
  void oneQuoteGivenToTwoSpeakersConflicts() {
    StoryArticle a =
        article("a", "\"We will not retreat from this city,\" the mayor said on Monday.");
    StoryArticle b =
        article("b", "\"We will not retreat from this city,\" the governor said on Monday.");
    String q = "We will not retreat from this city,";
    List<Quote> quotes = new ArrayList<>();
    quotes.add(
        new Quote(
            q,
            List.of(),
            "Mayor Ana Ruiz",
            List.of("a"),
            List.of(new Mention(q, "a", 1, 1 + q.length()))));
    quotes.add(
        new Quote(
            q,
            List.of(),
            "Governor Luis Paz",
            List.of("b"),
            List.of(new Mention(q, "b", 1, 1 + q.length()))));
    ClaimAnalysis r = ClaimBuilder.create().analyze(List.of(a, b), List.of(), List.of(), quotes);
    assertThat(r.conflicts())
        .extracting(Conflict::reason)
        .anyMatch(s -> s.startsWith("quote attributed"));
  }

  @Test
  void aQuotedTermUsedByTwoSpeakersIsNoConflict() {
    StoryArticle a =
        article("a", "The mayor said the \"green corridor\" plan would be ready by June.");
    StoryArticle b =
        article("b", "The governor praised the \"green corridor\" plan on Monday in the city.");
    String q = "green corridor";
    int at = a.article().text().indexOf(q);
    int bt = b.article().text().indexOf(q);
    List<Quote> quotes =
        List.of(
            new Quote(
                q,
                List.of(),
                "Mayor Ana Ruiz",
                List.of("a"),
                List.of(new Mention(q, "a", at, at + q.length()))),
            new Quote(
                q,
                List.of(),
                "Governor Luis Paz",
                List.of("b"),
                List.of(new Mention(q, "b", bt, bt + q.length()))));
    ClaimAnalysis r = ClaimBuilder.create().analyze(List.of(a, b), List.of(), List.of(), quotes);
    assertThat(r.conflicts())
        .extracting(Conflict::reason)
        .noneMatch(s -> s.startsWith("quote attributed"));
  }

  @Test
  void agreeingAccountsDoNotConflictAndEmptyInputIsSafe() {
    ClaimAnalysis r =
        analyse(
            List.of(),
            article(
                "a",
                "Flooding forced 3,000 residents to leave their homes on Sunday in the river valley."),
            article(
                "b",
                "On Sunday flooding forced 3,000 residents of the river valley to leave their homes."));
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.claims().get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);
    assertThat(ClaimBuilder.create().analyze(List.of(), List.of(), List.of(), List.of()).claims())
        .isEmpty();
  }
}
