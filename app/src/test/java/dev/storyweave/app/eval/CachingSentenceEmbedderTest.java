package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.signals.SentenceEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingSentenceEmbedderTest {

  /** Embeds a text as {length, first char}; records every text it was asked for. */
  private static final class Fake implements SentenceEmbedder {
    final List<String> asked = new ArrayList<>();

    @Override
    public float[] embed(String sentence) {
      asked.add(sentence);
      return new float[] {sentence.length(), sentence.isEmpty() ? 0 : sentence.charAt(0)};
    }

    @Override
    public int dimensions() {
      return 2;
    }
  }

  @Test
  void embedAllSendsEachMissingTextOnceAndKeepsOrder(@TempDir Path dir) {
    Fake model = new Fake();
    Path file = dir.resolve("cache.bin");
    CachingSentenceEmbedder cache = new CachingSentenceEmbedder(model, file);
    cache.embed("alpha");
    List<float[]> out = cache.embedAll(List.of("beta", "alpha", "beta", "gamma!"));
    assertThat(model.asked).containsExactly("alpha", "beta", "gamma!");
    assertThat(out).hasSize(4);
    assertThat(out.get(0)).containsExactly(4f, 'b');
    assertThat(out.get(1)).containsExactly(5f, 'a');
    assertThat(out.get(2)).containsExactly(4f, 'b');
    assertThat(out.get(3)).containsExactly(6f, 'g');
    assertThat(cache.misses()).isEqualTo(3);
    assertThat(cache.hits()).isEqualTo(2);
    cache.save();

    Fake fresh = new Fake();
    CachingSentenceEmbedder reloaded = new CachingSentenceEmbedder(fresh, file);
    assertThat(reloaded.embedAll(List.of("gamma!", "alpha")).get(0)).containsExactly(6f, 'g');
    assertThat(fresh.asked).isEmpty();
  }
}
