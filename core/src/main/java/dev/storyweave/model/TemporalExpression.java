package dev.storyweave.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date or period named in an article, resolved to an absolute date.
 *
 * @param span where the expression occurs ("on Thursday", "May 12th", "last month")
 * @param date the resolved date: the day itself, or the first day of the week, month, season or
 *     year
 * @param granularity how precise {@code date} is
 * @param resolvedHow how the date was obtained, for a reader: "explicit date", "weekday, past
 *     tense: latest Thursday on or before the anchor 2025-05-15" ...
 */
public record TemporalExpression(
    Mention span, LocalDate date, DateGranularity granularity, String resolvedHow) {
  public TemporalExpression {
    Objects.requireNonNull(span, "span");
    if (date == null) {
      throw new IllegalArgumentException("temporal expression without a date: " + span);
    }
    Objects.requireNonNull(granularity, "granularity");
    if (resolvedHow == null || resolvedHow.isBlank()) {
      throw new IllegalArgumentException("temporal expression without resolvedHow: " + span);
    }
  }
}
