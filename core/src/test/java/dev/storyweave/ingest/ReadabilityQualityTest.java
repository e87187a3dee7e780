package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * readability4j on a page laid out like a real news site: every article paragraph is kept in order,
 * and the chrome around it (cookie banner, share bar, related links, newsletter box, author bio,
 * comments, footer) is dropped.
 */
class ReadabilityQualityTest {

  @TempDir Path dir;

  static final String[] BODY = {
    "GREYMOOR, Northvale — Rescue teams pulled two hikers from a flooded cave system on Saturday"
        + " after they had spent almost forty hours trapped by rising water, regional officials"
        + " said.",
    "The pair, both experienced cavers in their thirties, had entered the system on Thursday"
        + " morning and were reported missing when they failed to return that evening.",
    "\"The water came up faster than anyone expected,\" said Ines Calder, who led the rescue."
        + " \"They did everything right: they moved to high ground and waited.\"",
    "Divers reached the hikers early on Saturday and guided them out through a submerged"
        + " passage about sixty metres long. Both were taken to hospital for checks.",
    "The cave system has been closed to visitors until the end of the month while engineers"
        + " inspect the entrance, the park authority said in a statement.",
  };

  @Test
  void keepsTheStoryAndDropsTheChrome() throws IOException {
    StringBuilder paragraphs = new StringBuilder();
    for (int i = 0; i < BODY.length; i++) {
      paragraphs.append("<p>").append(BODY[i]).append("</p>\n");
      if (i == 1) {
        paragraphs.append(
            "<figure><img src='/c.jpg' alt=''><figcaption>The cave entrance.</figcaption></figure>"
                + "<aside class='related'><h4>Related</h4><ul><li><a href='/x'>Ten best caves"
                + " to visit this summer</a></li><li><a href='/y'>How to stay safe"
                + " underground</a></li></ul></aside>\n");
      }
    }
    String html =
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <title>Hikers rescued from flooded cave | Northvale Echo</title></head><body>
        <div id="cookie-banner" class="cookie-consent">We use cookies to improve your
        experience. <button>Accept all</button> <a href="/privacy">Manage settings</a></div>
        <header class="site-header"><a class="logo" href="/">Northvale Echo</a>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
        </header>
        <main><article class="story">
        <h1>Hikers rescued after 40 hours in flooded cave</h1>
        <div class="byline">By <a href="/staff/tb">Tara Brennan</a> · 14 June 2031</div>
        <div class="share-bar"><a href="#">Share on social</a> <a href="#">Email</a></div>
        <div class="story-body">
        %s
        </div>
        <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our
        newsletter and get the day's top stories in your inbox every morning.</p>
        <form><input type="email"><button>Subscribe</button></form></div>
        <div class="author-bio"><p>Tara Brennan covers the outdoors for the Echo.</p></div>
        </article>
        <section id="comments" class="comments"><h3>Comments (2)</h3>
        <div class="comment"><p>Glad they are safe! These caves are dangerous in spring and
        people should really check the forecast before going in.</p></div>
        <div class="comment"><p>Well done to the rescue team, heroes every one of them.</p></div>
        </section>
        <section class="more-stories"><h3>More from News</h3><ul>
        <li><a href="/a">Council approves new bridge</a></li>
        <li><a href="/b">School wins robotics prize</a></li></ul></section>
        </main>
        <footer><p>© 2031 Northvale Echo. All rights reserved.</p><a href="/terms">Terms</a>
        </footer></body></html>
        """
            .formatted(paragraphs);
    Path file = dir.resolve("cave.html");
    Files.writeString(file, html);

    Article a = Collected.ingest(file.toString()).only();

    int at = -1;
    for (String paragraph : BODY) {
      int next = a.text().indexOf(paragraph);
      assertThat(next).as(paragraph).isGreaterThan(at);
      at = next;
    }
    assertThat(a.text())
        .doesNotContain(
            "cookies",
            "Sport",
            "Share on social",
            "Ten best caves",
            "Get the morning briefing",
            "Glad they are safe",
            "Council approves",
            "All rights reserved");
    assertThat(a.title().value()).isEqualTo("Hikers rescued from flooded cave");
    assertThat(a.dateline().value()).isEqualTo("GREYMOOR, Northvale");
    // the page's byline block, which readability sets apart from the content
    assertThat(a.byline()).isEqualTo(Inferred.of("Tara Brennan", Inference.TEXT_PATTERN));
    assertThat(a.published())
        .isEqualTo(Inferred.of(LocalDate.of(2031, 6, 14), Inference.TEXT_PATTERN));
  }
}
