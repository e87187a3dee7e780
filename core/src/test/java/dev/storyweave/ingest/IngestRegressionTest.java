package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test is named after something that broke (on real data or in review) and pins the fixed
 * behaviour.
 */
class IngestRegressionTest {

  @TempDir Path dir;

  private static final String LEAD =
      "The state senate passed the budget late on Thursday after a twelve-hour debate, sending"
          + " it to the governor, who is expected to sign it next week.";

  private Article ingestText(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return Collected.ingest(file.toString()).only();
  }

  @Test
  void namedPeopleWhoToldAnOutletMadeItTheAuthor() throws IOException {
    // broke: a wire story quoting two TV interviews got that TV network as its outlet
    Article a =
        ingestText(
            "quotes.txt",
            LEAD
                + "\n\n\"It is a fair budget,\" the governor told MSNBC on Friday."
                + "\n\n\"It is not,\" her opponent told MSNBC later that day.");
    assertThat(a.outlet()).isEqualTo(Inferred.none());
  }

  @Test
  void sectionLabelWasReadAsADateline() throws IOException {
    // broke: "EXCLUSIVE – ..." gave the dateline EXCLUSIVE and hid the headline
    Article a = ingestText("label.txt", "EXCLUSIVE – Senate deal reached.\n\n" + LEAD);
    assertThat(a.dateline()).isEqualTo(Inferred.none());
    assertThat(a.title())
        .isEqualTo(Inferred.of("EXCLUSIVE – Senate deal reached", Inference.TEXT_PATTERN));
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void headlineWithAnExportedFullStopWasTakenForTheLead() throws IOException {
    // broke: archive exports end headlines with a full stop; the title became the first sentence
    Article a = ingestText("export.txt", "Senate passes budget after long debate.\n\n" + LEAD);
    assertThat(a.title())
        .isEqualTo(Inferred.of("Senate passes budget after long debate", Inference.TEXT_PATTERN));
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void shortHtmlLeadParagraphIsNotAHeadline() throws IOException {
    // guard for the fix above: HTML paragraphs are laid out with blank lines between them
    Path file = dir.resolve("short-lead.html");
    Files.writeString(
        file,
        "<html><body><article><p>The budget passed.</p><p>"
            + LEAD
            + "</p><p>"
            + LEAD
            + "</p></article></body></html>");
    Article a = Collected.ingest(file.toString()).only();
    assertThat(a.text()).startsWith("The budget passed.");
  }

  @Test
  void leadStartingWithUpdatedIsNotADateHeader() throws IOException {
    String lead =
        "Updated guidance from the health ministry on May 5, 2031 tells schools to reopen"
            + " windows during lessons, officials said.";
    Article a = ingestText("updated.txt", lead + "\n\n" + LEAD);
    assertThat(a.published()).isEqualTo(Inferred.none());
    assertThat(a.text()).startsWith("Updated guidance");
  }

  @Test
  void metadataTableNextToArticlesBecameAnArticle() throws IOException {
    // broke: a corpus folder's file_information.csv was ingested as a text article
    Files.writeString(dir.resolve("story.txt"), LEAD);
    Files.writeString(dir.resolve("file_information.csv"), "File,Task\nstory.txt,a\n");
    Collected c = Collected.ingest(dir.toString());
    assertThat(c.articles).extracting(Article::id).containsExactly("story");
    assertThat(c.errors)
        .extracting(e -> Path.of(e.input()).getFileName() + ": " + e.message())
        .containsExactly("file_information.csv: unsupported file type: .csv");
  }
}
