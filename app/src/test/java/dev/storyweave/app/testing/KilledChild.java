package dev.storyweave.app.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Crash tests: a child JVM that writes to a store is killed at a chosen point of its output. */
public final class KilledChild {

  private KilledChild() {}

  /**
   * Reads {@code child}'s standard output until its {@code count}-th line matching {@code line},
   * then kills it with SIGKILL (on Linux: no shutdown hooks, no finally blocks). Returns the
   * matches read, fewer than {@code count} when the child ended first.
   */
  public static List<MatchResult> killAfter(Process child, Pattern line, int count)
      throws IOException {
    List<MatchResult> matches = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String text;
      while ((text = out.readLine()) != null) {
        Matcher m = line.matcher(text);
        if (m.matches()) {
          matches.add(m.toMatchResult());
          if (matches.size() == count) {
            child.destroyForcibly();
            break;
          }
        }
      }
    }
    return matches;
  }
}
