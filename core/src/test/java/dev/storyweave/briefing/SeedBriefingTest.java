package dev.storyweave.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.claims.ClaimBuilder;
import dev.storyweave.claims.SeedStories;
import dev.storyweave.model.Briefing;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.KeyPoint;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Report;
import dev.storyweave.model.ReportArticle;
import dev.storyweave.model.Story;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TimelineEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The briefing of the seed story, built from the claims stage's output. */
class SeedBriefingTest {

  private static List<StoryArticle> story;
  private static ClaimAnalysis analysis;
  private static Story storySoFar;
  private static Briefing briefing;

  @BeforeAll
  static void write() {
    story = SeedStories.seeds();
    List<Derivation> derivations = SeedStories.derivations(story);
    analysis = ClaimBuilder.create().analyze(story, derivations, List.of(), List.of());
    storySoFar =
        new Story(
            "s1",
            null,
            story.stream().map(StoryArticle::id).toList(),
            derivations,
            List.of(),
            List.of(),
            analysis.claims(),
            List.of(),
            List.of());
    briefing =
        BriefingWriter.create().write(storySoFar, story, analysis.claims(), analysis.conflicts());
  }

  @Test
  void atLeastFiveKeyPointsEachCitedAndTraceable() {
    assertThat(briefing.keyPoints()).hasSizeBetween(5, 10);
    for (KeyPoint k : briefing.keyPoints()) {
      assertThat(k.articles()).isNotEmpty();
      assertThat(k.spans()).isNotEmpty();
    }
    assertTraceable(briefing, story);
  }

  @Test
  void focusedAndQualityWeightedBriefingsAreTraceableToo() {
    Map<String, Quality> quality = new java.util.HashMap<>();
    for (StoryArticle a : story) {
      // As the quality stage scores them: the two machine-translated seeds read as garbled.
      boolean garbled = a.id().startsWith("002") || a.id().startsWith("004");
      quality.put(a.id(), new Quality(garbled ? 0.3 : 0.95, garbled, List.of()));
    }
    Briefing focused =
        BriefingWriter.create(5, 10)
            .write(
                storySoFar,
                story,
                analysis.claims(),
                analysis.conflicts(),
                quality,
                "Who will attend the peace talks in Turkey?");
    assertThat(focused.keyPoints()).hasSizeGreaterThanOrEqualTo(5);
    assertTraceable(focused, story);
    // Cleaner articles word the points when they can.
    long garbledWording =
        focused.keyPoints().stream()
            .filter(k -> quality.get(k.spans().get(0).article()).machineTranslated())
            .count();
    assertThat(garbledWording).isLessThanOrEqualTo(focused.keyPoints().size() / 2);
  }

  @Test
  void topKeyPointIsTheBestSupportedClaim() {
    KeyPoint first = briefing.keyPoints().get(0);
    assertThat(first.articles()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void timelineHasAbsoluteDatesForTheKeyDays() {
    // The seeds date one article 2025-05-15 in its text; weekdays resolve against it.
    Set<LocalDate> days =
        briefing.timeline().stream().map(TimelineEvent::date).collect(Collectors.toSet());
    assertThat(days)
        .contains(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 11), LocalDate.of(2025, 5, 15));
    assertThat(briefing.timeline()).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
  }

  @Test
  void disagreementsAndCoverageAreCarried() {
    assertThat(briefing.disagreements()).isNotEmpty();
    assertThat(briefing.copies()).hasSize(1);
    assertThat(briefing.outlets().values().stream().mapToInt(List::size).sum())
        .isEqualTo(story.size());
    assertThat(briefing.headline()).isNotBlank();
  }

  @Test
  void renderedBriefingLinksEveryCitationToAQuotedPassage() {
    Story withBriefing =
        new Story(
            storySoFar.id(),
            briefing.headline(),
            storySoFar.articles(),
            storySoFar.derivations(),
            storySoFar.entities(),
            storySoFar.quotes(),
            storySoFar.claims(),
            briefing.timeline(),
            briefing.keyPoints());
    List<ReportArticle> articles = new ArrayList<>();
    for (StoryArticle a : story) {
      articles.add(ReportArticle.of(a.article(), Quality.unscored()));
    }
    Report report = new Report(articles, List.of(), List.of(withBriefing));
    Document doc = Jsoup.parse(ReportRenderer.html(report));
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> ids.add(e.id()));
    for (Element a : doc.select("a[href^=#]")) {
      assertThat(ids).contains(a.attr("href").substring(1));
    }
    assertThat(doc.select("ol.key-points > li")).hasSize(briefing.keyPoints().size());
    assertThat(doc.text()).contains("Where sources disagree");
    assertThat(ReportRenderer.markdown(report)).contains("### Key points");
    // With the briefing's conflicts, each disagreement says why and quotes the clashing sentences.
    Map<String, List<dev.storyweave.model.Conflict>> conflicts =
        Map.of(withBriefing.id(), briefing.disagreements());
    Document withReasons = Jsoup.parse(ReportRenderer.html(report, conflicts));
    assertThat(withReasons.select("p.reason").text()).contains("capital of");
    Set<String> targets = new HashSet<>();
    withReasons.select("[id]").forEach(e -> targets.add(e.id()));
    for (Element a : withReasons.select("a[href^=#]")) {
      assertThat(targets).contains(a.attr("href").substring(1));
    }
    assertThat(ReportRenderer.markdown(report, conflicts)).contains("**capital of");
    // The story's own disagreements serve the same way.
    Story carrying =
        new Story(
            withBriefing.id(),
            withBriefing.headline(),
            withBriefing.articles(),
            withBriefing.derivations(),
            withBriefing.entities(),
            withBriefing.quotes(),
            withBriefing.claims(),
            withBriefing.timeline(),
            withBriefing.keyPoints(),
            briefing.disagreements());
    assertThat(ReportRenderer.markdown(new Report(articles, List.of(), List.of(carrying))))
        .contains("**capital of");
  }

  /**
   * Every sentence a briefing shows is a source span: key points, timeline entries, the headline
   * (or an article title), disagreements. Used on every briefing the tests produce.
   */
  static void assertTraceable(Briefing b, List<StoryArticle> story) {
    Map<String, StoryArticle> byId =
        story.stream().collect(Collectors.toMap(StoryArticle::id, a -> a));
    for (KeyPoint k : b.keyPoints()) {
      assertSpan(byId, k.spans().get(0));
      assertThat(k.text()).isEqualTo(k.spans().get(0).text());
      k.spans().forEach(m -> assertSpan(byId, m));
    }
    for (TimelineEvent e : b.timeline()) {
      assertThat(e.spans()).extracting(Mention::text).contains(e.text());
      e.spans().forEach(m -> assertSpan(byId, m));
    }
    if (b.headlineSpan() != null) {
      assertSpan(byId, b.headlineSpan());
      assertThat(b.headline()).isEqualTo(b.headlineSpan().text().strip());
    } else {
      assertThat(b.headline())
          .isEqualTo(byId.get(b.headlineArticle()).article().title().value().strip());
    }
    b.disagreements()
        .forEach(
            c -> {
              c.spans().forEach(m -> assertSpan(byId, m));
              c.otherSpans().forEach(m -> assertSpan(byId, m));
            });
  }

  private static void assertSpan(Map<String, StoryArticle> byId, Mention m) {
    StoryArticle a = byId.get(m.article());
    assertThat(a).as("cited article %s", m.article()).isNotNull();
    assertThat(a.text().text().substring(m.start(), m.end())).isEqualTo(m.text());
  }
}
