package dev.storyweave.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/*
 * Names of major news outlets (resource outlets.txt), so that an outlet named in passing ("told
 * Reuters") can be told from a person or a place named the same way. Short all-caps aliases (AP,
 * FT) match only as written; longer names also match case-insensitively.
 */
final class OutletGazetteer {

  private static final OutletGazetteer SHARED = load();

  private final Map<String, String> exact;
  private final Map<String, String> folded;

  private OutletGazetteer(Map<String, String> exact, Map<String, String> folded) {
    this.exact = Map.copyOf(exact);
    this.folded = Map.copyOf(folded);
  }

  static OutletGazetteer shared() {
    return SHARED;
  }

  /** The canonical name of the outlet called {@code name}, or empty if it is not known. */
  Optional<String> canonical(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip();
    String hit = exact.get(n);
    if (hit == null && n.length() > 4) {
      hit = folded.get(n.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(hit);
  }

  private static OutletGazetteer load() {
    Map<String, String> exact = new HashMap<>();
    Map<String, String> folded = new HashMap<>();
    try (InputStream in = OutletGazetteer.class.getResourceAsStream("outlets.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource outlets.txt is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] names = line.split("\\|");
        String canonical = names[0].strip();
        for (String raw : names) {
          String alias = raw.strip();
          exact.put(alias, canonical);
          if (alias.length() > 4) {
            folded.put(alias.toLowerCase(Locale.ROOT), canonical);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlets.txt", e);
    }
    return new OutletGazetteer(exact, folded);
  }
}
