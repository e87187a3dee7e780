package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom files: entries with content become articles; hostile XML is refused. */
class FeedIngestTest {

  @TempDir Path dir;

  static final String STORY =
      "<p>VALDORA, Eastmark — Firefighters contained a forest fire that had burned for three days"
          + " near the town of Valdora, the regional fire service said on Friday.</p>"
          + "<p>About two hundred residents who left their homes on Wednesday were allowed to"
          + " return, and the main road reopened in the afternoon.</p>";

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel>
        <title>Eastmark Courier</title>
        <link>https://courier.example/</link>
        <description>News from Eastmark</description>
        <language>en-us</language>
        <item>
          <title>Fire near Valdora contained</title>
          <link>https://courier.example/2031/fire-contained</link>
          <guid>https://courier.example/2031/fire-contained</guid>
          <pubDate>Fri, 12 Sep 2031 14:05:00 GMT</pubDate>
          <dc:creator>Mara Ilves</dc:creator>
          <description>Short teaser.</description>
          <content:encoded><![CDATA[%s]]></content:encoded>
        </item>
        <item>
          <title>Second story with a description only</title>
          <guid isPermaLink="false">courier-4411</guid>
          <pubDate>Sat, 13 Sep 2031 08:00:00 GMT</pubDate>
          <description>&lt;p&gt;%s&lt;/p&gt;</description>
        </item>
        <item>
          <title>An entry with nothing to read</title>
        </item>
      </channel>
      </rss>
      """;

  static final String LONG_DESCRIPTION =
      "The regional council approved a new budget for rural bus lines on Saturday after a"
          + " debate that lasted most of the night. The plan adds twelve routes, raises drivers'"
          + " pay and keeps fares at last year's level, a spokesperson for the council said.";

  @Test
  void rssEntriesWithContentBecomeArticles() throws IOException {
    Path feed = write("courier.xml", RSS.formatted(STORY, LONG_DESCRIPTION));

    Collected c = Collected.ingest(feed.toString());
    Map<String, Article> byId = c.byId();

    assertThat(byId).containsOnlyKeys("courier.example-2031-fire-contained", "courier-4411");
    Article fire = byId.get("courier.example-2031-fire-contained");
    assertThat(fire.origin()).isEqualTo(feed + "#1");
    assertThat(fire.url()).isEqualTo("https://courier.example/2031/fire-contained");
    assertThat(fire.title()).isEqualTo(Inferred.of("Fire near Valdora contained", Inference.FEED));
    assertThat(fire.outlet()).isEqualTo(Inferred.of("Eastmark Courier", Inference.FEED));
    assertThat(fire.byline()).isEqualTo(Inferred.of("Mara Ilves", Inference.FEED));
    assertThat(fire.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 9, 12), Inference.FEED));
    assertThat(fire.language()).isEqualTo(Inferred.of("en", Inference.FEED));
    assertThat(fire.dateline()).isEqualTo(Inferred.of("VALDORA, Eastmark", Inference.TEXT_PATTERN));
    assertThat(fire.text())
        .startsWith("VALDORA, Eastmark — Firefighters")
        .contains("\n\nAbout two");

    Article bus = byId.get("courier-4411");
    assertThat(bus.text()).isEqualTo(LONG_DESCRIPTION);
    assertThat(bus.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 9, 13), Inference.FEED));

    assertThat(c.errors)
        .extracting(Object::toString)
        .containsExactly(feed + "#3: entry 3: no content and no http(s) link to fetch");
  }

  @Test
  void atomEntriesWithContent() throws IOException {
    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
          <title>Nordwacht</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2031-10-01T10:00:00Z</updated>
          <entry>
            <title>Brücke wieder offen</title>
            <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
            <updated>2031-10-01T09:00:00Z</updated>
            <published>2031-09-30T22:30:00Z</published>
            <author><name>Jonas Feld</name></author>
            <content type="html">%s</content>
          </entry>
        </feed>
        """
            .formatted(
                "&lt;p&gt;Die Brücke über den Fluss ist nach drei Monaten Bauzeit wieder für den"
                    + " Verkehr geöffnet, teilte die Stadt am Mittwoch mit. Die Arbeiten kosteten"
                    + " mehr als geplant, und die Stadt will die Mehrkosten prüfen.&lt;/p&gt;");
    Path feed = write("nordwacht.atom", atom);

    Article a = Collected.ingest(feed.toString()).only();

    assertThat(a.id()).isEqualTo("uuid-1225c695-cfb8-4ebb-aaaa-80da344efa6a");
    assertThat(a.title()).isEqualTo(Inferred.of("Brücke wieder offen", Inference.FEED));
    assertThat(a.byline()).isEqualTo(Inferred.of("Jonas Feld", Inference.FEED));
    assertThat(a.outlet()).isEqualTo(Inferred.of("Nordwacht", Inference.FEED));
    assertThat(a.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 9, 30), Inference.FEED));
    assertThat(a.language()).isEqualTo(Inferred.of("de", Inference.TEXT_PATTERN));
    assertThat(a.text()).startsWith("Die Brücke über den Fluss");
  }

  @Test
  void entryDateIsTheDateTheFeedWroteNotTheUtcDate() throws IOException {
    // broke: Rome's instant in UTC moved a late-evening story in UTC-5 to the next day
    String rss =
        RSS.formatted(STORY, LONG_DESCRIPTION)
            .replace("Fri, 12 Sep 2031 14:05:00 GMT", "Sun, 14 Sep 2031 22:30:00 -0500")
            .replace("<pubDate>Sat, 13 Sep 2031 08:00:00 GMT</pubDate>", "");
    Path feed = write("late.rss", rss);
    Map<String, Article> byId = Collected.ingest(feed.toString()).byId();
    assertThat(byId.get("courier.example-2031-fire-contained").published())
        .isEqualTo(Inferred.of(LocalDate.of(2031, 9, 14), Inference.FEED));
    assertThat(byId.get("courier-4411").published()).isEqualTo(Inferred.none());
  }

  @Test
  void externalEntityIsRefusedAndNeverResolved() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET-TOKEN-4242");
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link>
        <description>d</description>
        <item><title>&leak;</title><description>&leak; %s</description></item>
        </channel></rss>
        """
            .formatted(secret.toUri(), LONG_DESCRIPTION);
    Path feed = write("xxe.rss", xxe);

    Collected c = Collected.ingest(feed.toString());

    assertThat(c.articles).isEmpty();
    assertThat(c.errors)
        .extracting(Object::toString)
        .containsExactly(feed + ": " + FeedReader.REFUSED);
    // The parser itself refuses too, for a declaration the textual check might not see.
    assertThatThrownBy(() -> new FeedReader.SecureFeedInput().build(new StringReader(xxe)))
        .hasMessageNotContaining("TOP-SECRET")
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void billionLaughsIsRefused() throws IOException {
    StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    doc.append("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      doc.append("<!ENTITY lol").append(i).append(" \"");
      doc.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    doc.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>\n");
    Path feed = write("lolz.xml", doc.toString());

    Collected c = Collected.ingest(feed.toString());

    assertThat(c.articles).isEmpty();
    assertThat(c.errors)
        .extracting(Object::toString)
        .containsExactly(feed + ": " + FeedReader.REFUSED);
    assertThatThrownBy(
            () -> new FeedReader.SecureFeedInput().build(new StringReader(doc.toString())))
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void malformedFeedIsOneError() throws IOException {
    Path broken = write("broken.rss", "<rss version=\"2.0\"><channel><title>t</title><item>");
    Path notFeed = write("other.rss", "<?xml version=\"1.0\"?><catalog><book/></catalog>");
    Collected c = Collected.ingest(broken.toString(), notFeed.toString());
    assertThat(c.articles).isEmpty();
    assertThat(c.errors).hasSize(2);
    assertThat(c.errors.get(0).input()).isEqualTo(broken.toString());
    assertThat(c.errors.get(0).message()).startsWith("malformed feed: ");
    assertThat(c.errors.get(1).toString())
        .isEqualTo(notFeed + ": malformed feed: not an RSS or Atom feed");
  }

  @Test
  void guidsBecomeFileSafeIds() {
    assertThat(FeedReader.safeId("https://a.example/news/2031/09/big story?x=1"))
        .isEqualTo("a.example-news-2031-09-big-story-x-1");
    assertThat(FeedReader.safeId("tag:a.example,2031:/1")).isEqualTo("a.example-2031-1");
    assertThat(FeedReader.safeId("../../etc/passwd")).isEqualTo("etc-passwd");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
