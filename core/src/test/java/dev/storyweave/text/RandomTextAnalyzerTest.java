package dev.storyweave.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile random text: offsets stay valid whatever the typography. */
class RandomTextAnalyzerTest {

  private static final String[] PIECES = {
    "U.S.",
    "a.m.",
    "p.m.",
    "Gen.",
    "No. 1",
    "J. K.",
    "Mr.",
    "...",
    "…",
    "—",
    "–",
    "-",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "‘",
    "!!!",
    "?",
    ".",
    ",",
    ":",
    ";",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "  ",
    "\t",
    "\u00A0",
    "\u200B",
    "\uFEFF",
    "- ",
    "• ",
    "* ",
    "(",
    ")",
    "[",
    "]",
    "Putin",
    "said",
    "the",
    "talks",
    "Ankara",
    "İstanbul",
    "Zelenskyy",
    "Ünal",
    "東京",
    "Москва",
    "😀",
    "\uD83D",
    "e\u0301",
    "2025-05-15",
    "May 12th",
    "10:30",
    "1,000",
    "30-day",
    "The",
    "he",
    "It",
    "A",
    "i.e.",
    "D.C."
  };

  @Test
  void offsetsStayValidOnRandomNewsLikeText() {
    Random random = new Random(20261123L);
    TextAnalyzer analyzer = TextAnalyzer.english();
    for (int round = 0; round < 1500; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        if (random.nextInt(10) == 0) {
          text.append((char) random.nextInt(0x3000));
        } else {
          text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String input = text.toString();
      AnalyzedText analyzed = analyzer.analyze("r" + round, input);
      int previousEnd = 0;
      for (Sentence sentence : analyzed.sentences()) {
        assertThat(sentence.start())
            .as("round %d input %s", round, input)
            .isGreaterThanOrEqualTo(previousEnd);
        assertThat(sentence.end()).isLessThanOrEqualTo(input.length());
        assertThat(sentence.text()).isEqualTo(input.substring(sentence.start(), sentence.end()));
        assertThat(sentence.text()).isNotBlank();
        assertThat(Character.isWhitespace(sentence.text().charAt(0))).isFalse();
        int previousToken = sentence.start();
        for (Token token : sentence.tokens()) {
          assertThat(token.start()).isGreaterThanOrEqualTo(previousToken);
          assertThat(token.end()).isLessThanOrEqualTo(sentence.end());
          assertThat(token.text()).isEqualTo(input.substring(token.start(), token.end()));
          previousToken = token.end();
        }
        previousEnd = sentence.end();
      }
      if (!input.isBlank() && input.chars().anyMatch(Character::isLetterOrDigit)) {
        assertThat(analyzed.sentences()).as("input %s", input).isNotEmpty();
      }
    }
  }
}
