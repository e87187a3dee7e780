package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * URLs and link-only feed entries against a real HTTP server on 127.0.0.1 (ephemeral port):
 * success, redirects, 404/500, a read timeout, a redirect loop and oversize bodies.
 */
class UrlIngestIT {

  private static HttpServer server;
  private static ExecutorService executor;
  private static String base;
  private static final Map<String, String> userAgents = new ConcurrentHashMap<>();

  static final IngestSettings SETTINGS =
      IngestSettings.builder()
          .maxBytes(200_000)
          .connectTimeout(Duration.ofSeconds(2))
          .readTimeout(Duration.ofSeconds(10))
          .maxRedirects(3)
          .build();

  static final String PAGE =
      """
      <!doctype html><html lang="en"><head><title>Ferry terminal to close - Gazette</title>
      <meta property="og:title" content="Harbourton to close old ferry terminal">
      <meta property="og:site_name" content="Harbourton Gazette">
      <meta property="article:published_time" content="2031-04-08T09:00:00Z">
      </head><body><nav><a href="/">Home</a><a href="/world">World</a></nav><article>
      <p>The city council of Harbourton voted on Tuesday to close the old ferry terminal after
      engineers found cracks in its main pier, officials said.</p>
      <p>The terminal, which opened in 1962, carried about four thousand passengers a day before
      the inspection. A temporary landing will open next month on the north quay.</p>
      </article></body></html>
      """;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext(
        "/news/ferry-terminal-closes.html", ex -> send(ex, 200, "text/html", PAGE));
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>no</p>"));
    server.createContext("/broken", ex -> send(ex, 500, "text/plain", "boom"));
    server.createContext("/moved", ex -> redirect(ex, "/news/ferry-terminal-closes.html"));
    server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
    server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
    server.createContext(
        "/chain",
        ex -> {
          int n = Integer.parseInt(ex.getRequestURI().getQuery());
          redirect(ex, "/chain?" + (n + 1));
        });
    server.createContext(
        "/slow",
        ex -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(ex, 200, "text/html", PAGE);
        });
    server.createContext("/big", ex -> send(ex, 200, "text/plain", "word ".repeat(60_000)));
    server.createContext(
        "/big-chunked",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/plain");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            byte[] chunk = "word ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 60; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client hung up after the limit, as it should
          }
        });
    server.createContext(
        "/feed.xml",
        ex ->
            send(
                ex,
                200,
                "application/rss+xml",
                """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Harbourton Gazette</title>
                <link>%1$s/</link><description>d</description>
                <item><title>Ferry terminal closes (feed title)</title>
                <link>%1$s/news/ferry-terminal-closes.html</link>
                <pubDate>Wed, 09 Apr 2031 07:00:00 GMT</pubDate></item>
                <item><title>Gone</title><link>%1$s/missing</link></item>
                </channel></rss>
                """
                    .formatted(base)));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void send(HttpExchange ex, int code, String type, String body) throws IOException {
    userAgents.put(
        ex.getRequestURI().getPath(),
        String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    ex.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  @Test
  void pageIsFetchedWithARealUserAgentAndItsMetadata() {
    String url = base + "/moved";
    Article a = Collected.ingest(SETTINGS, url).only();
    assertThat(a.id()).isEqualTo("ferry-terminal-closes");
    assertThat(a.origin()).isEqualTo(url);
    assertThat(a.url()).isEqualTo(base + "/news/ferry-terminal-closes.html");
    assertThat(a.title())
        .isEqualTo(Inferred.of("Harbourton to close old ferry terminal", Inference.META));
    assertThat(a.outlet()).isEqualTo(Inferred.of("Harbourton Gazette", Inference.META));
    assertThat(a.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 4, 8), Inference.META));
    assertThat(a.text()).startsWith("The city council of Harbourton").doesNotContain("Home");
    assertThat(userAgents.get("/news/ferry-terminal-closes.html")).isEqualTo(SETTINGS.userAgent());
  }

  @Test
  void httpFailuresAreOneErrorEach() {
    List<String> urls =
        List.of(
            base + "/missing",
            base + "/broken",
            base + "/loop-a",
            base + "/chain?0",
            base + "/big",
            base + "/big-chunked",
            "http://127.0.0.1:1/refused");
    Collected c = Collected.ingest(SETTINGS, urls.toArray(String[]::new));
    assertThat(c.articles).isEmpty();
    assertThat(c.errors)
        .extracting(e -> e.input() + " => " + e.message())
        .containsExactly(
            base + "/missing => HTTP 404 Not Found",
            base + "/broken => HTTP 500 Internal Server Error",
            base + "/loop-a => redirect loop at " + base + "/loop-a",
            base + "/chain?0 => too many redirects (more than 3)",
            base + "/big => response is 300 kB, over the 200 kB limit",
            base + "/big-chunked => response is over the 200 kB limit (stopped reading)",
            "http://127.0.0.1:1/refused => cannot connect: Connection refused");
  }

  @Test
  void slowServerTimesOut() {
    // a generous margin both ways: the server waits 3 s, the client gives up after 0.5 s
    IngestSettings impatient = SETTINGS.toBuilder().readTimeout(Duration.ofMillis(500)).build();
    Collected c = Collected.ingest(impatient, base + "/slow");
    assertThat(c.articles).isEmpty();
    assertThat(c.errors)
        .extracting(Object::toString)
        .containsExactly(base + "/slow: timed out after 0.5 s");
  }

  @Test
  void linkOnlyFeedEntriesAreFetched(@TempDir Path dir) throws IOException {
    Collected c = Collected.ingest(SETTINGS, base + "/feed.xml");
    Article a = c.articles.get(0);
    assertThat(c.articles).hasSize(1);
    assertThat(a.id())
        .isEqualTo(
            "127.0.0.1-" + server.getAddress().getPort() + "-news-ferry-terminal-closes.html");
    assertThat(a.origin()).isEqualTo(base + "/news/ferry-terminal-closes.html");
    assertThat(a.title())
        .isEqualTo(Inferred.of("Ferry terminal closes (feed title)", Inference.FEED));
    assertThat(a.published()).isEqualTo(Inferred.of(LocalDate.of(2031, 4, 9), Inference.FEED));
    assertThat(a.outlet()).isEqualTo(Inferred.of("Harbourton Gazette", Inference.FEED));
    assertThat(a.text()).startsWith("The city council of Harbourton");
    assertThat(c.errors)
        .extracting(Object::toString)
        .containsExactly(base + "/missing: HTTP 404 Not Found");

    // the same feed saved to a file fetches its links the same way
    Path saved = dir.resolve("saved-feed.rss");
    Files.writeString(
        saved,
        new String(
            java.net.URI.create(base + "/feed.xml").toURL().openStream().readAllBytes(),
            StandardCharsets.UTF_8));
    assertThat(Collected.ingest(SETTINGS, saved.toString()).articles).hasSize(1);
  }
}
