package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles (plain text, read from ../shared/seeds) get a title each and exactly the
 * metadata their text states, every field marked as found by a text pattern or absent.
 */
class SeedMetadataTest {

  private static Collected result;
  private static Map<String, Article> byId;

  @BeforeAll
  static void ingestSeeds() {
    result = Collected.ingest(SharedData.seeds().toString());
    byId = result.byId();
  }

  @Test
  void everySeedBecomesAnArticleWithATitle() {
    assertThat(result.errors).isEmpty();
    assertThat(byId)
        .containsOnlyKeys(
            "000_cabf150a67821f82",
            "001_c9eb402cce2fb496",
            "002_5f11875f84d7d1cf",
            "003_2d22b78c5391ca81",
            "004_873a97ae2b813c16");
    for (Article a : result.articles) {
      assertThat(a.title().value()).as(a.id()).isNotBlank();
      assertThat(a.title().how()).as(a.id()).isEqualTo(Inference.TEXT_PATTERN);
      assertThat(a.title().value().length()).as(a.id()).isLessThanOrEqualTo(151);
      assertThat(a.language()).as(a.id()).isEqualTo(found("en"));
      assertThat(a.contentHash()).isEqualTo(ContentHash.of(a.text()));
      assertThat(a.origin()).endsWith(a.id() + ".txt");
    }
  }

  @Test
  void creditLineNamesTheOutlet() {
    Article a = byId.get("000_cabf150a67821f82");
    assertThat(a.outlet()).isEqualTo(found("CNN"));
    assertThat(a.published()).isEqualTo(Inferred.none());
    assertThat(a.dateline()).isEqualTo(Inferred.none());
    assertThat(a.byline()).isEqualTo(Inferred.none());
  }

  @Test
  void titleAfterBulletSummaryKeepsTheTextWhole() throws IOException {
    Article a = byId.get("001_c9eb402cce2fb496");
    // the first heading line after the bullets: a line of the file with no final period
    assertThat(a.title().how()).isEqualTo(Inference.TEXT_PATTERN);
    assertThat(seed("001_c9eb402cce2fb496").lines()).contains(a.title().value());
    assertThat(a.title().value()).doesNotEndWith(".").doesNotStartWith("-");
    assertThat(a.text()).isEqualTo(seed("001_c9eb402cce2fb496").stripTrailing());
    assertThat(a.outlet()).isEqualTo(Inferred.none());
    assertThat(a.published()).isEqualTo(Inferred.none());
    assertThat(a.dateline()).isEqualTo(Inferred.none());
  }

  @Test
  void textWithoutMetadataGetsOnlyADerivedTitle() throws IOException {
    Article a = byId.get("002_5f11875f84d7d1cf");
    assertThat(a.title().how()).isEqualTo(Inference.TEXT_PATTERN);
    assertThat(seed("002_5f11875f84d7d1cf")).startsWith(a.title().value().replace("…", "").strip());
    assertThat(a.text()).isEqualTo(seed("002_5f11875f84d7d1cf").stripTrailing());
    assertThat(a.outlet()).isEqualTo(Inferred.none());
    assertThat(a.published()).isEqualTo(Inferred.none());
    assertThat(a.dateline()).isEqualTo(Inferred.none());
  }

  @Test
  void dateHeaderDatelineAndContributorLine() throws IOException {
    Article a = byId.get("003_2d22b78c5391ca81");
    assertThat(a.published()).isEqualTo(found(LocalDate.of(2025, 5, 15)));
    assertThat(a.dateline()).isEqualTo(found("KYIV and MOSCOW"));
    assertThat(a.outlet()).isEqualTo(found("NPR"));
    assertThat(a.text()).contains(a.title().value().replace("…", "").strip());
    // the date header was recorded, so it is cut; the rest is verbatim for later offsets
    assertThat(a.text()).startsWith(a.dateline().value() + " — ");
    assertThat(seed("003_2d22b78c5391ca81").stripTrailing()).endsWith(a.text());
  }

  @Test
  void mixedCaseDatelineWithHyphen() throws IOException {
    Article a = byId.get("004_873a97ae2b813c16");
    assertThat(a.dateline()).isEqualTo(found("Tallinn, Estonia"));
    assertThat(a.outlet()).isEqualTo(Inferred.none());
    assertThat(a.published()).isEqualTo(Inferred.none());
    assertThat(a.text()).isEqualTo(seed("004_873a97ae2b813c16").stripTrailing());
  }

  private static <T> Inferred<T> found(T value) {
    return Inferred.of(value, Inference.TEXT_PATTERN);
  }

  private static String seed(String id) throws IOException {
    Path path = SharedData.seeds().resolve(id + ".txt");
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
