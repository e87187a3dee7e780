package dev.storyweave.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.QuoteMention;
import dev.storyweave.text.TextAnalyzer;
import dev.storyweave.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seeds' direct quotes, read by hand: each row is (seed file prefix, words from the quote, a
 * word of the speaker's name). Tests may name seed people; the extractor may not.
 */
class SeedQuotesTest {

  private static final String[][] EXPECTED = {
    {"000", "HAVE THE MEETING, NOW", "Trump"},
    {"000", "everything in Russia depends on Putin", "Zelensky"},
    {"000", "if it’s helpful", "Trump"},
    {"000", "grateful", "Zelensky"},
    {"000", "like me to be there", "Trump"},
    {"000", "I was thinking about going", "Trump"},
    {"000", "If something happened", "Trump"},
    {"000", "during these talks there will be", "Putin"},
    {"000", "all kinds of support", "Turkish government"},
    {"001", "HAVE THE MEETING, NOW", "Trump"},
    {"001", "theatrics", "Kremlin"},
    {"001", "expert-technical level", "Kremlin"},
    {"002", "It was not Russia that destroyed", "Putin"},
    {"002", "There were no negotiations", "Zelen"},
    {"002", "The pressure that the US tried", "Giles"},
    {"002", "It appears that Russia has engaged", "Giles"},
    {"002", "We are committed to serious negotiations", "Putin"},
    {"002", "quickly", "Trump"},
    {"002", "I supported President Trump", "Zelen"},
    {"002", "We all in Ukraine would be grateful", "Zelen"},
    {"002", "Putin is the one who decides", "Zelen"},
    {"002", "Zelenskyy presented a challenge", "Giles"},
    {"002", "As both acceptable outcomes", "Giles"},
    {"002", "Russia wants to neutralize", "Giles"},
    {"002", "We do not rule out", "Putin"},
    {"002", "a big step forward", "Giles"},
    {"002", "Everything that’s been called peace", "Giles"},
    {"003", "stand-in props", "Zelenskyy"},
    {"003", "We need to understand the level", "Zelenskyy"},
    {"003", "Because we all know who makes", "Zelenskyy"},
    {"003", "The goal of direct talks", "Medinsky"},
    {"003", "if I don't go", "Trump"},
    {"003", "And that turned out to be right", "Trump"},
    {"003", "But we have people there", "Trump"},
    {"003", "It's my assessment", "Rubio"},
    {"003", "face-to-face.", "Rubio"},
    {"003", "if it was appropriate", "Trump"},
    {"003", "nothing's going to happen", "Trump"},
    {"003", "That will be an incentive", "Zelenskyy"},
    {"004", "If Putin doesn't come", "Zelenskyy"},
    {"004", "I will wait for Putin", "Zelenskyy"},
    {"004", "potential", "Trump"},
    {"004", "considering flights", "Trump"},
    {"004", "always have people", "Podolyak"},
    {"004", "have certain negotiations", "Podolyak"},
    {"004", "There is no doubt that only Putin", "Podolyak"},
    {"004", "There has never been any negotiation", "Zelenskyy"},
    {"004", "The Kiev authorities", "Putin"},
    {"004", "real reality", "authorities"},
    {"004", "will stay in Russia", "Trump"},
    {"004", "stuck in momentum", "Putin"},
    {"004", "holds strategic plans", "Putin"},
  };

  @Test
  void findsNineInTenSeedQuotesWithTheirSpeaker() throws IOException {
    Map<String, List<QuoteMention>> byPrefix = new HashMap<>();
    try (Stream<Path> files = Files.list(SharedData.seeds())) {
      for (Path file : files.sorted().toList()) {
        String id = file.getFileName().toString().replace(".txt", "");
        String text = Files.readString(file);
        List<QuoteMention> quotes =
            QuoteExtractor.english().extract(TextAnalyzer.english().analyze(id, text));
        byPrefix.put(id.substring(0, 3), quotes);
        for (QuoteMention q : quotes) {
          assertThat(text.substring(q.content().start(), q.content().end()))
              .isEqualTo(q.content().text());
        }
      }
    }
    List<String> misses = new ArrayList<>();
    for (String[] row : EXPECTED) {
      boolean found =
          byPrefix.get(row[0]).stream()
              .anyMatch(
                  q ->
                      q.direct()
                          && fold(q.content().text()).contains(fold(row[1]))
                          && q.speakerName() != null
                          && fold(q.speakerName()).contains(fold(row[2])));
      if (!found) {
        misses.add(String.join(" / ", row));
      }
    }
    double found = 1.0 - (double) misses.size() / EXPECTED.length;
    System.out.printf(
        "seed direct quotes with the right speaker: %.3f, misses: %s%n", found, misses);
    assertThat(found).as("misses: %s", misses).isGreaterThanOrEqualTo(0.90);
  }

  private static String fold(String s) {
    return TextNormalizer.fold(s);
  }
}
