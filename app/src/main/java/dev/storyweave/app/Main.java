package dev.storyweave.app;

import dev.storyweave.app.cli.StoryweaveCommand;

/** Entry point of the {@code storyweave} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(StoryweaveCommand.commandLine().execute(args));
  }
}
