package dev.storyweave.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.storyweave.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Report} as the JSON document of DESIGN.md's report contract: snake_case field
 * names, ISO dates ({@code YYYY-MM-DD}), nulls written out. Thread-safe.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .build();

  private ReportJson() {}

  /** The report as pretty-printed JSON. */
  public static String toJson(Report report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise report", e);
    }
  }

  /** The mapper used for reports, for readers that parse them back as a tree. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
