package dev.storyweave.app.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code storyweave eval TASK}: each task reads a corpus, prints its metrics next to baselines and
 * ends with one machine-readable line {@code <task>: key=value ...}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score Storyweave on a public evaluation corpus.",
    subcommands = {
      ClusteringEval.class,
      EntitiesEval.class,
      ProvenanceEval.class,
      QualityEval.class,
      QuotesEval.class,
      StoreEntitiesEval.class,
      SummariesEval.class,
      CommandLine.HelpCommand.class
    })
public final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "an eval task is required");
  }
}
