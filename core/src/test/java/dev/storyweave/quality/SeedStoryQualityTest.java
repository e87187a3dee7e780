package dev.storyweave.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Quality;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.testdata.SharedData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two of the five seeds are machine-translated with garbled names; the others (an explainer, a
 * bullet-point summary and a report) are clean.
 */
class SeedStoryQualityTest {

  @Test
  void garbledSeedsAreFlaggedAndCleanOnesAreNot() {
    List<StoryArticle> seeds = SharedData.seeds();
    Map<String, Quality> quality = QualityScorer.create().score(seeds);

    assertThat(quality).hasSize(5);
    assertThat(quality.get("002_5f11875f84d7d1cf").machineTranslated()).isTrue();
    assertThat(quality.get("004_873a97ae2b813c16").machineTranslated()).isTrue();
    for (String clean :
        List.of("000_cabf150a67821f82", "001_c9eb402cce2fb496", "003_2d22b78c5391ca81")) {
      assertThat(quality.get(clean).machineTranslated()).as(clean).isFalse();
      assertThat(quality.get(clean).score()).as(clean).isGreaterThan(0.5);
    }
    assertThat(quality.get("002_5f11875f84d7d1cf").evidence()).isNotEmpty();
    assertThat(quality.get("004_873a97ae2b813c16").score()).isLessThan(0.5);
  }

  @Test
  void eachGarbledSeedIsFlaggedOnItsOwn() {
    for (StoryArticle article : SharedData.seeds()) {
      Quality alone = QualityScorer.create().score(List.of(article)).get(article.id());
      boolean garbled =
          article.id().equals("002_5f11875f84d7d1cf")
              || article.id().equals("004_873a97ae2b813c16");
      assertThat(alone.machineTranslated()).as(article.id()).isEqualTo(garbled);
    }
  }
}
