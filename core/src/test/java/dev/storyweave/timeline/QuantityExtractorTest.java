package dev.storyweave.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyweave.model.Quantity;
import dev.storyweave.text.TextAnalyzer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityExtractorTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("They agreed a 30-day ceasefire.", "30-day", 30.0, "day", 30.0),
        Arguments.of("The city is nearly 300 miles away.", "300 miles", 300.0, "km", 482.80),
        Arguments.of("A front line of 1,000 kilometers.", "1,000 kilometers", 1000.0, "km", 1000.0),
        Arguments.of("The truce lasted 72 hours.", "72 hours", 72.0, "day", 3.0),
        Arguments.of("Aid worth $2.5 million arrived.", "$2.5 million", 2.5e6, "USD", 2.5e6),
        Arguments.of("Inflation reached 3.5% in May.", "3.5%", 3.5, "%", 3.5),
        Arguments.of("Growth was 2 per cent last year.", "2 per cent", 2.0, "%", 2.0),
        Arguments.of("It sent 40 tons of grain.", "40 tons", 40.0, "kg", 40000.0),
        Arguments.of("A 3-year-old war.", "3-year", 3.0, "day", 1095.73),
        Arguments.of("The talks took three years.", "three years", 3.0, "day", 1095.73),
        Arguments.of(
            "An area of 120 square miles was taken.", "120 square miles", 120.0, "km2", 310.80));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsQuantityWithUnitInBaseUnits(
      String sentence, String text, double value, String base, double normalized) {
    List<Quantity> found =
        QuantityExtractor.english().extract(TextAnalyzer.english().analyze("a", sentence));
    assertThat(found).hasSize(1);
    Quantity q = found.get(0);
    assertThat(q.span().text()).isEqualTo(text);
    assertThat(sentence.substring(q.span().start(), q.span().end())).isEqualTo(text);
    assertThat(q.value()).isCloseTo(value, within(1e-6));
    assertThat(q.normalizedUnit()).isEqualTo(base);
    assertThat(q.normalizedValue()).isCloseTo(normalized, within(0.01));
  }

  @ParameterizedTest
  @MethodSource("plainNumbers")
  void numbersWithoutUnitsAreNotQuantities(String sentence) {
    assertThat(QuantityExtractor.english().extract(TextAnalyzer.english().analyze("a", sentence)))
        .isEmpty();
  }

  static Stream<String> plainNumbers() {
    return Stream.of(
        "In 2022 about 5 million people fled.", "Talks began at 07:00 GMT.", "Page 12 of 30.");
  }

  @org.junit.jupiter.api.Test
  void bothUnitsOfAConvertedFigureAgree() {
    List<Quantity> found =
        QuantityExtractor.english()
            .extract(
                TextAnalyzer.english()
                    .analyze("a", "A front of about 1,000 kilometers (620 miles)."));
    assertThat(found).hasSize(2);
    assertThat(found.get(0).normalizedValue())
        .isCloseTo(found.get(1).normalizedValue(), within(10.0));
  }
}
