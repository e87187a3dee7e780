package dev.storyweave.app.cli;

import dev.storyweave.briefing.ReportRenderer;
import dev.storyweave.model.Report;

/** The CLI's view of the briefing renderers, so commands do not depend on their details. */
final class ReportRendering {
  private ReportRendering() {}

  static String markdown(Report report) {
    return ReportRenderer.markdown(report);
  }

  static String html(Report report) {
    return ReportRenderer.html(report);
  }
}
