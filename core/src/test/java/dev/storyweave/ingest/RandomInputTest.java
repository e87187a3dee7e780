package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.IngestError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and mutated inputs for the text, HTML, JSON-lines and feed readers: nothing may
 * escape as an exception, a text or HTML document gives exactly one article or one error, a JSON
 * line exactly one, and a feed at least one. A failing seed is printed so it can be replayed and
 * kept as a regression test.
 */
class RandomInputTest {

  private static final long SEED = 20311123L;
  private static final int CASES = 200;

  private static final String[] PIECES = {
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#0;",
    "&#x0;",
    "&#99999999;",
    "&lol;",
    "<meta charset=",
    "utf-16",
    "\"",
    "'",
    "<html lang=",
    "<title>",
    "</title>",
    "<h1>",
    "<article>",
    "<nav>",
    "<script type=\"application/ld+json\">",
    "{\"@type\":\"NewsArticle\",\"headline\":",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "null",
    "\n",
    "\n\n",
    "\r",
    "\t",
    " ",
    "—",
    "–",
    " - ",
    "(CNN) —",
    "(Reuters) -",
    "By Jane Doe",
    "date 2031-01-01 Updated",
    "LONDON —",
    "KYIV and MOSCOW —",
    "Tallinn, Estonia -",
    "-\n",
    "• ",
    "told Reuters",
    "'s Ann Lee contributed",
    "©",
    "\uFEFF",
    "\uFFFD",
    "\uD800",
    "é",
    "Ω",
    "я",
    "中",
    "🙂",
    "\u0007",
    "<rss version=\"2.0\">",
    "<channel>",
    "<item>",
    "<description>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
    "<entry>",
    "<content type=\"html\">",
    "<!DOCTYPE x>",
    "The",
    "council",
    "voted",
    "on",
    "Tuesday",
    "to",
    "close",
    "the",
    "terminal",
    "said",
    ".",
    "?",
    "!"
  };

  private final DefaultIngester ingester = new DefaultIngester(IngestSettings.defaults());

  @Test
  void textAndHtmlDocumentsGiveExactlyOneResult() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      byte[] input = generate(random, i);
      for (DefaultIngester.Format format :
          List.of(DefaultIngester.Format.TEXT, DefaultIngester.Format.HTML)) {
        Counting sink = new Counting();
        String origin = "case-" + i + "-" + format;
        ingester.readDocument(
            input, null, "case", origin, null, format, new DefaultIngester.Batch(sink));
        assertThat(sink.articles.size() + sink.errors.size())
            .as("seed %d case %d %s: %s", SEED, i, format, sink)
            .isEqualTo(1);
        for (Article a : sink.articles) {
          assertThat(a.text()).isNotBlank();
          assertThat(a.title().isPresent()).as("case %d %s title", i, format).isTrue();
        }
        for (IngestError e : sink.errors) {
          assertThat(e.input()).isEqualTo(origin);
          assertThat(e.message()).doesNotContain("\n");
        }
      }
    }
  }

  @Test
  void jsonLinesGiveOneResultPerLine() {
    Random random = new Random(SEED + 1);
    StringBuilder lines = new StringBuilder();
    int expected = 0;
    for (int i = 0; i < CASES; i++) {
      String line =
          switch (random.nextInt(3)) {
            case 0 -> "{\"id\":\"j" + i + "\",\"text\":\"" + escape(soup(random, 30)) + "\"}";
            case 1 ->
                "{\"html\":\""
                    + escape(soup(random, 40))
                    + "\",\"title\":"
                    + random.nextInt()
                    + "}";
            default -> soup(random, 10);
          };
      line = line.replace("\n", " ").replace("\r", " ");
      if (line.isBlank()) {
        line = "x";
      }
      lines.append(line).append('\n');
      expected++;
    }
    Counting sink = new Counting();
    ingester.readDocument(
        lines.toString().getBytes(StandardCharsets.UTF_8),
        null,
        "random",
        "random.jsonl",
        null,
        DefaultIngester.Format.JSONL,
        new DefaultIngester.Batch(sink));
    assertThat(sink.articles.size() + sink.errors.size()).isEqualTo(expected);
  }

  @Test
  void feedsNeverThrowAndAlwaysSaySomething() {
    Random random = new Random(SEED + 2);
    String good =
        FeedIngestTest.RSS.formatted(FeedIngestTest.STORY, FeedIngestTest.LONG_DESCRIPTION);
    for (int i = 0; i < CASES / 2; i++) {
      byte[] input = mutate(random, good.getBytes(StandardCharsets.UTF_8));
      Counting sink = new Counting();
      ingester.readDocument(
          input,
          null,
          "feed",
          "feed-" + i,
          null,
          DefaultIngester.Format.FEED,
          new DefaultIngester.Batch(sink));
      assertThat(sink.articles.size() + sink.errors.size()).as("case %d", i).isPositive();
    }
  }

  private static byte[] generate(Random random, int i) {
    return switch (i % 4) {
      case 0 -> {
        byte[] bytes = new byte[random.nextInt(3000)];
        random.nextBytes(bytes);
        yield bytes;
      }
      case 1 -> soup(random, 1 + random.nextInt(300)).getBytes(StandardCharsets.UTF_8);
      case 2 -> mutate(random, page().getBytes(StandardCharsets.UTF_8));
      default -> mutate(random, soup(random, 200).getBytes(StandardCharsets.UTF_16));
    };
  }

  private static String page() {
    return "<html><head><title>T</title></head><body>"
        + HtmlIngestTest.CHROME
        + "<article>"
        + HtmlIngestTest.PARAGRAPHS
        + "</article>"
        + HtmlIngestTest.FOOTER
        + "</body></html>";
  }

  private static String soup(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < pieces; k++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  private static byte[] mutate(Random random, byte[] original) {
    List<Byte> bytes = new ArrayList<>(original.length);
    for (byte b : original) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(20);
    for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(4)) {
        case 0 -> {
          int len = Math.min(bytes.size() - at, random.nextInt(200));
          bytes.subList(at, at + len).clear();
        }
        case 1 -> bytes.add(at, (byte) random.nextInt(256));
        case 2 -> bytes.set(at, (byte) random.nextInt(256));
        default -> {
          int len = Math.min(bytes.size() - at, random.nextInt(100));
          bytes.addAll(at, new ArrayList<>(bytes.subList(at, at + len)));
        }
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = bytes.get(k);
    }
    return out;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static final class Counting implements IngestSink {
    final List<Article> articles = new ArrayList<>();
    final List<IngestError> errors = new ArrayList<>();

    @Override
    public void article(Article article) {
      articles.add(article);
    }

    @Override
    public void error(IngestError error) {
      errors.add(error);
    }

    @Override
    public String toString() {
      return articles.size() + " articles " + errors;
    }
  }
}
