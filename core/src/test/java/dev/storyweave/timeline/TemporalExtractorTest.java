package dev.storyweave.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.DateGranularity;
import dev.storyweave.model.TemporalExpression;
import dev.storyweave.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expressions in our own sentences, resolved against an anchor (publication) date. */
class TemporalExtractorTest {

  // 2025-05-15 is a Thursday; 2024-01-10 a Wednesday
  private static final LocalDate THURSDAY = LocalDate.of(2025, 5, 15);
  private static final LocalDate JANUARY = LocalDate.of(2024, 1, 10);

  static Stream<Arguments> cases() {
    return Stream.of(
        // explicit dates
        row("The deadline expired on May 12th.", THURSDAY, "May 12th", "2025-05-12", "DAY"),
        row(
            "The report is dated 2025-05-15 in the archive.",
            null,
            "2025-05-15",
            "2025-05-15",
            "DAY"),
        row("Talks began on May 15, 2025 in the city.", null, "May 15, 2025", "2025-05-15", "DAY"),
        row("He arrived on 3 March 2022 by train.", null, "3 March 2022", "2022-03-03", "DAY"),
        row("It was signed on the 9th of June.", THURSDAY, "9th of June", "2025-06-09", "DAY"),
        row("The meeting on Dec. 28 went badly.", JANUARY, "Dec. 28", "2023-12-28", "DAY"),
        row("The invasion began in February 2022.", null, "February 2022", "2022-02-01", "MONTH"),
        row("Prices fell in mid-2023 across Europe.", null, "mid-2023", "2023-01-01", "YEAR"),
        row("Officials met in 2019 for the last time.", null, "2019", "2019-01-01", "YEAR"),
        row("Fighting lasted from 2014 to 2022 in the east.", null, "2022", "2022-01-01", "YEAR"),
        row("In 2024 talks stalled.", null, "2024", "2024-01-01", "YEAR"),
        row(
            "Talks were held in the spring of 2022.",
            null,
            "the spring of 2022",
            "2022-03-01",
            "SEASON"),
        row(
            "He spoke in December last year.",
            THURSDAY,
            "December last year",
            "2024-12-01",
            "MONTH"),
        row("The ceasefire was agreed in March.", THURSDAY, "March", "2025-03-01", "MONTH"),
        row("The ceasefire was agreed in November.", THURSDAY, "November", "2024-11-01", "MONTH"),
        // weekdays and tense
        row("Putin proposed talks on Sunday.", THURSDAY, "Sunday", "2025-05-11", "DAY"),
        row("Hopes faded on Thursday.", THURSDAY, "Thursday", "2025-05-15", "DAY"),
        row("The leaders will meet on Saturday.", THURSDAY, "Saturday", "2025-05-17", "DAY"),
        row("Delegates are expected to arrive Monday.", THURSDAY, "Monday", "2025-05-19", "DAY"),
        row(
            "The Kremlin late Wednesday named its team.",
            THURSDAY,
            "late Wednesday",
            "2025-05-14",
            "DAY"),
        row("He said on Tuesday that he will travel.", THURSDAY, "Tuesday", "2025-05-13", "DAY"),
        row("He said he would go on Friday if asked.", THURSDAY, "Friday", "2025-05-16", "DAY"),
        row("The vote was held last Thursday.", THURSDAY, "last Thursday", "2025-05-08", "DAY"),
        row("The vote will be held next Thursday.", THURSDAY, "next Thursday", "2025-05-22", "DAY"),
        row(
            "Talks collapsed on Wednesday night.",
            THURSDAY,
            "Wednesday night",
            "2025-05-14",
            "DAY"),
        row("On Sunday, May 11th, he declined.", THURSDAY, "Sunday, May 11th", "2025-05-11", "DAY"),
        row("The talks will be held on Friday in Geneva.", THURSDAY, "Friday", "2025-05-16", "DAY"),
        row(
            "Delegates are poised for talks on Thursday, despite being rebuffed late Wednesday.",
            LocalDate.of(2025, 5, 14),
            "Thursday",
            "2025-05-15",
            "DAY"),
        row(
            "Delegates are poised for talks on Thursday, despite being rebuffed late Wednesday.",
            LocalDate.of(2025, 5, 14),
            "late Wednesday",
            "2025-05-14",
            "DAY"),
        row(
            "On Thursday, the minister will be in Paris.",
            LocalDate.of(2025, 5, 13),
            "Thursday",
            "2025-05-15",
            "DAY"),
        row(
            "The envoys met on Sunday, a day after the deadline.",
            LocalDate.of(2025, 5, 13),
            "Sunday",
            "2025-05-11",
            "DAY"),
        // relative expressions
        row("He visited the region a day ago.", THURSDAY, "a day ago", "2025-05-14", "DAY"),
        row("They met three days ago in secret.", THURSDAY, "three days ago", "2025-05-12", "DAY"),
        row("The minister resigned yesterday.", THURSDAY, "yesterday", "2025-05-14", "DAY"),
        row("The summit opens tomorrow in Rome.", THURSDAY, "tomorrow", "2025-05-16", "DAY"),
        row("Troops advanced last month.", THURSDAY, "last month", "2025-04-01", "MONTH"),
        row("Troops advanced last month.", JANUARY, "last month", "2023-12-01", "MONTH"),
        row("The regions were annexed last year.", THURSDAY, "last year", "2024-01-01", "YEAR"),
        row("Elections are due next year.", THURSDAY, "next year", "2026-01-01", "YEAR"),
        row(
            "Envoys arrived earlier this week.",
            THURSDAY,
            "earlier this week",
            "2025-05-12",
            "WEEK"),
        row("Fighting intensified last spring.", THURSDAY, "last spring", "2024-03-01", "SEASON"),
        row(
            "The offensive began two months ago.",
            THURSDAY,
            "two months ago",
            "2025-03-01",
            "MONTH"));
  }

  private static Arguments row(
      String sentence, LocalDate anchor, String expression, String date, String granularity) {
    return Arguments.of(sentence, anchor, expression, LocalDate.parse(date), granularity);
  }

  @ParameterizedTest(name = "{0} @ {1}")
  @MethodSource("cases")
  void resolvesExpressionAgainstTheAnchor(
      String sentence, LocalDate anchor, String expression, LocalDate date, String granularity) {
    List<TemporalExpression> found =
        TemporalExtractor.english().extract(TextAnalyzer.english().analyze("a", sentence), anchor);
    assertThat(found)
        .as("expressions in %s", sentence)
        .anySatisfy(
            e -> {
              assertThat(e.span().text()).isEqualTo(expression);
              assertThat(e.date()).isEqualTo(date);
              assertThat(e.granularity()).isEqualTo(DateGranularity.valueOf(granularity));
              assertThat(sentence.substring(e.span().start(), e.span().end()))
                  .isEqualTo(expression);
            });
  }

  static Stream<Arguments> nonDates() {
    return Stream.of(
        Arguments.of("The Sunday Times reported the story."),
        Arguments.of("Troops may march into the town."),
        Arguments.of("About 2000 soldiers and 1,000 tanks were seen."),
        Arguments.of("He works on Fridays."),
        Arguments.of("The force grew to 2000 soldiers."));
  }

  @ParameterizedTest
  @MethodSource("nonDates")
  void wordsThatLookLikeDatesAreNotDates(String sentence) {
    assertThat(
            TemporalExtractor.english()
                .extract(TextAnalyzer.english().analyze("a", sentence), THURSDAY))
        .isEmpty();
  }
}
