package dev.storyweave.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Claim;
import dev.storyweave.model.ClaimStatus;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Inference;
import dev.storyweave.model.IngestError;
import dev.storyweave.model.KeyPoint;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Quote;
import dev.storyweave.model.Report;
import dev.storyweave.model.ReportArticle;
import dev.storyweave.model.Story;
import dev.storyweave.model.TimelineEvent;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" [link](http://x)";

  private static Report report(String hostile) {
    ReportArticle a =
        new ReportArticle(
            "a1",
            "Title " + hostile,
            "Outlet " + hostile,
            LocalDate.of(2025, 5, 15),
            new Quality(0.4, true, List.of("evidence " + hostile)),
            "By " + hostile,
            "CITY " + hostile,
            "en",
            "in/a1.html",
            "https://example.org/a1?x=1&y=\"2\"",
            Map.of(
                "title", Inference.META,
                "outlet", Inference.JSON_LD,
                "byline", Inference.META,
                "dateline", Inference.TEXT_PATTERN,
                "published", Inference.META,
                "language", Inference.META));
    ReportArticle b =
        new ReportArticle(
            "b2",
            null,
            null,
            null,
            Quality.unscored(),
            null,
            null,
            null,
            "in/b2.txt",
            null,
            Map.of());
    Mention ma = new Mention("Sentence " + hostile, "a1", 10, 10 + 9 + hostile.length());
    Mention mb = new Mention("Other sentence", "b2", 0, 14);
    Story story =
        new Story(
            "s1",
            "Headline " + hostile,
            List.of("a1", "b2"),
            List.of(new Derivation("b2", "a1", DerivationKind.SUMMARY, 0.5, List.of())),
            List.of(
                new Entity(
                    "Person " + hostile,
                    EntityType.PERSON,
                    List.of(new Mention("P. " + hostile, "a1", 0, 3 + hostile.length())),
                    List.of("role " + hostile))),
            List.of(new Quote("quote " + hostile, List.of(), null, List.of("a1"), List.of(ma))),
            List.of(
                new Claim(
                    "Sentence " + hostile,
                    List.of("a1"),
                    1,
                    ClaimStatus.DISPUTED,
                    List.of(1),
                    List.of(ma)),
                new Claim(
                    "Other sentence",
                    List.of("b2"),
                    1,
                    ClaimStatus.DISPUTED,
                    List.of(0),
                    List.of(mb))),
            List.of(
                new TimelineEvent(
                    LocalDate.of(2025, 5, 11), "event " + hostile, List.of("a1"), List.of(ma))),
            List.of(
                new KeyPoint("Sentence " + hostile, List.of("a1"), List.of(ma)),
                new KeyPoint("Other sentence", List.of("b2", "zz-unknown"), List.of(mb))));
    return new Report(
        List.of(a, b),
        List.of(new IngestError("bad " + hostile, "broken " + hostile)),
        List.of(story));
  }

  @Test
  void htmlEscapesHostileTextEverywhere() {
    String html = ReportRenderer.html(report(HOSTILE));
    assertThat(html).doesNotContain("<script>").doesNotContain("'x')</script>");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    // The hostile text survives as text, so the reader sees what the source said.
    assertThat(doc.select("h2").first().text()).isEqualTo("Headline " + HOSTILE);
    assertThat(doc.select("blockquote.passage").first().text()).contains("Sentence " + HOSTILE);
    for (Element a : doc.select("a[href]")) {
      assertThat(a.attr("href")).startsWith("#");
    }
  }

  @Test
  void everyHtmlCitationLinkTargetExists() {
    Document doc = Jsoup.parse(ReportRenderer.html(report(HOSTILE)));
    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
    }
    assertThat(doc.select("a.cite")).hasSizeGreaterThanOrEqualTo(4);
    for (Element a : doc.select("a[href^=#]")) {
      assertThat(ids).as("target of %s", a.outerHtml()).contains(a.attr("href").substring(1));
    }
    // Each cited passage quotes the span it anchors.
    Element passage = doc.getElementById(doc.select("a.cite").first().attr("href").substring(1));
    assertThat(passage.text()).contains("Sentence " + HOSTILE);
  }

  @Test
  void htmlIsStandaloneAndPrintable() {
    String html = ReportRenderer.html(report("plain"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("@media print").contains("<style>");
    assertThat(html).doesNotContain("<link").doesNotContain("src=");
    Document doc = Jsoup.parse(html);
    assertThat(doc.text())
        .contains("Key points", "Timeline", "Who's who", "Notable quotes")
        .contains("Where sources disagree", "Claims", "Coverage", "Articles", "Errors")
        .contains("not independent")
        .contains("b2 is a summary of a1")
        .contains("text-pattern")
        .contains("json-ld")
        .contains("machine-translated");
  }

  @Test
  void markdownEscapesHostileTextAndAnchorsEveryLink() {
    String md = ReportRenderer.markdown(report(HOSTILE));
    assertThat(md).doesNotContain("<script>").doesNotContain("[link](http://x)");
    Set<String> anchors = new HashSet<>();
    Matcher anchor = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(md);
    while (anchor.find()) {
      anchors.add(anchor.group(1));
    }
    Matcher link = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(md);
    int links = 0;
    while (link.find()) {
      links++;
      assertThat(anchors).contains(link.group(1));
    }
    assertThat(links).isGreaterThanOrEqualTo(6);
    assertThat(md).contains("### Where sources disagree").contains("### Coverage");
  }

  @Test
  void emptyReportRenders() {
    Report empty = new Report(List.of(), List.of(), List.of());
    assertThat(ReportRenderer.html(empty)).contains("0 stories");
    assertThat(ReportRenderer.markdown(empty)).contains("None.");
  }
}
