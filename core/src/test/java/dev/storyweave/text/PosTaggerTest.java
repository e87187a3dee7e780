package dev.storyweave.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PosTaggerTest {

  @Test
  void tagsNamesAsProperNounsOnePerToken() {
    Sentence sentence =
        TextAnalyzer.english()
            .analyze("t", "Russian President Vladimir Putin met “Donald Trump” on Sunday.")
            .sentences()
            .get(0);
    List<String> tags = PosTagger.english().tag(sentence);
    assertThat(tags).hasSameSizeAs(sentence.tokens());
    for (int i = 0; i < tags.size(); i++) {
      String word = sentence.tokens().get(i).text();
      if (List.of("Vladimir", "Putin", "Donald", "Trump").contains(word)) {
        assertThat(tags.get(i)).as(word).isEqualTo("PROPN");
      }
      if (word.equals("met")) {
        assertThat(tags.get(i)).isEqualTo("VERB");
      }
    }
  }

  @Test
  void concurrentTaggingGivesTheSameTagsAsSequential() throws Exception {
    List<Sentence> sentences;
    try (Stream<Path> seeds = Files.list(SentenceFixtures.sharedDir().resolve("seeds"))) {
      sentences =
          seeds
              .sorted()
              .map(
                  path -> {
                    try {
                      return TextAnalyzer.english().analyze("s", Files.readString(path));
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .map(AnalyzedText::sentences)
              .flatMap(List::stream)
              .toList();
    }
    PosTagger tagger = PosTagger.english();
    List<List<String>> sequential = sentences.stream().map(tagger::tag).toList();
    List<List<String>> parallel = sentences.parallelStream().map(tagger::tag).toList();
    assertThat(parallel).isEqualTo(sequential);
  }
}
