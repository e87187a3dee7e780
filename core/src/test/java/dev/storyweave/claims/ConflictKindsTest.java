package dev.storyweave.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.ClaimStatus;
import dev.storyweave.model.Conflict;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quote;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each conflict relation on invented two- or three-article stories, with the near misses that must
 * not conflict next to it: different numbers about different things, one place inside another,
 * offices many people hold, the same person spelt two ways.
 */
class ConflictKindsTest {

  private static ClaimAnalysis analyse(String... texts) {
    return analyse(List.of(), texts);
  }

  private static ClaimAnalysis analyse(List<Derivation> derivations, String... texts) {
    List<StoryArticle> story = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      story.add(ConflictDetectionTest.article(String.valueOf((char) ('a' + i)), texts[i]));
    }
    return ClaimBuilder.create().analyze(story, derivations, List.of(), List.of());
  }

  private static List<String> reasons(ClaimAnalysis r) {
    return r.conflicts().stream().map(Conflict::reason).toList();
  }

  // --- numbers ---------------------------------------------------------------------------------

  @Test
  void differentSumsOfMoneyForTheSamePledgeConflict() {
    ClaimAnalysis r =
        analyse(
            "The government pledged $2.5 million in emergency aid to the flooded river towns.",
            "The government pledged $4 million in emergency aid to the flooded river towns.");
    assertThat(reasons(r)).singleElement().asString().contains("USD").contains("2.5 million");
  }

  @Test
  void differentPercentagesForTheSameTurnoutConflict() {
    ClaimAnalysis r =
        analyse(
            "Turnout in the regional election reached 62% according to the electoral commission.",
            "Turnout in the regional election reached 48% according to the electoral commission.");
    assertThat(reasons(r)).singleElement().asString().contains("62").contains("48");
  }

  @Test
  void differentDurationsForTheSameTruceConflict() {
    ClaimAnalysis r =
        analyse(
            "Both armies agreed a 30-day truce along the whole eastern front line.",
            "Both armies agreed a 60-day truce along the whole eastern front line.");
    assertThat(reasons(r)).singleElement().asString().startsWith("number of day");
  }

  @Test
  void oneDistanceInTwoUnitsIsNoConflict() {
    ClaimAnalysis r =
        analyse(
            "The aid convoy travelled 300 miles from the port to the northern border crossing.",
            "The aid convoy travelled 483 kilometres from the port to the northern border crossing.");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void killedAndInjuredAreDifferentThingsNotAConflict() {
    ClaimAnalysis r =
        analyse(
            "At least 12 people were killed in the train collision near Dorvale on Monday.",
            "At least 40 people were injured in the train collision near Dorvale on Monday.");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void tollsInTwoDifferentTownsAreNotAConflict() {
    ClaimAnalysis r =
        analyse(
            "The storm killed 12 people in Dorvale and cut power to thousands of homes.",
            "The storm killed 20 people in Kesselton and cut power to thousands of homes.");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void moneyForDifferentPurposesIsNotAConflict() {
    ClaimAnalysis r =
        analyse(
            "The ministry pledged $2 million for rebuilding schools in the flooded river towns.",
            "The ministry pledged $5 million for repairing roads in the flooded river towns.");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void rangesAndPartsOfAWholeAreNoValues() {
    ClaimAnalysis r =
        analyse(
            "Three clubs are bidding for the striker, the Rovers offering $40-50 million over five"
                + " years.",
            "Three clubs are bidding for the striker, the Rovers offering between $40 million and"
                + " $50 million over five years.");
    assertThat(r.conflicts()).isEmpty();
    ClaimAnalysis parts =
        analyse(
            "The champion landed 178 of 369 punches thrown over the twelve rounds of the fight.",
            "The champion landed 28 of his 68 punches thrown in the twelve rounds of the fight.");
    assertThat(parts.conflicts()).isEmpty();
  }

  @Test
  void anExactFigureMeetingTheOtherSidesBoundIsNoConflict() {
    assertThat(
            analyse(
                    "The striker ran for 226 yards in the second half of the cup final on Sunday.",
                    "The striker ran for more than a hundred yards in the second half of the cup"
                        + " final on Sunday.")
                .conflicts())
        .isEmpty();
    assertThat(
            reasons(
                analyse(
                    "The striker ran for 226 yards in the second half of the cup final on Sunday.",
                    "The striker ran for less than a hundred yards in the second half of the cup"
                        + " final on Sunday.")))
        .singleElement()
        .asString()
        .startsWith("number of km");
  }

  @Test
  void sentencesDifferingOnEveryFigureAreAboutDifferentThings() {
    ClaimAnalysis r =
        analyse(
            "Ten people were killed and at least 50 injured when the earthquake struck the island"
                + " villages.",
            "Seven people were killed and at least 40 injured when the earthquake struck the"
                + " island villages.");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void clockTimesFractionsAndCompoundDurationsAreNoCounts() {
    assertThat(
            analyse(
                    "Polling stations opened at 8 am local time (0300 GMT) across the country.",
                    "Polling stations opened at 8 am local time (1100 GMT) across the country.")
                .conflicts())
        .isEmpty();
    assertThat(
            analyse(
                    "The home side took the lead with 4 minutes 48 seconds remaining in the game.",
                    "The home side took the lead with 4 minutes 31 seconds remaining in the game.")
                .conflicts())
        .isEmpty();
  }

  // --- dates ---------------------------------------------------------------------------------

  @Test
  void twoDaysForOneSigningConflict() {
    ClaimAnalysis r =
        analyse(
            "The two ministers signed the new fishing agreement on Monday in Reykjavik.",
            "The two ministers signed the new fishing agreement on Wednesday in Reykjavik.");
    assertThat(reasons(r)).singleElement().asString().startsWith("date: 2024-03-04 vs 2024-03-06");
  }

  @Test
  void weekdaysAgainstAGuessedAnchorAreTooWeakToConflict() {
    // No publication dates: the anchors are inferred, so "Monday" and "Wednesday" prove nothing.
    List<StoryArticle> story = new java.util.ArrayList<>();
    for (String[] t :
        List.of(
            new String[] {"a", "The two ministers signed the new fishing agreement on Monday."},
            new String[] {"b", "The two ministers signed the new fishing agreement on Wednesday."},
            new String[] {"c", "The fishing fleet left the harbour on 4 March 2024 at dawn."})) {
      Article a = Article.withoutMetadata(t[0], t[0], t[0], t[1]);
      story.add(new StoryArticle(a, TextAnalyzer.english().analyze(t[0], t[1])));
    }
    ClaimAnalysis r = ClaimBuilder.create().analyze(story, List.of(), List.of(), List.of());
    assertThat(reasons(r)).noneMatch(s -> s.startsWith("date"));
  }

  @Test
  void twoStepsOfOneAgreementOnTwoDaysAreNoConflict() {
    ClaimAnalysis r =
        analyse(
            "The two ministers signed the new fishing agreement on Monday in Reykjavik.",
            "Parliament ratified the new fishing agreement on Wednesday in Reykjavik.");
    assertThat(r.conflicts()).isEmpty();
  }

  // --- places ----------------------------------------------------------------------------------

  @Test
  void twoVenuesForTheSameTalksConflict() {
    ClaimAnalysis r =
        analyse(
            "The next round of peace talks will be held in Geneva, the foreign ministry said.",
            "The next round of peace talks will be held in Vienna, the foreign ministry said.");
    assertThat(reasons(r))
        .singleElement()
        .asString()
        .startsWith("place")
        .contains("Geneva")
        .contains("Vienna");
    assertThat(r.claims()).filteredOn(c -> c.status() == ClaimStatus.DISPUTED).hasSize(2);
  }

  @Test
  void aPlaceThatOnlySaysWhichShopIsNoConflict() {
    ClaimAnalysis r =
        analyse(
            "A large fire gutted the Harlow supermarket in Dorvale early on Tuesday morning.",
            "A large fire gutted the Harlow supermarket in Kesselton early on Tuesday morning.");
    assertThat(reasons(r)).noneMatch(s -> s.startsWith("place"));
  }

  @Test
  void aCityInsideTheNamedCountryIsNoConflict() {
    ClaimAnalysis r =
        analyse(
            "The next round of peace talks will be held in Switzerland, the foreign ministry said.",
            "The next round of peace talks will be held in Geneva, the foreign ministry said.");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void aGarbledCountryNameIsStillACountry() {
    ClaimAnalysis r =
        analyse(
            "The leaders proposed direct negotiations between the two countries in Norwey.",
            "The leaders proposed direct negotiations between the two countries in Bergen.");
    assertThat(r.conflicts()).isEmpty();
  }

  // --- offices ---------------------------------------------------------------------------------

  @Test
  void twoHoldersOfOneOfficeConflict() {
    ClaimAnalysis r =
        analyse(
            "Norway's foreign minister Ana Lindqvist arrived in Geneva for the talks on Monday.",
            "Talks opened after Norway's foreign minister Jon Berg arrived in Geneva on Monday.");
    assertThat(reasons(r))
        .singleElement()
        .asString()
        .startsWith("office")
        .contains("Norway")
        .contains("Ana Lindqvist")
        .contains("Jon Berg");
  }

  @Test
  void officesInTheirOtherShapesAreFound() {
    assertThat(
            ClaimFacts.of("Jon Berg, the Norwegian prime minister, spoke first.", null).attributes)
        .extracting(ClaimFacts.Attribute::subject, ClaimFacts.Attribute::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Norway", "Jon Berg"));
    assertThat(ClaimFacts.of("Ana Lind is the president of Chile.", null).attributes)
        .extracting(ClaimFacts.Attribute::subject, ClaimFacts.Attribute::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Chile", "Ana Lind"));
    assertThat(ClaimFacts.of("The head of the Red Cross, Ana Lind, spoke.", null).attributes)
        .extracting(ClaimFacts.Attribute::subject, ClaimFacts.Attribute::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Red Cross", "Ana Lind"));
  }

  @Test
  void aListOfOfficeHoldersGivesEachOfficeToTheNameAfterIt() {
    assertThat(
            ClaimFacts.of(
                    "The talks were attended by Chilean President Ana Lind, Norway's prime"
                        + " minister Jon Berg and Kenyan President Tom Odera.",
                    null)
                .attributes)
        .extracting(ClaimFacts.Attribute::subject, ClaimFacts.Attribute::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Chile", "Ana Lind"),
            org.assertj.core.groups.Tuple.tuple("Norway", "Jon Berg"),
            org.assertj.core.groups.Tuple.tuple("Kenya", "Tom Odera"));
  }

  @Test
  void sharedOrPastOfficesAndSpellingVariantsAreNoConflict() {
    assertThat(
            reasons(
                analyse(
                    "Norway's deputy minister Ana Lindqvist arrived in Geneva for the talks.",
                    "Norway's deputy minister Jon Berg arrived in Geneva for the talks.")))
        .isEmpty();
    assertThat(
            reasons(
                analyse(
                    "Norway's former president Ana Lindqvist arrived in Geneva for the talks.",
                    "Norway's former president Jon Berg arrived in Geneva for the talks.")))
        .isEmpty();
    assertThat(
            reasons(
                analyse(
                    "Norwegian Foreign Minister Ana Lindqvist arrived in Geneva for the talks.",
                    "Norway's foreign minister Lindkvist arrived in Geneva for the talks.")))
        .isEmpty();
    assertThat(
            reasons(
                analyse(
                    "Norway's trade minister Jon Berg arrived in Geneva for the talks.",
                    "Norway's foreign minister Ana Lindqvist arrived in Geneva for the talks.")))
        .isEmpty();
  }

  // --- negation --------------------------------------------------------------------------------

  @Test
  void willAttendAgainstWillNotAttendConflicts() {
    ClaimAnalysis r =
        analyse(
            "The prime minister will attend the regional security summit in Oslo on Friday.",
            "The prime minister will not attend the regional security summit in Oslo on Friday.");
    assertThat(reasons(r)).containsExactly("one account negates the other");
  }

  @Test
  void negatingAnotherEventIsNoConflict() {
    ClaimAnalysis r =
        analyse(
            "The prime minister will attend the regional security summit in Oslo on Friday.",
            "The prime minister will not attend the banquet for the regional security summit"
                + " delegates.");
    assertThat(r.conflicts()).isEmpty();
  }

  // --- quotes and slips ------------------------------------------------------------------------

  @Test
  void oneQuoteGivenToOneSpeakerSpeltTwoWaysIsNoConflict() {
    StoryArticle a =
        ConflictDetectionTest.article(
            "a", "\"We will rebuild every bridge,\" the mayor said on Monday.");
    StoryArticle b =
        ConflictDetectionTest.article(
            "b", "\"We will rebuild every bridge,\" the mayor said on Monday.");
    String q = "We will rebuild every bridge,";
    List<Quote> quotes =
        List.of(
            new Quote(
                q,
                List.of(),
                "Ana Ruiz",
                List.of("a"),
                List.of(new Mention(q, "a", 1, 1 + q.length()))),
            new Quote(
                q,
                List.of(),
                "Ana Ruíz",
                List.of("b"),
                List.of(new Mention(q, "b", 1, 1 + q.length()))));
    ClaimAnalysis r = ClaimBuilder.create().analyze(List.of(a, b), List.of(), List.of(), quotes);
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void aSlipInACopyConflictsWithTheOriginalAndAnIndependentSource() {
    ClaimAnalysis r =
        analyse(
            List.of(new Derivation("b", "a", DerivationKind.TRANSLATION, 0.8, List.of())),
            "Both armies agreed a 30-day truce along the whole eastern front line.",
            "Both armies agreed a 60-day truce along the whole eastern front line.",
            "Both armies agreed a 30-day truce along the eastern front line on Wednesday.");
    assertThat(r.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              Map<Boolean, List<String>> sides =
                  Map.of(
                      true, c.spans().stream().map(Mention::article).toList(),
                      false, c.otherSpans().stream().map(Mention::article).toList());
              assertThat(sides.values().stream().flatMap(List::stream).collect(Collectors.toSet()))
                  .containsExactlyInAnyOrder("a", "b", "c");
              // The copy's side and the original's side share a source.
              assertThat(c.independent()).isFalse();
            });
  }
}
