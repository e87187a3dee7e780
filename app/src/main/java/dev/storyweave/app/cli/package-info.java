/** The {@code storyweave} command line: one picocli command class per subcommand. */
package dev.storyweave.app.cli;
