package dev.storyweave.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A metadata value together with how it was inferred. An absent value always has {@link
 * Inference#NONE}, and a present one never does.
 */
public record Inferred<T>(T value, Inference how) {

  public Inferred {
    Objects.requireNonNull(how, "how");
    if (value == null && how != Inference.NONE) {
      throw new IllegalArgumentException("absent value must have inference none, got " + how);
    }
    if (value != null && how == Inference.NONE) {
      throw new IllegalArgumentException("present value cannot have inference none: " + value);
    }
  }

  private static final Inferred<?> ABSENT = new Inferred<>(null, Inference.NONE);

  /** The absent value. */
  @SuppressWarnings("unchecked")
  public static <T> Inferred<T> none() {
    return (Inferred<T>) ABSENT;
  }

  /** {@code value} found by {@code how}, or {@link #none()} when value is null or blank. */
  public static <T> Inferred<T> of(T value, Inference how) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return none();
    }
    return new Inferred<>(value, how);
  }

  public boolean isPresent() {
    return value != null;
  }

  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }

  /** This value if present, else {@code other}. */
  public Inferred<T> or(Inferred<T> other) {
    return isPresent() ? this : other;
  }
}
