package dev.storyweave.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void foldsCaseDiacriticsAndTypographicApostrophes() {
    assertThat(TextNormalizer.fold("Erdoğan’s")).isEqualTo("erdogan's");
    assertThat(TextNormalizer.fold("TÜRKIYE")).isEqualTo("turkiye");
  }

  @Test
  void plainPunctuationKeepsLength() {
    String text = "“Deal” — now’s the time";
    String plain = TextNormalizer.plainPunctuation(text);
    assertThat(plain).hasSameSizeAs(text).isEqualTo("\"Deal\" - now's the time");
  }
}
