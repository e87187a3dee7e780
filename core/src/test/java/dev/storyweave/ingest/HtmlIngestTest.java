package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages: main content without page chrome, metadata from JSON-LD, meta tags and text. */
class HtmlIngestTest {

  @TempDir Path dir;

  static final String PARAGRAPHS =
      """
      <p>HARBOURTON, Westland — The city council of Harbourton voted on Tuesday to close the old
      ferry terminal after engineers found cracks in its main pier, officials said.</p>
      <p>The terminal, which opened in 1962, carried about four thousand passengers a day before
      the inspection. Council member Ada Quill said the vote was unanimous.</p>
      <h2>What happens next</h2>
      <p>"We will not put people on a pier that may fail," Quill told reporters outside the
      council chamber. A temporary landing will open next month on the north quay.</p>
      <p>Ferry operators said they would run a reduced timetable until the new landing is ready,
      and that tickets already sold would be honoured.</p>
      """;

  static final String CHROME =
      """
      <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
      <a href="/weather">Weather</a></nav></header>
      <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity buys island</a></li>
      <li><a href="/b">Ten recipes for autumn</a></li></ul></aside>
      """;

  static final String FOOTER =
      """
      <footer><p>© 2031 The Harbourton Gazette. All rights reserved.</p>
      <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
      """;

  @Test
  void jsonLdAndMetaTagsGiveTheMetadata() throws IOException {
    String html =
        """
        <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
        <title>Old ferry terminal to close | The Harbourton Gazette</title>
        <meta property="og:title" content="Harbourton to close old ferry terminal after pier cracks">
        <meta property="og:site_name" content="The Harbourton Gazette">
        <meta name="author" content="Meta Author">
        <meta property="article:published_time" content="2031-04-08T18:30:00+01:00">
        <link rel="canonical" href="https://gazette.example/news/ferry-terminal-to-close">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},
         {"@type":"NewsArticle","headline":"Harbourton votes to close ferry terminal",
          "datePublished":"2031-04-08T17:30:00Z",
          "author":[{"@type":"Person","name":"Lena Marsh"},{"@type":"Person","name":"Tom Reyes"}],
          "publisher":{"@type":"Organization","name":"Harbourton Gazette"},
          "inLanguage":"en"}]}
        </script></head><body>"""
            + CHROME
            + "<main><article><h1>Harbourton votes to close ferry terminal</h1>"
            + PARAGRAPHS
            + "</article></main>"
            + FOOTER
            + "</body></html>";
    Path file = write("ferry.html", html, StandardCharsets.UTF_8);

    Article a = Collected.ingest(file.toString()).only();

    assertThat(a.id()).isEqualTo("ferry");
    assertThat(a.origin()).isEqualTo(file.toString());
    assertThat(a.url()).isEqualTo("https://gazette.example/news/ferry-terminal-to-close");
    assertThat(a.title())
        .isEqualTo(Inferred.of("Harbourton votes to close ferry terminal", Inference.JSON_LD));
    assertThat(a.byline()).isEqualTo(Inferred.of("Lena Marsh, Tom Reyes", Inference.JSON_LD));
    assertThat(a.outlet()).isEqualTo(Inferred.of("Harbourton Gazette", Inference.JSON_LD));
    assertThat(a.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 4, 8), Inference.JSON_LD));
    assertThat(a.language()).isEqualTo(Inferred.of("en", Inference.JSON_LD));
    assertThat(a.dateline()).isEqualTo(Inferred.of("HARBOURTON, Westland", Inference.TEXT_PATTERN));
    assertThat(a.text()).startsWith("HARBOURTON, Westland — The city council");
    assertThat(a.text()).contains("\n\nWhat happens next\n\n");
    assertThat(a.text()).endsWith("would be honoured.");
    assertThat(a.text()).doesNotContain("Most read", "Celebrity", "Privacy", "Home");
  }

  @Test
  void metaTagsAloneWhenThereIsNoJsonLd() throws IOException {
    String html =
        """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <title>Ferry terminal closes - Gazette</title>
        <meta property="og:title" content="Harbourton to close old ferry terminal">
        <meta property="og:site_name" content="Harbourton Gazette">
        <meta name="author" content="By Lena Marsh">
        <meta name="dc.date" content="2031-04-08">
        <meta property="og:locale" content="en_GB">
        </head><body><article>"""
            + PARAGRAPHS.replace("Council member", "Café owner")
            + "</article></body></html>";
    Path file = write("meta-only.htm", html, Charset.forName("windows-1252"));

    Article a = Collected.ingest(file.toString()).only();

    assertThat(a.title())
        .isEqualTo(Inferred.of("Harbourton to close old ferry terminal", Inference.META));
    assertThat(a.outlet()).isEqualTo(Inferred.of("Harbourton Gazette", Inference.META));
    assertThat(a.byline()).isEqualTo(Inferred.of("Lena Marsh", Inference.META));
    assertThat(a.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 4, 8), Inference.META));
    assertThat(a.language()).isEqualTo(Inferred.of("en", Inference.META));
    assertThat(a.text()).contains("Café owner Ada Quill");
  }

  @Test
  void titleTagWithoutSiteSuffixWhenNothingElseNamesTheTitle() throws IOException {
    String html =
        "<html><head><title>Ferry terminal to close | Harbourton Gazette</title></head><body>"
            + PARAGRAPHS
            + "</body></html>";
    Article a =
        Collected.ingest(write("plain.html", html, StandardCharsets.UTF_8).toString()).only();
    assertThat(a.title()).isEqualTo(Inferred.of("Ferry terminal to close", Inference.META));
    assertThat(a.outlet()).isEqualTo(Inferred.none());
    assertThat(a.language()).isEqualTo(Inferred.of("en", Inference.TEXT_PATTERN));
  }

  @Test
  void lineBreakParagraphsStayApartAndControlCharactersGo() throws IOException {
    String html =
        "<html><body><div class=story>"
            + "The council of Harbourton voted on Tuesday to close the old ferry terminal.<br><br>"
            + "Engineers found cracks in its main pier\u0007 during an inspection last month.<br>"
            + "A temporary landing will open next month on the north quay, officials said."
            + "</div></body></html>";
    Article a = Collected.ingest(write("br.html", html, StandardCharsets.UTF_8).toString()).only();
    assertThat(a.text())
        .isEqualTo(
            "The council of Harbourton voted on Tuesday to close the old ferry terminal.\n\n"
                + "Engineers found cracks in its main pier during an inspection last month.\n\n"
                + "A temporary landing will open next month on the north quay, officials said.");
  }

  @Test
  void siteSuffixOfTheTitleTag() {
    assertThat(HtmlExtractor.withoutSiteSuffix("Ferry closes | Gazette", null))
        .isEqualTo("Ferry closes");
    assertThat(
            HtmlExtractor.withoutSiteSuffix(
                "Ferry closes - Harbourton Gazette", "Harbourton Gazette"))
        .isEqualTo("Ferry closes");
    assertThat(HtmlExtractor.withoutSiteSuffix("Ferry closes - BBC News", null))
        .isEqualTo("Ferry closes");
    assertThat(HtmlExtractor.withoutSiteSuffix("Rates rise - again", null))
        .isEqualTo("Rates rise - again");
  }

  @Test
  void pageWithoutArticleTextIsOneError() throws IOException {
    String html =
        "<html><head><title>Gazette</title></head><body>" + CHROME + FOOTER + "</body></html>";
    Path file = write("chrome-only.html", html, StandardCharsets.UTF_8);
    Collected c = Collected.ingest(file.toString());
    assertThat(c.articles).isEmpty();
    assertThat(c.errors)
        .extracting(e -> e.input() + ": " + e.message())
        .containsExactly(file + ": no article text found in HTML");
  }

  private Path write(String name, String content, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, charset);
    return file;
  }
}
