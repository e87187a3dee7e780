package dev.storyweave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help renders cleanly: picocli formats descriptions with printf, so a bare "%" in
 * a description makes it print warnings and raw format codes instead of the text.
 */
class HelpTextTest {

  @Test
  void everyCommandsHelpFormatsWithoutWarnings() {
    List<CommandLine> commands = new ArrayList<>();
    collect(StoryweaveCommand.commandLine(), commands);
    assertThat(commands).hasSizeGreaterThan(5);
    PrintStream err = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      for (CommandLine command : commands) {
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        command.usage(new PrintStream(usage, true, StandardCharsets.UTF_8));
        String text = usage.toString(StandardCharsets.UTF_8);
        assertThat(text).as(command.getCommandName()).contains("Usage:").doesNotContain("%n");
      }
    } finally {
      System.setErr(err);
    }
    assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }
}
