package dev.storyweave.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Sentence;
import dev.storyweave.text.SentenceFixtures.HandSplit;
import dev.storyweave.text.SentenceFixtures.Score;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sentence boundaries on ECB+ news (dev topics only), whose annotators split each document into
 * sentences. ECB+ keeps tokens, not the original spacing, so each document is detokenised into one
 * paragraph; the layout rules then have nothing to work with and the comparison is between sentence
 * classifiers on running prose.
 */
class EcbPlusSentenceBoundaryTest {

  private static final Set<Integer> DEV_TOPICS = Set.of(2, 5, 12, 18, 21, 23, 34, 35);
  private static final Pattern TOKEN =
      Pattern.compile("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(
          ".", ",", ";", ":", "!", "?", ")", "]", "'s", "n't", "'", "%", "'re", "'ve", "'ll", "'d",
          "'m", "...", "”", "’");

  private static final Set<String> CONTRACTIONS = Set.of("s", "t", "re", "ve", "ll", "d", "m");

  private static List<HandSplit> devDocuments() {
    Path root = SentenceFixtures.sharedDir().resolve("data/ecbplus/ECB+");
    List<HandSplit> out = new ArrayList<>();
    for (int topic : DEV_TOPICS.stream().sorted().toList()) {
      try (Stream<Path> files = Files.list(root.resolve(String.valueOf(topic)))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
          out.add(detokenize(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static HandSplit detokenize(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    boolean hasUrlLine = file.getFileName().toString().endsWith("ecbplus.xml");
    StringBuilder text = new StringBuilder();
    List<int[]> sentences = new ArrayList<>();
    int current = -1;
    int sentenceStart = 0;
    boolean openQuote = false;
    boolean attachNext = false;
    String previous = "";
    Matcher m = TOKEN.matcher(xml);
    while (m.find()) {
      int sentence = Integer.parseInt(m.group(1));
      if (hasUrlLine && sentence == 0) {
        continue;
      }
      String token = unescape(m.group(2)).replace("``", "“").replace("''", "”");
      if (token.equals("\"")) {
        token = openQuote ? "”" : "“";
        openQuote = !openQuote;
      }
      if (sentence != current) {
        if (current >= 0) {
          sentences.add(new int[] {sentenceStart, text.length()});
        }
        current = sentence;
        if (text.length() > 0) {
          text.append(' ');
        }
        sentenceStart = text.length();
        attachNext = false;
      } else if (!attachNext
          && !NO_SPACE_BEFORE.contains(token)
          && !(previous.equals("’") && CONTRACTIONS.contains(token))) {
        text.append(' ');
      }
      attachNext = token.equals("(") || token.equals("$") || token.equals("“");
      previous = token;
      text.append(token);
    }
    if (current >= 0) {
      sentences.add(new int[] {sentenceStart, text.length()});
    }
    return new HandSplit(file.getFileName().toString(), text.toString(), sentences);
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static List<int[]> analyzer(String text) {
    return TextAnalyzer.english().analyze("t", text).sentences().stream()
        .map(Sentence::span)
        .map(span -> new int[] {span.start(), span.end()})
        .toList();
  }

  private static Score score(List<HandSplit> texts, Function<String, List<int[]>> splitter) {
    Score total = new Score(0, 0, 0);
    for (HandSplit split : texts) {
      total =
          total.plus(
              SentenceFixtures.score(
                  split.text(), split.sentences(), splitter.apply(split.text())));
    }
    return total;
  }

  @Test
  void trainedModelBeatsNaiveRegexOnAnnotatedNews() {
    List<HandSplit> docs = devDocuments();
    assertThat(docs).hasSizeGreaterThan(100);
    Score analyzer = score(docs, EcbPlusSentenceBoundaryTest::analyzer);
    Score model = score(docs, SentenceFixtures::modelSplitPerLine);
    Score regex = score(docs, SentenceFixtures::regexSplit);
    System.out.println("ECB+ dev topics, " + docs.size() + " documents");
    System.out.println("  analyzer:      " + analyzer);
    System.out.println("  OpenNLP model: " + model);
    System.out.println("  naive regex:   " + regex);
    int shown = 0;
    for (HandSplit doc : docs) {
      for (var entry :
          SentenceFixtures.differences(doc.text(), doc.sentences(), analyzer(doc.text()))
              .entrySet()) {
        if (shown++ < 40) {
          System.out.println("  " + doc.name() + " " + entry.getValue());
        }
      }
    }
    assertThat(model.f1()).isGreaterThan(regex.f1());
    assertThat(analyzer.f1()).isGreaterThanOrEqualTo(model.f1());
  }
}
