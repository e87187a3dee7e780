package dev.storyweave.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.signals.SentenceEmbedder;
import dev.storyweave.testdata.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A story larger than the exhaustive limit: the five seeds plus two Clough & Stevenson tasks (two
 * Wikipedia sources and 38 answers, some cut, lightly or heavily revised from their source, others
 * written independently). The pre-filter must still find the planted derivations, align fewer pairs
 * than all, and add no edge the exhaustive detector does not find.
 */
class PairFilterTest {

  private static final String EXPLAINER = "000_cabf150a67821f82";
  private static final String SUMMARY = "001_c9eb402cce2fb496";
  private static final String PLANTED_DUPLICATE = "planted-duplicate";
  private static final String PLANTED_EXCERPT = "planted-excerpt";

  private static List<StoryArticle> story;

  /** Answer id to its Clough & Stevenson category: cut, light, heavy or non. */
  private static Map<String, String> categoryOf;

  private static Detection filtered;
  private static Detection exhaustive;

  @BeforeAll
  static void detect() throws IOException {
    Path dir = SharedData.shared().resolve("data/clough-stevenson");
    List<StoryArticle> seeds = SharedData.seeds();
    story = new ArrayList<>(seeds);
    // Planted copies: a seed report under another headline, and the first half of another seed.
    String report = seeds.get(3).article().text();
    String lede = seeds.get(3).text().sentences().get(0).text();
    story.add(
        SharedData.article(
            PLANTED_DUPLICATE, "Officials comment on the talks" + report.substring(lede.length())));
    StoryArticle other = seeds.get(4);
    int half = other.text().sentences().size() / 2;
    story.add(
        SharedData.article(
            PLANTED_EXCERPT,
            other.article().text().substring(0, other.text().sentences().get(half).start())));
    categoryOf = new HashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve("pairs.csv"));
    Set<String> sources = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      if (!f[2].equals("a") && !f[2].equals("b")) {
        continue;
      }
      if (sources.add(f[1])) {
        story.add(load(dir, f[1]));
      }
      StoryArticle answer = load(dir, f[0]);
      story.add(answer);
      categoryOf.put(answer.id(), f[4]);
    }
    SentenceEmbedder memo = new MemoEmbedder(SentenceEmbedder.shared());
    filtered = DerivationDetector.create(memo, true).detectCounted(story, Map.of());
    exhaustive = DerivationDetector.create(memo, false).detectCounted(story, Map.of());
  }

  @Test
  void storyIsLargerThanTheExhaustiveLimit() {
    assertThat(story.size()).isGreaterThan(PairFilter.EXHAUSTIVE_UP_TO);
    assertThat(exhaustive.pairsAligned()).isEqualTo(exhaustive.pairsTotal());
    assertThat(filtered.pairsTotal()).isEqualTo(exhaustive.pairsTotal());
    assertThat(filtered.pairsAligned()).isLessThan(filtered.pairsTotal());
    assertThat(filtered.pairsProposed()).isLessThan(filtered.pairsTotal() / 2);
  }

  @Test
  void plantedCopiesAreFoundWithThePreFilter() {
    Set<String> linked = new HashSet<>();
    for (Derivation d : filtered.derivations()) {
      linked.add(d.copy() + " " + d.source());
      linked.add(d.source() + " " + d.copy());
    }
    assertThat(filtered.derivations())
        .anySatisfy(
            d -> {
              assertThat(d.copy()).isEqualTo(SUMMARY);
              assertThat(d.source()).isEqualTo(EXPLAINER);
            });
    assertThat(linked)
        .contains(PLANTED_DUPLICATE + " " + story.get(3).id())
        .contains(PLANTED_EXCERPT + " " + story.get(4).id());
    // Cut and lightly revised answers mostly stay linked to their source, even with several
    // other copies of the same source in the story raising its background (measured: 12 of 13).
    int derived = 0;
    int found = 0;
    for (Map.Entry<String, String> e : categoryOf.entrySet()) {
      if (e.getValue().equals("cut") || e.getValue().equals("light")) {
        derived++;
        String source = "orig_" + e.getKey().substring(e.getKey().indexOf('_') + 1);
        if (linked.contains(e.getKey() + " " + source)) {
          found++;
        }
      }
    }
    System.out.println(
        "PairFilterTest: cut/light answers linked to their source " + found + "/" + derived);
    assertThat(found).isGreaterThanOrEqualTo(derived / 2);
  }

  @Test
  void preFilterFindsWhatAligningEveryPairFinds() {
    // The background medians come from a sample, so a pair right at the lift threshold can fall
    // either way (measured: 160 of 161 edges alike, one borderline rewrite missed, none added).
    Set<String> both = new HashSet<>(edges(filtered));
    both.retainAll(edges(exhaustive));
    Set<String> either = new HashSet<>(edges(filtered));
    either.addAll(edges(exhaustive));
    assertThat(either).isNotEmpty();
    assertThat(both.size() / (double) either.size()).isGreaterThanOrEqualTo(0.97);
  }

  private static Set<String> edges(Detection detection) {
    Set<String> out = new HashSet<>();
    for (Derivation d : detection.derivations()) {
      out.add(d.copy() + " -> " + d.source() + " " + d.kind());
    }
    return out;
  }

  private static StoryArticle load(Path dir, String file) {
    return SharedData.article(
        file.substring(0, file.lastIndexOf('.')), SharedData.read(dir.resolve("corpus/" + file)));
  }

  /** Embeds each distinct sentence once, so both detectors share one model pass. */
  private static final class MemoEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder delegate;
    private final Map<String, float[]> cache = new HashMap<>();

    MemoEmbedder(SentenceEmbedder delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized float[] embed(String sentence) {
      return cache.computeIfAbsent(sentence, delegate::embed).clone();
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> sentences) {
      List<String> missing = new ArrayList<>();
      for (String s : sentences) {
        if (!cache.containsKey(s)) {
          missing.add(s);
        }
      }
      List<float[]> vectors = delegate.embedAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        cache.put(missing.get(i), vectors.get(i));
      }
      List<float[]> out = new ArrayList<>();
      for (String s : sentences) {
        out.add(cache.get(s).clone());
      }
      return out;
    }

    @Override
    public int dimensions() {
      return delegate.dimensions();
    }
  }
}
