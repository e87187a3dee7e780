package dev.storyweave.model;

import java.util.Objects;

/**
 * A number with a unit: "300 miles", "30-day", "1,000 kilometers", "$2.5 million", "3.5%".
 *
 * @param span where the quantity occurs
 * @param value the number as written, with scale words applied ("2.5 million" is 2500000)
 * @param unit the unit as written ("miles", "day", "%", "$")
 * @param normalizedUnit the base unit of its dimension: "km" for lengths, "kg" for masses, "day"
 *     for durations, "km2" for areas, "%" for percentages, an ISO 4217 code for money
 * @param normalizedValue {@code value} expressed in {@code normalizedUnit}
 */
public record Quantity(
    Mention span, double value, String unit, String normalizedUnit, double normalizedValue) {
  public Quantity {
    Objects.requireNonNull(span, "span");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("quantity value is not finite: " + value + " " + span);
    }
    if (unit == null || unit.isBlank() || normalizedUnit == null || normalizedUnit.isBlank()) {
      throw new IllegalArgumentException("quantity without unit: " + span);
    }
  }
}
