package dev.storyweave.app.cli;

import dev.storyweave.app.bench.BenchCommand;
import dev.storyweave.app.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code storyweave} command; it only dispatches to subcommands. */
@Command(
    name = "storyweave",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a flood of news articles into one trustworthy, cited account per story.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      EntitiesCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class StoryweaveCommand implements Runnable {

  /** Exit code: every input was processed. */
  public static final int EXIT_OK = 0;

  /** Exit code: some inputs failed and were reported; the rest were processed. */
  public static final int EXIT_SOME_FAILED = 1;

  /** Exit code: the command line was wrong. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** A command line with Storyweave's exit-code conventions. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new StoryweaveCommand());
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("storyweave: " + e.getMessage());
          return EXIT_USAGE;
        });
    return cli;
  }
}
