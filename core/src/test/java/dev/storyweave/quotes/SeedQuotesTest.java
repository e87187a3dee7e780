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
 * The seeds' direct quotes, read by hand: each row is (seed file prefix, start and end offsets of
 * words from the quote in that file, a word of the speaker's name). Offsets, not text, so the seed
 * text stays in ../shared. Tests may name seed people; the extractor may not.
 */
class SeedQuotesTest {

  private static final String[][] EXPECTED = {
    {"000", "2131", "2152", "Trump"},
    {"000", "2610", "2647", "Zelensky"},
    {"000", "2749", "2764", "Trump"},
    {"000", "2830", "2838", "Zelensky"},
    {"000", "2913", "2932", "Trump"},
    {"000", "3025", "3051", "Trump"},
    {"000", "3162", "3183", "Trump"},
    {"000", "4509", "4541", "Putin"},
    {"000", "7099", "7119", "Turkish government"},
    {"001", "1297", "1318", "Trump"},
    {"001", "1733", "1742", "Kremlin"},
    {"001", "1793", "1815", "Kremlin"},
    {"002", "808", "840", "Putin"},
    {"002", "1503", "1529", "Zelen"},
    {"002", "1992", "2022", "Giles"},
    {"002", "2192", "2226", "Giles"},
    {"002", "2738", "2778", "Putin"},
    {"002", "3765", "3772", "Trump"},
    {"002", "4658", "4685", "Zelen"},
    {"002", "5669", "5704", "Zelen"},
    {"002", "6220", "6248", "Zelen"},
    {"002", "6691", "6722", "Giles"},
    {"002", "7050", "7077", "Giles"},
    {"002", "7181", "7207", "Giles"},
    {"002", "7726", "7744", "Putin"},
    {"002", "7961", "7979", "Giles"},
    {"002", "7993", "8028", "Giles"},
    {"003", "792", "806", "Zelenskyy"},
    {"003", "824", "855", "Zelenskyy"},
    {"003", "991", "1020", "Zelenskyy"},
    {"003", "1238", "1262", "Medinsky"},
    {"003", "2961", "2974", "Trump"},
    {"003", "2979", "3010", "Trump"},
    {"003", "3027", "3051", "Trump"},
    {"003", "3270", "3288", "Rubio"},
    {"003", "3440", "3453", "Rubio"},
    {"003", "3525", "3546", "Trump"},
    {"003", "3563", "3588", "Trump"},
    {"003", "4042", "4067", "Zelenskyy"},
    {"004", "717", "738", "Zelenskyy"},
    {"004", "1768", "1789", "Zelenskyy"},
    {"004", "2454", "2463", "Trump"},
    {"004", "2515", "2534", "Trump"},
    {"004", "2925", "2943", "Podolyak"},
    {"004", "2954", "2979", "Podolyak"},
    {"004", "3079", "3112", "Podolyak"},
    {"004", "4157", "4193", "Zelenskyy"},
    {"004", "4463", "4483", "Putin"},
    {"004", "4826", "4838", "authorities"},
    {"004", "5455", "5474", "Trump"},
    {"004", "6020", "6037", "Putin"},
    {"004", "6044", "6065", "Putin"},
  };

  @Test
  void findsNineInTenSeedQuotesWithTheirSpeaker() throws IOException {
    Map<String, List<QuoteMention>> byPrefix = new HashMap<>();
    Map<String, String> textByPrefix = new HashMap<>();
    try (Stream<Path> files = Files.list(SharedData.seeds())) {
      for (Path file : files.sorted().toList()) {
        String id = file.getFileName().toString().replace(".txt", "");
        String text = Files.readString(file);
        List<QuoteMention> quotes =
            QuoteExtractor.english().extract(TextAnalyzer.english().analyze(id, text));
        byPrefix.put(id.substring(0, 3), quotes);
        textByPrefix.put(id.substring(0, 3), text);
        for (QuoteMention q : quotes) {
          assertThat(text.substring(q.content().start(), q.content().end()))
              .isEqualTo(q.content().text());
        }
      }
    }
    List<String> misses = new ArrayList<>();
    for (String[] row : EXPECTED) {
      String words =
          textByPrefix.get(row[0]).substring(Integer.parseInt(row[1]), Integer.parseInt(row[2]));
      boolean found =
          byPrefix.get(row[0]).stream()
              .anyMatch(
                  q ->
                      q.direct()
                          && fold(q.content().text()).contains(fold(words))
                          && q.speakerName() != null
                          && fold(q.speakerName()).contains(fold(row[3])));
      if (!found) {
        misses.add(row[0] + " / " + words + " / " + row[3]);
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
