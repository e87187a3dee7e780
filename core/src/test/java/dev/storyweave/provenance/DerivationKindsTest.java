package dev.storyweave.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import dev.storyweave.model.Quality;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.testdata.SharedData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invented reports of an invented event, one pair per kind of derivation. */
class DerivationKindsTest {

  static final String SOURCE =
      """
      Rescue crews in the river town of Maplestead worked through the night after the old Harrow \
      Bridge collapsed on Tuesday evening, sending two cars into the water.
      Mayor Elena Vargas said four people were taken to hospital and one driver was still missing.
      "We are not giving up on anyone," Vargas told reporters at the scene shortly before midnight.
      The steel bridge, built in 1931, had been scheduled for a full inspection next spring.
      Engineers from the regional transport authority said heavy rain over the weekend had raised \
      the river to its highest level in a decade.
      Witnesses described hearing a loud crack before the central span folded into the current.
      A fisherman downstream said he pulled a teenage passenger from the water using a rope from \
      his boat.
      The authority has closed two other bridges of similar design while it checks their \
      foundations.
      Local businesses warned that the closure would force commuters onto a detour of more than \
      forty kilometres.
      Vargas said the town would ask the national government for emergency funds to build a \
      temporary crossing.
      """;

  static final String NEAR_DUPLICATE =
      """
      Rescue crews in the river town of Maplestead worked overnight after the old Harrow Bridge \
      collapsed on Tuesday evening, sending two vehicles into the water.
      Mayor Elena Vargas said four people were taken to hospital and one driver was still missing.
      "We are not giving up on anyone," Vargas told reporters at the scene shortly before midnight.
      The steel bridge, built in 1931, had been due for a full inspection next spring.
      Engineers from the regional transport authority said heavy rain over the weekend had raised \
      the river to its highest level in a decade.
      Witnesses described hearing a loud crack before the central span folded into the current.
      A fisherman downstream said he pulled a teenage passenger from the water using a rope from \
      his boat.
      The authority has closed two other bridges of similar design while it checks their \
      foundations.
      Local businesses warned that the closure would force commuters onto a detour of more than \
      40 kilometres.
      Vargas said the town would ask the national government for emergency funds to build a \
      temporary crossing.
      """;

  static final String EXCERPT =
      """
      Mayor Elena Vargas said four people were taken to hospital and one driver was still missing.
      "We are not giving up on anyone," Vargas told reporters at the scene shortly before midnight.
      The steel bridge, built in 1931, had been scheduled for a full inspection next spring.
      """;

  static final String SUMMARY =
      """
      The Harrow Bridge in Maplestead collapsed on Tuesday evening, sending two cars into the river.
      Four people were taken to hospital and one driver is still missing, the mayor said.
      Heavy weekend rain had raised the river to its highest level in a decade.
      Two other bridges of the same design have been closed for checks.
      The town will ask the national government for emergency funds for a temporary crossing.
      """;

  static final String REWRITE =
      """
      Emergency teams in Maplestead spent the whole night searching after the ageing Harrow Bridge \
      gave way on Tuesday evening and two cars plunged into the river.
      Four people were hospitalised and one motorist remains missing, according to Mayor Elena \
      Vargas.
      Speaking at the site just before midnight, Vargas said: "We are not giving up on anyone."
      The 1931 steel structure was due for a complete inspection next spring.
      According to engineers at the regional transport authority, the weekend's heavy rainfall \
      pushed the river to a ten-year high.
      People nearby said they heard a loud crack just before the middle section fell into the \
      water.
      Downstream, a fisherman used a rope from his boat to rescue a teenage passenger.
      Two more bridges built to the same design have been shut while the authority inspects their \
      foundations.
      Shop owners said commuters now face a detour of over forty kilometres because of the \
      closures.
      The town will request emergency money from the national government to put up a temporary \
      bridge, Vargas said.
      """;

  static final String TRANSLATION =
      """
      Rescue teams in the river city Maplestead have worked the whole night, after on Tuesday \
      evening the old Harrow-Bridge collapsed and two cars fell into the water.
      Mayoress Elena Vargas said, four persons were brought into hospital and a driver is still \
      missed.
      "We give nobody up," said Vargas to the journalists at the place short before midnight.
      The steel bridge, built 1931, should have been completely inspected in the next spring.
      Engineers of the regional traffic authority said, strong rain at the weekend had let the \
      river rise to the highest level since ten years.
      Eyewitnesses told of a loud cracking, before the middle part folded into the current.
      A fisher downstream the river said, he has pulled a youthful passenger with a rope from his \
      boat out of the water.
      The authority has closed two further bridges of similar construction, while it examines \
      their fundaments.
      Local enterprises warned, the closure would force commuters onto a diversion of more than \
      forty kilometres.
      Vargas said, the city will ask the national government for emergency means, to build a \
      provisional crossing.
      """;

  /** Another outlet's own report: same event, names and quote, none of the same sentences. */
  static final String INDEPENDENT =
      """
      Divers resumed their search on Wednesday morning for a delivery driver missing since the \
      Harrow Bridge gave way in Maplestead.
      "We are not giving up on anyone," Mayor Elena Vargas said again at a briefing, her voice \
      breaking.
      The regional transport authority has opened an inquiry into maintenance records going back \
      twenty years.
      Its chief engineer, Tomas Lind, declined to say whether cracks had been reported before \
      the collapse.
      Insurance companies estimate the damage to riverside homes and roads at several million \
      euros.
      Schools in the district stayed closed, and volunteers handed out food at the town hall.
      Opposition councillors accused the council of delaying repairs to save money.
      The missing man's family asked the public to check the riverbanks downstream.
      """;

  private final DerivationDetector detector = DerivationDetector.create();

  private static StoryArticle article(String id, String text) {
    return SharedData.article(id, text);
  }

  private static StoryArticle published(String id, String text, LocalDate date) {
    StoryArticle plain = SharedData.article(id, text);
    Article a = plain.article();
    Article dated =
        new Article(
            a.id(),
            a.origin(),
            a.url(),
            a.contentHash(),
            a.title(),
            a.outlet(),
            a.byline(),
            a.dateline(),
            Inferred.of(date, Inference.META),
            a.language(),
            a.text());
    AnalyzedText analyzed = plain.text();
    return new StoryArticle(dated, analyzed);
  }

  private Derivation single(List<StoryArticle> story, Map<String, Quality> quality) {
    List<Derivation> edges = detector.detect(story, quality);
    assertThat(edges).hasSize(1);
    return edges.get(0);
  }

  @Test
  void identicalTextIsADuplicate() {
    Derivation d = single(List.of(article("a", SOURCE), article("b", SOURCE)), Map.of());
    assertThat(d.kind()).isEqualTo(DerivationKind.DUPLICATE);
    assertThat(d.shared()).isGreaterThan(0.95);
  }

  @Test
  void lightlyEditedCopyIsANearDuplicate() {
    Derivation d =
        single(List.of(article("src", SOURCE), article("copy", NEAR_DUPLICATE)), Map.of());
    assertThat(d.kind()).isEqualTo(DerivationKind.NEAR_DUPLICATE);
    assertThat(d.shared()).isGreaterThan(0.9);
  }

  @Test
  void verbatimPartIsAnExcerptOfTheWhole() {
    Derivation d = single(List.of(article("src", SOURCE), article("part", EXCERPT)), Map.of());
    assertThat(d.kind()).isEqualTo(DerivationKind.EXCERPT);
    assertThat(d.copy()).isEqualTo("part");
    assertThat(d.source()).isEqualTo("src");
    assertThat(d.evidence()).hasSize(3);
  }

  @Test
  void shortParaphraseOfTheWholeIsASummary() {
    Derivation d = single(List.of(article("src", SOURCE), article("brief", SUMMARY)), Map.of());
    assertThat(d.kind()).isEqualTo(DerivationKind.SUMMARY);
    assertThat(d.copy()).isEqualTo("brief");
  }

  @Test
  void paraphraseOfEverySentenceIsARewrite() {
    Derivation d = single(List.of(article("src", SOURCE), article("redo", REWRITE)), Map.of());
    assertThat(d.kind()).isEqualTo(DerivationKind.REWRITE);
    assertThat(d.shared()).isGreaterThan(0.5);
  }

  @Test
  void machineTranslatedParaphraseIsATranslation() {
    Map<String, Quality> quality =
        Map.of("mt", new Quality(0.2, true, List.of("test")), "src", Quality.unscored());
    Derivation d = single(List.of(article("src", SOURCE), article("mt", TRANSLATION)), quality);
    assertThat(d.kind()).isEqualTo(DerivationKind.TRANSLATION);
    assertThat(d.copy()).isEqualTo("mt");
    assertThat(d.source()).isEqualTo("src");
  }

  @Test
  void independentReportsSharingNamesAndAQuoteAreNotLinked() {
    assertThat(
            detector.detect(
                List.of(article("first", SOURCE), article("second", INDEPENDENT)), Map.of()))
        .isEmpty();
  }

  @Test
  void independentReportStaysApartInAStoryWithCopies() {
    List<Derivation> edges =
        detector.detect(
            List.of(
                article("src", SOURCE),
                article("brief", SUMMARY),
                article("redo", REWRITE),
                article("other", INDEPENDENT)),
            Map.of());
    assertThat(edges).isNotEmpty();
    assertThat(edges).noneMatch(d -> d.copy().equals("other") || d.source().equals("other"));
  }

  @Test
  void laterPublicationIsTheCopy() {
    LocalDate monday = LocalDate.of(2024, 3, 4);
    Derivation later =
        single(
            List.of(
                published("orig", SOURCE, monday), published("redo", REWRITE, monday.plusDays(1))),
            Map.of());
    assertThat(later.copy()).isEqualTo("redo");
    Derivation earlier =
        single(
            List.of(
                published("orig", SOURCE, monday.plusDays(1)), published("redo", REWRITE, monday)),
            Map.of());
    assertThat(earlier.copy()).isEqualTo("orig");
  }

  @Test
  void withoutDatesTheSideLackingMaterialIsTheCopy() {
    Derivation d = single(List.of(article("part", EXCERPT), article("src", SOURCE)), Map.of());
    assertThat(d.copy()).isEqualTo("part");
  }

  @Test
  void storyOfOneOrNoArticleHasNoEdges() {
    assertThat(detector.detect(List.of(), Map.of())).isEmpty();
    assertThat(detector.detect(List.of(article("a", SOURCE)), Map.of())).isEmpty();
  }
}
