package dev.storyweave.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarWordsTest {

  @Test
  void namesComeFromJavaTimeInLowerCase() {
    assertThat(CalendarWords.WEEKDAYS).hasSize(7).contains("monday", "sunday");
    assertThat(CalendarWords.MONTHS).hasSize(12).contains("january", "may", "december");
  }

  @Test
  void unionsAddExtraWordsAndCanLeaveOutTheModalMay() {
    assertThat(CalendarWords.weekdaysMonthsAnd("today", "monday"))
        .hasSize(20)
        .contains("today", "may");
    assertThat(CalendarWords.weekdaysMonthsExceptMayAnd("night"))
        .hasSize(19)
        .contains("night", "june")
        .doesNotContain("may");
  }
}
