package dev.storyweave.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

  @Test
  void numberWordsInAnyCaseHaveTheirValues() {
    assertThat(NumberWords.value("Twelve")).isEqualTo(12);
    assertThat(NumberWords.value("fifteen")).isEqualTo(15);
    assertThat(NumberWords.value("NINETY")).isEqualTo(90);
    assertThat(NumberWords.value("dozen")).isEqualTo(12);
  }

  @Test
  void otherWordsAreNotNumbers() {
    assertThat(NumberWords.value("a")).isNull();
    assertThat(NumberWords.value("12")).isNull();
    assertThat(NumberWords.value("once")).isNull();
    assertThat(NumberWords.value(null)).isNull();
  }
}
