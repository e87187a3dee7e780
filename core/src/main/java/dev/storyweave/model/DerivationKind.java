package dev.storyweave.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a copy derives from its source. */
public enum DerivationKind {
  DUPLICATE("duplicate"),
  NEAR_DUPLICATE("near-duplicate"),
  REWRITE("rewrite"),
  SUMMARY("summary"),
  EXCERPT("excerpt"),
  TRANSLATION("translation");

  private final String label;

  DerivationKind(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }
}
