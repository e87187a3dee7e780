package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder holding every kind of bad input next to good files: each bad one gives exactly one
 * error naming it and the problem, and every good file still comes out as an article.
 */
class HostileFolderTest {

  @TempDir Path root;

  static final String STORY =
      "MARLOW BAY, Southland — The coast guard rescued nine fishermen whose trawler ran aground"
          + " in a storm late on Sunday, a spokesperson said. All nine were taken to hospital"
          + " with minor injuries and released on Monday morning.";

  @Test
  void everyBadInputIsOneErrorAndEveryGoodFileAnArticle() throws IOException {
    // good files
    write("good/plain.txt", STORY);
    write("good/nested/deeper/page.html", html(STORY));
    write("good/utf16.txt", utf16WithBom(STORY));
    write(
        "good/legacy.txt",
        (STORY + " Café crème served.").getBytes(Charset.forName("windows-1252")));
    write("good/mixed.txt", mixedEncoding());
    write("good/no-extension", STORY.getBytes(StandardCharsets.UTF_8));
    write(
        "good/wire.jsonl",
        "{\"id\":\"wire-ok\",\"title\":\"Rescue\",\"text\":\""
            + STORY
            + "\"}\n"
            + "{\"id\":\"wire-bad\", \"text\": nope}\n"
            + "{\"id\":\"wire-empty\"}\n");
    write(
        "good/feed.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Southland Post</title>"
            + "<link>https://post.example/</link><description>d</description><item>"
            + "<title>Nine rescued</title><guid>post-1</guid><description>"
            + STORY
            + "</description></item></channel></rss>");
    // hidden files and folders are skipped entirely
    write(".hidden.txt", STORY);
    write(".cache/skipped.txt", STORY);
    // bad files
    write("bad/empty.txt", new byte[0]);
    write("bad/blank.txt", " \n\n\t ");
    write("bad/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    write("bad/renamed.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'y'});
    write("bad/table.csv", "id,title\n1,Rescue\n");
    write("bad/noise.txt", noise());
    write(
        "bad/chrome.html",
        "<html><body><nav><a href='/'>Home</a></nav><p>Subscribe</p></body></html>");
    write("bad/broken.rss", "<rss version=\"2.0\"><channel><item><title>cut off");
    write(
        "bad/xxe.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
    write(
        "bad/lolz.rss",
        "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
            + "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>");
    write("bad/huge.txt", (STORY + "\n").repeat(300));
    Path missing = root.resolve("not-there.txt");

    IngestSettings settings = IngestSettings.builder().maxBytes(50_000).build();
    Collected c = Collected.ingest(settings, root.toString(), missing.toString());

    assertThat(c.errors)
        .extracting(e -> root.relativize(Path.of(e.input())) + " => " + e.message())
        .containsExactly(
            "bad/blank.txt => empty file (only whitespace)",
            "bad/broken.rss => malformed feed: Error on line 1: "
                + "XML document structures must start and end within the same entity.",
            "bad/chrome.html => no article text found in HTML",
            "bad/empty.txt => empty file",
            "bad/huge.txt => file is 66.9 kB, over the 50 kB limit",
            "bad/image.png => unsupported file type: .png",
            "bad/lolz.rss => feed declares a DOCTYPE / external entity: refused",
            "bad/noise.txt => not valid text in any supported encoding",
            "bad/renamed.txt => binary file (NUL bytes)",
            "bad/table.csv => unsupported file type: .csv",
            "bad/xxe.xml => feed declares a DOCTYPE / external entity: refused",
            "good/wire.jsonl:2 => line 2: malformed JSON: Unrecognized token 'nope': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "good/wire.jsonl:3 => line 3: missing field text or html",
            "not-there.txt => no such file or folder");

    assertThat(c.articles)
        .extracting(Article::id)
        .containsExactly(
            "post-1", "legacy", "mixed", "page", "no-extension", "plain", "utf16", "wire-ok");
    for (Article a : c.articles) {
      assertThat(a.text()).as(a.id()).contains("The coast guard rescued nine fishermen");
      assertThat(a.dateline().value()).as(a.id()).isEqualTo("MARLOW BAY, Southland");
      assertThat(a.title().value()).as(a.id()).isNotBlank();
    }
    assertThat(c.byId().get("mixed").text()).endsWith("Café crème served.");
    assertThat(c.byId().get("legacy").text()).endsWith("Café crème served.");
  }

  private static String html(String story) {
    return "<html><head><title>Nine rescued</title></head><body><article><p>"
        + story
        + "</p></article></body></html>";
  }

  private static byte[] utf16WithBom(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xFE);
    out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
    return out.toByteArray();
  }

  private static byte[] mixedEncoding() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((STORY + " “We were lucky,” one said.").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(" Café crème served.".getBytes(Charset.forName("windows-1252")));
    return out.toByteArray();
  }

  private static byte[] noise() {
    byte[] bytes = new byte[2000];
    new Random(11).nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        bytes[i] = 7;
      }
    }
    return bytes;
  }

  private void write(String relative, String content) throws IOException {
    write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String relative, byte[] content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }
}
