package dev.storyweave.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The type of a named entity. */
public enum EntityType {
  PERSON("person"),
  PLACE("place"),
  ORGANIZATION("organization"),
  OTHER("other");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }
}
