package dev.storyweave.app.eval;

import dev.storyweave.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/*
 * PolNeAR ships BRAT standoff files: T lines are spans ("T3<TAB>Content 115 290;300 310<TAB>text",
 * fragments separated by ';'), E lines link one attribution's Source, Cue and Content (Content2 for
 * a second content part). An article annotated by several annotators has one .ann file per
 * annotator (suffix _<id>); the eval reads the lexicographically first one, so every article
 * counts once. Lines of free-text notes that wrap onto a new line are skipped.
 */
final class PolnearCorpus {

  /** One gold attribution; {@code source} and {@code cue} may be null. */
  record Attribution(List<Span> content, Span source, Span cue) {
    Attribution {
      content = List.copyOf(content);
    }
  }

  /** One article with its gold attributions. */
  record Document(String id, String annotator, String text, List<Attribution> attributions) {
    Document {
      attributions = List.copyOf(attributions);
    }
  }

  private PolnearCorpus() {}

  /** Reads {@code corpus/<split>/text} and {@code corpus/<split>/attributions}. */
  static List<Document> read(Path corpus, String split) {
    Path dir = corpus.resolve(split);
    if (!Files.isDirectory(dir.resolve("text"))) {
      throw new IllegalArgumentException("not a PolNeAR split directory: " + dir);
    }
    Map<String, Path> firstAnnotation = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
      for (Path ann : files.sorted().toList()) {
        String name = ann.getFileName().toString();
        int cut = name.lastIndexOf('_');
        if (!name.endsWith(".ann") || cut < 0) {
          continue;
        }
        firstAnnotation.putIfAbsent(name.substring(0, cut), ann);
      }
      List<Document> out = new ArrayList<>();
      for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
        Path textFile = dir.resolve("text").resolve(e.getKey() + ".txt");
        if (!Files.exists(textFile)) {
          continue;
        }
        String annName = e.getValue().getFileName().toString();
        String annotator = annName.substring(annName.lastIndexOf('_') + 1, annName.length() - 4);
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        out.add(
            new Document(
                e.getKey(),
                annotator,
                text,
                parse(Files.readAllLines(e.getValue(), StandardCharsets.UTF_8))));
      }
      return out;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read PolNeAR split " + dir, ex);
    }
  }

  /** Attributions of one BRAT standoff file. */
  static List<Attribution> parse(List<String> lines) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\t");
      if (parts.length < 2) {
        continue;
      }
      if (parts[0].startsWith("T")) {
        String[] typeAndOffsets = parts[1].split(" ", 2);
        if (typeAndOffsets.length < 2) {
          continue;
        }
        List<Span> fragments = new ArrayList<>();
        for (String fragment : typeAndOffsets[1].split(";")) {
          String[] se = fragment.trim().split(" ");
          if (se.length == 2) {
            try {
              fragments.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
            } catch (IllegalArgumentException bad) {
              // a malformed offset pair: skip the fragment, keep the file
            }
          }
        }
        spans.put(parts[0], fragments);
      } else if (parts[0].startsWith("E")) {
        events.add(parts[1]);
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String event : events) {
      List<Span> content = new ArrayList<>();
      Span source = null;
      Span cue = null;
      for (String arg : event.trim().split(" ")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        List<Span> target = spans.getOrDefault(arg.substring(colon + 1), List.of());
        if (target.isEmpty()) {
          continue;
        }
        if (role.startsWith("Content")) {
          content.addAll(target);
        } else if (role.equals("Source")) {
          source = cover(target);
        } else if (role.equals("Cue")) {
          cue = cover(target);
        }
      }
      if (!content.isEmpty()) {
        out.add(new Attribution(content, source, cue));
      }
    }
    return out;
  }

  private static Span cover(List<Span> fragments) {
    int start = fragments.stream().mapToInt(Span::start).min().orElseThrow();
    int end = fragments.stream().mapToInt(Span::end).max().orElseThrow();
    return new Span(start, end);
  }
}
