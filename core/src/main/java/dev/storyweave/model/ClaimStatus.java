package dev.storyweave.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How well a claim is supported. */
public enum ClaimStatus {
  CORROBORATED("corroborated"),
  SINGLE_SOURCE("single-source"),
  DISPUTED("disputed");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }
}
