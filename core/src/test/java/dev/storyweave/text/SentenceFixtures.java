package dev.storyweave.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Seed texts, their hand-made sentence splits, and the boundary score used to compare splitters.
 */
final class SentenceFixtures {

  private SentenceFixtures() {}

  /** A text with its careful human split as {@code [start, end)} pairs. */
  record HandSplit(String name, String text, List<int[]> sentences) {}

  /** Boundary precision, recall and F1 over many texts. */
  record Score(int truePositives, int predicted, int gold) {
    double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score other) {
      return new Score(
          truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
    }

    @Override
    public String toString() {
      return String.format(
          "P=%.3f R=%.3f F1=%.3f (tp=%d predicted=%d gold=%d)",
          precision(), recall(), f1(), truePositives, predicted, gold);
    }
  }

  static Path sharedDir() {
    String property = System.getProperty("storyweave.shared");
    List<Path> candidates = new ArrayList<>();
    if (property != null) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("../shared"));
    candidates.add(Path.of("../../shared"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate.resolve("seeds"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared dir with seeds not found, tried " + candidates);
  }

  /** Every seed with its fixture; fails when a seed has none or the seed's length changed. */
  static List<HandSplit> seeds() {
    List<HandSplit> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(sharedDir().resolve("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        out.add(new HandSplit(name, text, readSpans(name, text.length())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<int[]> readSpans(String name, int textLength) throws IOException {
    String resource = "seed-sentences/" + name + ".spans";
    try (InputStream in = SentenceFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no hand split for seed " + name + ": " + resource);
      }
      List<int[]> spans = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split("\\s+");
        if (parts[0].equals("length")) {
          if (Integer.parseInt(parts[1]) != textLength) {
            throw new IllegalStateException(
                "seed " + name + " changed: length " + textLength + ", fixture " + parts[1]);
          }
          continue;
        }
        spans.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
      }
      return spans;
    }
  }

  /**
   * Our own news-style paragraphs, one sentence a line, paragraphs separated by blank lines. The
   * text is the sentences joined by a space within a paragraph and by a blank line between them.
   */
  static HandSplit ownNewsText() {
    try (InputStream in = SentenceFixtures.class.getResourceAsStream("news-style-sentences.txt")) {
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder text = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      for (String paragraph : raw.split("\n\\s*\n")) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        boolean first = true;
        for (String sentence : paragraph.split("\n")) {
          if (sentence.isBlank() || sentence.startsWith("#")) {
            continue;
          }
          if (!first) {
            text.append(' ');
          }
          first = false;
          spans.add(new int[] {text.length(), text.length() + sentence.length()});
          text.append(sentence);
        }
      }
      return new HandSplit("news-style", text.toString(), spans);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Boundary score: a boundary is a sentence end (trailing blanks trimmed); the end of the text is
   * not counted, since every splitter gets it.
   */
  static Score score(String text, List<int[]> gold, List<int[]> predicted) {
    TreeSet<Integer> goldEnds = ends(text, gold);
    TreeSet<Integer> predictedEnds = ends(text, predicted);
    int truePositives = 0;
    for (int end : predictedEnds) {
      if (goldEnds.contains(end)) {
        truePositives++;
      }
    }
    return new Score(truePositives, predictedEnds.size(), goldEnds.size());
  }

  private static TreeSet<Integer> ends(String text, List<int[]> spans) {
    int textEnd = text.stripTrailing().length();
    TreeSet<Integer> ends = new TreeSet<>();
    for (int[] span : spans) {
      int end = span[1];
      while (end > span[0] && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > span[0] && end < textEnd) {
        ends.add(end);
      }
    }
    return ends;
  }

  private static final Pattern NAIVE_END = Pattern.compile("[.!?]+[\"'”’)\\]]*(?=\\s)");

  /** The naive rule: a sentence ends at every line end and at . ! ? before a blank. */
  static List<int[]> regexSplit(String text) {
    List<int[]> out = new ArrayList<>();
    for (int[] line : lines(text)) {
      Matcher end = NAIVE_END.matcher(text).region(line[0], line[1]);
      int start = line[0];
      while (end.find()) {
        out.add(new int[] {start, end.end()});
        start = end.end();
      }
      out.add(new int[] {start, line[1]});
    }
    return out;
  }

  private static final SentenceModel MODEL = loadModel();

  private static SentenceModel loadModel() {
    try (InputStream in =
        SentenceFixtures.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The trained model alone, run on each line (so headings are not glued to paragraphs). */
  static List<int[]> modelSplitPerLine(String text) {
    SentenceDetectorME detector = new SentenceDetectorME(MODEL);
    List<int[]> out = new ArrayList<>();
    for (int[] line : lines(text)) {
      for (Span span : detector.sentPosDetect(text.substring(line[0], line[1]))) {
        out.add(new int[] {line[0] + span.getStart(), line[0] + span.getEnd()});
      }
    }
    return out;
  }

  /** The trained model alone over the whole text, layout ignored. */
  static List<int[]> modelSplitWholeText(String text) {
    List<int[]> out = new ArrayList<>();
    for (Span span : new SentenceDetectorME(MODEL).sentPosDetect(text)) {
      out.add(new int[] {span.getStart(), span.getEnd()});
    }
    return out;
  }

  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        lines.add(new int[] {start, end});
      }
      start = end + 1;
    }
    return lines;
  }

  /** Gold boundaries missed and spurious boundaries, with context, for failure messages. */
  static Map<Integer, String> differences(String text, List<int[]> gold, List<int[]> predicted) {
    TreeSet<Integer> goldEnds = ends(text, gold);
    TreeSet<Integer> predictedEnds = ends(text, predicted);
    Map<Integer, String> out = new TreeMap<>();
    for (int end : goldEnds) {
      if (!predictedEnds.contains(end)) {
        out.put(end, "missed   ..." + context(text, end));
      }
    }
    for (int end : predictedEnds) {
      if (!goldEnds.contains(end)) {
        out.put(end, "spurious ..." + context(text, end));
      }
    }
    return out;
  }

  private static String context(String text, int at) {
    return text.substring(Math.max(0, at - 30), at)
        + "|"
        + text.substring(at, Math.min(text.length(), at + 20)).replace('\n', ' ');
  }
}
