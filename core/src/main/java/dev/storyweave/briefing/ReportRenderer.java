package dev.storyweave.briefing;

import dev.storyweave.model.Claim;
import dev.storyweave.model.ClaimStatus;
import dev.storyweave.model.Conflict;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.Entity;
import dev.storyweave.model.Inference;
import dev.storyweave.model.IngestError;
import dev.storyweave.model.KeyPoint;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Quote;
import dev.storyweave.model.Report;
import dev.storyweave.model.ReportArticle;
import dev.storyweave.model.Story;
import dev.storyweave.model.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/*
 * Both renderings walk the same outline (stories first, then the articles with all their metadata,
 * the ingest errors, and an appendix of cited passages) so a reader can move between them. Every
 * citation is a link to an anchor in the appendix that quotes the cited span verbatim, with its
 * article and offsets: the reader checks a statement against its source without leaving the page.
 * Passages are numbered in order of first citation and keyed by (article, start, end), so a span
 * cited by a key point and by a claim gets one anchor. Independence of the two sides of a
 * disagreement is recomputed from the story's derivations (articles joined by a provenance edge are
 * one source), so the renderer needs nothing beyond the Report.
 *
 * All text from articles is hostile: HTML goes through jsoup's escaper (which also escapes quotes,
 * so the same function serves attribute values), Markdown through a backslash escaper plus HTML
 * escaping of angle brackets and ampersands, since Markdown renderers pass raw HTML through.
 */
/**
 * Renders a {@link Report} as Markdown or as a standalone, printable HTML page.
 *
 * <p>Both outputs contain, per story: headline, key points with citations, timeline, who's who,
 * notable quotes, claims and where sources disagree, coverage (outlets and which articles are
 * copies of which); then every article with its metadata and how each field was inferred, its
 * quality, the ingest errors, and an appendix quoting every cited passage under an anchor that the
 * citations link to. Stateless and thread-safe; never throws on odd report content.
 */
public final class ReportRenderer {

  private ReportRenderer() {}

  /** The report as GitHub-flavoured Markdown; citation links point at anchors in its appendix. */
  public static String markdown(Report report) {
    return markdown(report, Map.of());
  }

  /**
   * The report as Markdown, with each story's conflicts (by story id; else the story's own
   * disagreements) shown with their reasons and the exact sentences on each side; a story with
   * neither shows the claims that conflict.
   */
  public static String markdown(Report report, Map<String, List<Conflict>> conflicts) {
    Objects.requireNonNull(report, "report");
    return new Markdown(report, conflicts == null ? Map.of() : conflicts).render();
  }

  /** The report as one HTML document with inline CSS and a print stylesheet. */
  public static String html(Report report) {
    return html(report, Map.of());
  }

  /**
   * The report as HTML, with each story's conflicts (by story id) as in {@link #markdown(Report,
   * Map)}.
   */
  public static String html(Report report, Map<String, List<Conflict>> conflicts) {
    Objects.requireNonNull(report, "report");
    return new Html(report, conflicts == null ? Map.of() : conflicts).render();
  }

  /** One disagreement as shown: both sides' text and spans, why they clash, independence. */
  record Disagreement(
      String reason,
      String leftText,
      List<Mention> leftSpans,
      List<String> leftArticles,
      String rightText,
      List<Mention> rightSpans,
      List<String> rightArticles,
      boolean independent) {}

  static List<Disagreement> disagreements(Story story, List<Conflict> conflicts) {
    List<Disagreement> out = new ArrayList<>();
    List<Conflict> given =
        conflicts != null && !conflicts.isEmpty() ? conflicts : story.disagreements();
    if (!given.isEmpty()) {
      for (Conflict c : given) {
        out.add(
            new Disagreement(
                c.reason(),
                c.spans().get(0).text(),
                c.spans(),
                articlesOf(c.spans()),
                c.otherSpans().get(0).text(),
                c.otherSpans(),
                articlesOf(c.otherSpans()),
                c.independent()));
      }
      return out;
    }
    Map<String, String> groups = sourceGroups(story);
    for (int[] pair : disagreements(story)) {
      Claim a = story.claims().get(pair[0]);
      Claim b = story.claims().get(pair[1]);
      out.add(
          new Disagreement(
              null,
              a.text(),
              a.spans(),
              a.articles(),
              b.text(),
              b.spans(),
              b.articles(),
              independent(groups, a.articles(), b.articles())));
    }
    return out;
  }

  private static List<String> articlesOf(List<Mention> spans) {
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : spans) {
      ids.add(m.article());
    }
    return new ArrayList<>(ids);
  }

  /** Anchor ids of passages and articles shared by both renderings. */
  private static final class Anchors {
    final Map<String, ReportArticle> articles = new LinkedHashMap<>();
    final Map<String, String> articleAnchors = new HashMap<>();
    final Map<PassageKey, String> passages = new LinkedHashMap<>();
    final Map<PassageKey, Mention> passageMentions = new LinkedHashMap<>();

    Anchors(Report report) {
      int i = 0;
      for (ReportArticle a : report.articles()) {
        articles.putIfAbsent(a.id(), a);
        articleAnchors.putIfAbsent(a.id(), "article-" + (++i));
      }
    }

    String passage(Mention m) {
      PassageKey key = new PassageKey(m.article(), m.start(), m.end());
      passageMentions.putIfAbsent(key, m);
      return passages.computeIfAbsent(key, k -> "p" + (passages.size() + 1));
    }

    String article(String id) {
      return articleAnchors.get(id);
    }
  }

  private record PassageKey(String article, int start, int end) {}

  /** Union-find over derivation edges: articles joined by provenance count once. */
  static Map<String, String> sourceGroups(Story story) {
    Map<String, String> parent = new HashMap<>();
    for (String a : story.articles()) {
      parent.put(a, a);
    }
    for (Derivation d : story.derivations()) {
      parent.putIfAbsent(d.copy(), d.copy());
      parent.putIfAbsent(d.source(), d.source());
      String x = find(parent, d.copy());
      String y = find(parent, d.source());
      if (!x.equals(y)) {
        parent.put(x, y);
      }
    }
    Map<String, String> groups = new HashMap<>();
    for (String a : parent.keySet()) {
      groups.put(a, find(parent, a));
    }
    return groups;
  }

  private static String find(Map<String, String> parent, String a) {
    String root = a;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }

  static boolean independent(Map<String, String> groups, List<String> left, List<String> right) {
    Set<String> leftGroups = new LinkedHashSet<>();
    for (String a : left) {
      leftGroups.add(groups.getOrDefault(a, a));
    }
    for (String a : right) {
      if (leftGroups.contains(groups.getOrDefault(a, a))) {
        return false;
      }
    }
    return true;
  }

  /** Conflicting claim pairs (i < j) of a story, each once. */
  static List<int[]> disagreements(Story story) {
    List<int[]> pairs = new ArrayList<>();
    List<Claim> claims = story.claims();
    for (int i = 0; i < claims.size(); i++) {
      for (int j : claims.get(i).conflictsWith()) {
        boolean mutual = j >= 0 && j < claims.size();
        if (mutual && (i < j || !claims.get(j).conflictsWith().contains(i))) {
          pairs.add(new int[] {Math.min(i, j), Math.max(i, j)});
        }
      }
    }
    return pairs;
  }

  static List<Entity> whosWho(Story story) {
    List<Entity> entities = new ArrayList<>(story.entities());
    entities.sort(
        Comparator.comparingInt(ReportRenderer::whoFirst)
            .thenComparingInt(e -> -e.mentions().size())
            .thenComparing(Entity::name));
    return entities;
  }

  /** People first, then organisations, then places and the rest: who's who is about actors. */
  static int whoFirst(Entity e) {
    if (e.type() == null) {
      return 3;
    }
    return switch (e.type()) {
      case PERSON -> 0;
      case ORGANIZATION -> 1;
      case PLACE -> 2;
      default -> 3;
    };
  }

  static List<String> variants(Entity e) {
    Set<String> variants = new LinkedHashSet<>();
    for (Mention m : e.mentions()) {
      if (!m.text().equals(e.name())) {
        variants.add(m.text());
      }
    }
    return new ArrayList<>(variants);
  }

  private static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }

  private static String orDash(Object value) {
    return value == null ? "—" : value.toString();
  }

  private static String inferred(ReportArticle a, String field) {
    Inference how = a.inferredBy().get(field);
    return how == null ? "" : how.label();
  }

  private static final String[] METADATA_FIELDS = {
    "title", "outlet", "byline", "dateline", "published", "language"
  };

  private static Object field(ReportArticle a, String name) {
    return switch (name) {
      case "title" -> a.title();
      case "outlet" -> a.outlet();
      case "byline" -> a.byline();
      case "dateline" -> a.dateline();
      case "published" -> a.published();
      case "language" -> a.language();
      default -> throw new IllegalArgumentException("unknown metadata field: " + name);
    };
  }

  /** Name, value and how-inferred of each metadata row shown for an article. */
  private static List<String[]> metadataRows(ReportArticle a) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", a.id(), ""});
    for (String f : METADATA_FIELDS) {
      rows.add(new String[] {f, orDash(field(a, f)), inferred(a, f)});
    }
    rows.add(new String[] {"origin", a.origin(), ""});
    if (a.url() != null) {
      rows.add(new String[] {"url", a.url(), ""});
    }
    Quality q = a.quality();
    if (q != null) {
      rows.add(
          new String[] {
            "quality",
            String.format(Locale.ROOT, "%.2f", q.score())
                + (q.machineTranslated() ? " — reads as machine-translated or garbled" : ""),
            String.join("; ", q.evidence())
          });
    }
    return rows;
  }

  /** The story's article ids by outlet, outlets sorted by name. */
  private static Map<String, List<String>> byOutlet(Story story, Anchors anchors) {
    Map<String, List<String>> byOutlet = new TreeMap<>();
    for (String id : story.articles()) {
      ReportArticle a = anchors.articles.get(id);
      String outlet = a == null || a.outlet() == null ? "unknown outlet" : a.outlet();
      byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(id);
    }
    return byOutlet;
  }

  /**
   * One link per cited span, then one per cited article that no span covers, in the format's own
   * link syntax.
   */
  private static List<String> citeLinks(
      List<Mention> spans,
      List<String> articles,
      Function<Mention, String> passageLink,
      Function<String, String> articleLink) {
    Set<String> covered = new LinkedHashSet<>();
    List<String> links = new ArrayList<>();
    for (Mention m : spans) {
      covered.add(m.article());
      links.add(passageLink.apply(m));
    }
    for (String a : articles) {
      if (covered.add(a)) {
        links.add(articleLink.apply(a));
      }
    }
    return links;
  }

  private static String statusLabel(Claim c) {
    ClaimStatus status = c.status();
    return status == null ? "unknown" : status.label();
  }

  // ---------------------------------------------------------------------------------------------

  private static final class Html {
    private final Report report;
    private final Map<String, List<Conflict>> conflicts;
    private final Anchors anchors;
    private final StringBuilder out = new StringBuilder(16_384);

    Html(Report report, Map<String, List<Conflict>> conflicts) {
      this.report = report;
      this.conflicts = conflicts;
      this.anchors = new Anchors(report);
    }

    static String esc(String s) {
      return s == null ? "" : Entities.escape(s);
    }

    String render() {
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>")
          .append(esc(title()))
          .append("</title>\n<style>\n")
          .append(CSS)
          .append("</style>\n</head>\n<body>\n<main>\n<h1>Storyweave report</h1>\n");
      out.append("<p class=\"summary\">")
          .append(report.stories().size())
          .append(" stories from ")
          .append(report.articles().size())
          .append(" articles; ")
          .append(report.errors().size())
          .append(" inputs failed.</p>\n");
      int n = 0;
      for (Story story : report.stories()) {
        story(story, ++n);
      }
      articles();
      errors();
      appendix();
      out.append("</main>\n</body>\n</html>\n");
      return out.toString();
    }

    private String title() {
      if (report.stories().size() == 1 && report.stories().get(0).headline() != null) {
        return "Storyweave: " + report.stories().get(0).headline();
      }
      return "Storyweave report";
    }

    private void story(Story story, int n) {
      out.append("<section class=\"story\" id=\"story-").append(n).append("\">\n<h2>");
      out.append(esc(story.headline() == null ? "Story " + story.id() : story.headline()));
      out.append("</h2>\n<p class=\"meta\">Story ")
          .append(esc(story.id()))
          .append(" · ")
          .append(story.articles().size())
          .append(" articles</p>\n");

      if (!story.keyPoints().isEmpty()) {
        out.append("<h3>Key points</h3>\n<ol class=\"key-points\">\n");
        for (KeyPoint k : story.keyPoints()) {
          out.append("<li>").append(esc(k.text())).append(' ');
          cite(k.spans(), k.articles());
          out.append("</li>\n");
        }
        out.append("</ol>\n");
      }

      if (!story.timeline().isEmpty()) {
        out.append("<h3>Timeline</h3>\n<table class=\"timeline\">\n");
        out.append("<thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead>\n");
        out.append("<tbody>\n");
        for (TimelineEvent e : story.timeline()) {
          out.append("<tr><td class=\"date\">")
              .append(esc(orDash(e.date())))
              .append("</td><td>")
              .append(esc(e.text()))
              .append("</td><td>");
          cite(e.spans(), e.articles());
          out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
      }

      if (!story.entities().isEmpty()) {
        out.append("<h3>Who's who</h3>\n<dl class=\"whos-who\">\n");
        for (Entity e : whosWho(story)) {
          out.append("<dt>").append(esc(e.name()));
          out.append(" <span class=\"type\">")
              .append(esc(e.type() == null ? "" : e.type().label()))
              .append("</span></dt>\n<dd>");
          if (!e.roles().isEmpty()) {
            out.append(esc(String.join("; ", e.roles()))).append(". ");
          }
          out.append(e.mentions().size()).append(" mentions");
          List<String> variants = variants(e);
          if (!variants.isEmpty()) {
            out.append("; also written ").append(esc(String.join(", ", variants)));
          }
          out.append(".</dd>\n");
        }
        out.append("</dl>\n");
      }

      if (!story.quotes().isEmpty()) {
        out.append("<h3>Notable quotes</h3>\n");
        for (Quote q : story.quotes()) {
          out.append("<blockquote class=\"quote\"><p>“")
              .append(esc(q.text()))
              .append("”</p><footer>— ")
              .append(esc(q.speaker() == null ? "unattributed" : q.speaker()));
          if (!q.variants().isEmpty()) {
            out.append(" (").append(q.variants().size()).append(" other wordings)");
          }
          out.append(' ');
          cite(q.spans(), q.articles());
          out.append("</footer></blockquote>\n");
        }
      }

      List<Disagreement> disagreements = disagreements(story, conflicts.get(story.id()));
      if (!disagreements.isEmpty()) {
        out.append("<h3>Where sources disagree</h3>\n<ul class=\"disagreements\">\n");
        for (Disagreement d : disagreements) {
          out.append("<li>");
          if (d.reason() != null) {
            out.append("<p class=\"reason\">").append(esc(d.reason())).append("</p>");
          }
          out.append("<p>").append(esc(d.leftText())).append(' ');
          cite(d.leftSpans(), d.leftArticles());
          out.append("</p><p class=\"versus\">versus</p><p>")
              .append(esc(d.rightText()))
              .append(' ');
          cite(d.rightSpans(), d.rightArticles());
          out.append("</p><p class=\"meta\">")
              .append(
                  d.independent()
                      ? "The two sides are independent sources."
                      : "The two sides are not independent: one derives from the other.")
              .append("</p></li>\n");
        }
        out.append("</ul>\n");
      }

      if (!story.claims().isEmpty()) {
        out.append("<h3>Claims</h3>\n<table class=\"claims\">\n<thead><tr><th>#</th>")
            .append("<th>Claim</th><th>Status</th><th>Independent sources</th>")
            .append("<th>Conflicts with</th></tr></thead>\n<tbody>\n");
        int i = 0;
        for (Claim c : story.claims()) {
          String status = statusLabel(c);
          out.append("<tr id=\"story-")
              .append(n)
              .append("-claim-")
              .append(i)
              .append("\"><td>")
              .append(i)
              .append("</td><td>")
              .append(esc(c.text()))
              .append(' ');
          cite(c.spans(), c.articles());
          out.append("</td><td><span class=\"status ")
              .append(esc(status))
              .append("\">")
              .append(esc(status))
              .append("</span></td><td>")
              .append(c.independentSources())
              .append(" of ")
              .append(c.articles().size())
              .append(" articles</td><td>");
          List<String> links = new ArrayList<>();
          for (int j : c.conflictsWith()) {
            if (j >= 0 && j < story.claims().size()) {
              links.add("<a href=\"#story-" + n + "-claim-" + j + "\">" + j + "</a>");
            }
          }
          out.append(String.join(", ", links)).append("</td></tr>\n");
          i++;
        }
        out.append("</tbody></table>\n");
      }

      coverage(story);
      out.append("</section>\n");
    }

    private void coverage(Story story) {
      out.append("<h3>Coverage</h3>\n<ul class=\"coverage\">\n");
      for (Map.Entry<String, List<String>> e : byOutlet(story, anchors).entrySet()) {
        out.append("<li>").append(esc(e.getKey())).append(": ");
        List<String> links = new ArrayList<>();
        for (String id : e.getValue()) {
          links.add(articleLink(id));
        }
        out.append(String.join(", ", links)).append("</li>\n");
      }
      out.append("</ul>\n");
      if (!story.derivations().isEmpty()) {
        out.append("<ul class=\"derivations\">\n");
        for (Derivation d : story.derivations()) {
          out.append("<li>")
              .append(articleLink(d.copy()))
              .append(" is a ")
              .append(esc(d.kind() == null ? "copy" : d.kind().label()))
              .append(" of ")
              .append(articleLink(d.source()))
              .append(" (")
              .append(percent(d.shared()))
              .append(" of its text aligned)</li>\n");
        }
        out.append("</ul>\n");
      }
    }

    private String articleLink(String id) {
      String anchor = anchors.article(id);
      if (anchor == null) {
        return "<span class=\"article-id\">" + esc(id) + "</span>";
      }
      return "<a class=\"article-id\" href=\"#" + anchor + "\">" + esc(id) + "</a>";
    }

    /** Links to each cited span; articles cited without a span link to the article entry. */
    private void cite(List<Mention> spans, List<String> articles) {
      List<String> links =
          citeLinks(
              spans,
              articles,
              m ->
                  "<a class=\"cite\" href=\"#"
                      + anchors.passage(m)
                      + "\" title=\""
                      + esc(m.article() + " " + m.start() + "–" + m.end())
                      + "\">"
                      + esc(m.article())
                      + "</a>",
              this::articleLink);
      if (!links.isEmpty()) {
        out.append("<span class=\"cites\">[").append(String.join(", ", links)).append("]</span>");
      }
    }

    private void articles() {
      out.append("<section class=\"articles\">\n<h2>Articles</h2>\n");
      for (ReportArticle a : report.articles()) {
        out.append("<article class=\"source\" id=\"")
            .append(anchors.article(a.id()))
            .append("\">\n<h3>")
            .append(esc(a.title() == null ? a.id() : a.title()))
            .append("</h3>\n<table class=\"metadata\">\n");
        for (String[] r : metadataRows(a)) {
          row(r[0], r[1], r[2]);
        }
        out.append("</table>\n</article>\n");
      }
      out.append("</section>\n");
    }

    private void row(String name, String value, String how) {
      out.append("<tr><th>")
          .append(esc(name))
          .append("</th><td>")
          .append(esc(value))
          .append("</td><td class=\"how\">")
          .append(esc(how))
          .append("</td></tr>\n");
    }

    private void errors() {
      out.append("<section class=\"errors\">\n<h2>Errors</h2>\n");
      if (report.errors().isEmpty()) {
        out.append("<p>None.</p>\n");
      } else {
        out.append("<ul>\n");
        for (IngestError e : report.errors()) {
          out.append("<li><code>")
              .append(esc(e.input()))
              .append("</code>: ")
              .append(esc(e.message()))
              .append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</section>\n");
    }

    private void appendix() {
      out.append("<section class=\"appendix\">\n<h2>Cited passages</h2>\n");
      for (Map.Entry<PassageKey, String> e : anchors.passages.entrySet()) {
        Mention m = anchors.passageMentions.get(e.getKey());
        ReportArticle a = anchors.articles.get(m.article());
        out.append("<blockquote class=\"passage\" id=\"")
            .append(e.getValue())
            .append("\"><p>")
            .append(esc(m.text()))
            .append("</p><footer>")
            .append(articleLink(m.article()));
        if (a != null && a.outlet() != null) {
          out.append(", ").append(esc(a.outlet()));
        }
        out.append(", characters ").append(m.start()).append("–").append(m.end());
        out.append("</footer></blockquote>\n");
      }
      out.append("</section>\n");
    }

    private static final String CSS =
        """
        body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #222; margin: 0; }
        main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
        h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.2; }
        h2 { border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2.5rem; }
        .meta, .summary, footer, .how, .type { color: #666; font-size: .9em; }
        .cites { font-size: .8em; white-space: nowrap; }
        a { color: #1a4f8b; }
        a.cite { text-decoration: none; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left;
                 vertical-align: top; }
        td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        blockquote { margin: .8rem 0; padding: .2rem 1rem; border-left: 3px solid #bbb; }
        blockquote.passage:target { background: #fff4c2; }
        .status { padding: 0 .4em; border-radius: .3em; font-size: .85em; white-space: nowrap; }
        .status.corroborated { background: #dff0d8; }
        .status.single-source { background: #eee; }
        .status.disputed { background: #f8d7da; }
        .versus { font-style: italic; color: #a33; margin: .2rem 0; }
        .reason { font-weight: bold; margin-bottom: .2rem; }
        ul.disagreements > li { margin-bottom: 1rem; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          section.story, section.articles, section.appendix { break-before: page; }
          section.story:first-of-type { break-before: auto; }
          table, blockquote, li { break-inside: avoid; }
          blockquote.passage:target { background: none; }
        }
        """;
  }

  // ---------------------------------------------------------------------------------------------

  private static final class Markdown {
    private final Report report;
    private final Map<String, List<Conflict>> conflicts;
    private final Anchors anchors;
    private final StringBuilder out = new StringBuilder(16_384);

    Markdown(Report report, Map<String, List<Conflict>> conflicts) {
      this.report = report;
      this.conflicts = conflicts;
      this.anchors = new Anchors(report);
    }

    /** Text safe in a Markdown paragraph or table cell, on one line. */
    static String esc(String s) {
      if (s == null) {
        return "";
      }
      StringBuilder b = new StringBuilder(s.length() + 8);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '&' -> b.append("&amp;");
          case '<' -> b.append("&lt;");
          case '>' -> b.append("&gt;");
          case '\n', '\r', '\t' -> b.append(' ');
          case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '~', '{', '}' ->
              b.append('\\').append(c);
          default -> b.append(c);
        }
      }
      // A line that starts with a list or heading marker would change the block structure.
      String result = b.toString();
      if (!result.isEmpty() && "-+=>".indexOf(result.charAt(0)) >= 0) {
        result = "\\" + result;
      }
      if (result.matches("^\\d+\\.(\\s.*)?")) {
        result = result.replaceFirst("\\.", "\\\\.");
      }
      return result;
    }

    String render() {
      out.append("# Storyweave report\n\n")
          .append(report.stories().size())
          .append(" stories from ")
          .append(report.articles().size())
          .append(" articles; ")
          .append(report.errors().size())
          .append(" inputs failed.\n\n");
      for (Story story : report.stories()) {
        story(story);
      }
      articles();
      errors();
      appendix();
      return out.toString();
    }

    private void story(Story story) {
      out.append("## ")
          .append(esc(story.headline() == null ? "Story " + story.id() : story.headline()))
          .append("\n\nStory ")
          .append(esc(story.id()))
          .append(" · ")
          .append(story.articles().size())
          .append(" articles\n\n");
      if (!story.keyPoints().isEmpty()) {
        out.append("### Key points\n\n");
        int i = 0;
        for (KeyPoint k : story.keyPoints()) {
          out.append(++i).append(". ").append(esc(k.text())).append(' ');
          cite(k.spans(), k.articles());
          out.append('\n');
        }
        out.append('\n');
      }
      if (!story.timeline().isEmpty()) {
        out.append("### Timeline\n\n| Date | Event | Sources |\n|---|---|---|\n");
        for (TimelineEvent e : story.timeline()) {
          out.append("| ")
              .append(esc(orDash(e.date())))
              .append(" | ")
              .append(esc(e.text()))
              .append(" | ");
          cite(e.spans(), e.articles());
          out.append(" |\n");
        }
        out.append('\n');
      }
      if (!story.entities().isEmpty()) {
        out.append("### Who's who\n\n");
        for (Entity e : whosWho(story)) {
          out.append("- **")
              .append(esc(e.name()))
              .append("** (")
              .append(esc(e.type() == null ? "" : e.type().label()))
              .append(")");
          if (!e.roles().isEmpty()) {
            out.append(": ").append(esc(String.join("; ", e.roles())));
          }
          out.append(" — ").append(e.mentions().size()).append(" mentions");
          List<String> variants = variants(e);
          if (!variants.isEmpty()) {
            out.append("; also written ").append(esc(String.join(", ", variants)));
          }
          out.append('\n');
        }
        out.append('\n');
      }
      if (!story.quotes().isEmpty()) {
        out.append("### Notable quotes\n\n");
        for (Quote q : story.quotes()) {
          out.append("> “")
              .append(esc(q.text()))
              .append("” — ")
              .append(esc(q.speaker() == null ? "unattributed" : q.speaker()))
              .append(' ');
          cite(q.spans(), q.articles());
          out.append("\n\n");
        }
      }
      List<Disagreement> disagreements = disagreements(story, conflicts.get(story.id()));
      if (!disagreements.isEmpty()) {
        out.append("### Where sources disagree\n\n");
        for (Disagreement d : disagreements) {
          out.append("- ");
          if (d.reason() != null) {
            out.append("**").append(esc(d.reason())).append("**: ");
          }
          out.append(esc(d.leftText())).append(' ');
          cite(d.leftSpans(), d.leftArticles());
          out.append("\n  *versus* ").append(esc(d.rightText())).append(' ');
          cite(d.rightSpans(), d.rightArticles());
          out.append("\n  (")
              .append(
                  d.independent()
                      ? "independent sources"
                      : "not independent: one derives from the other")
              .append(")\n");
        }
        out.append('\n');
      }
      if (!story.claims().isEmpty()) {
        out.append("### Claims\n\n| # | Claim | Status | Independent sources | Conflicts with |\n")
            .append("|---|---|---|---|---|\n");
        int i = 0;
        for (Claim c : story.claims()) {
          out.append("| ").append(i++).append(" | ").append(esc(c.text())).append(' ');
          cite(c.spans(), c.articles());
          out.append(" | ")
              .append(statusLabel(c))
              .append(" | ")
              .append(c.independentSources())
              .append(" of ")
              .append(c.articles().size())
              .append(" | ");
          List<String> conflicts = new ArrayList<>();
          for (int j : c.conflictsWith()) {
            conflicts.add(Integer.toString(j));
          }
          out.append(String.join(", ", conflicts)).append(" |\n");
        }
        out.append('\n');
      }
      out.append("### Coverage\n\n");
      for (Map.Entry<String, List<String>> e : byOutlet(story, anchors).entrySet()) {
        List<String> links = new ArrayList<>();
        for (String id : e.getValue()) {
          links.add(articleLink(id));
        }
        out.append("- ")
            .append(esc(e.getKey()))
            .append(": ")
            .append(String.join(", ", links))
            .append('\n');
      }
      for (Derivation d : story.derivations()) {
        out.append("- ")
            .append(articleLink(d.copy()))
            .append(" is a ")
            .append(esc(d.kind() == null ? "copy" : d.kind().label()))
            .append(" of ")
            .append(articleLink(d.source()))
            .append(" (")
            .append(percent(d.shared()))
            .append(" of its text aligned)\n");
      }
      out.append('\n');
    }

    private String articleLink(String id) {
      String anchor = anchors.article(id);
      return anchor == null ? esc(id) : "[" + esc(id) + "](#" + anchor + ")";
    }

    private void cite(List<Mention> spans, List<String> articles) {
      List<String> links =
          citeLinks(
              spans,
              articles,
              m -> "[" + esc(m.article()) + "](#" + anchors.passage(m) + ")",
              this::articleLink);
      if (!links.isEmpty()) {
        out.append("\\[").append(String.join(", ", links)).append("\\]");
      }
    }

    private void articles() {
      out.append("## Articles\n\n");
      for (ReportArticle a : report.articles()) {
        out.append("<a id=\"")
            .append(anchors.article(a.id()))
            .append("\"></a>\n### ")
            .append(esc(a.title() == null ? a.id() : a.title()))
            .append("\n\n| field | value | inferred from |\n|---|---|---|\n");
        for (String[] r : metadataRows(a)) {
          row(r[0], r[1], r[2]);
        }
        out.append('\n');
      }
    }

    private void row(String name, String value, String how) {
      out.append("| ")
          .append(esc(name))
          .append(" | ")
          .append(esc(value))
          .append(" | ")
          .append(esc(how))
          .append(" |\n");
    }

    private void errors() {
      out.append("## Errors\n\n");
      if (report.errors().isEmpty()) {
        out.append("None.\n\n");
        return;
      }
      for (IngestError e : report.errors()) {
        out.append("- ").append(esc(e.input())).append(": ").append(esc(e.message())).append('\n');
      }
      out.append('\n');
    }

    private void appendix() {
      out.append("## Cited passages\n\n");
      for (Map.Entry<PassageKey, String> e : anchors.passages.entrySet()) {
        Mention m = anchors.passageMentions.get(e.getKey());
        out.append("<a id=\"")
            .append(e.getValue())
            .append("\"></a>\n> ")
            .append(esc(m.text()))
            .append("\n>\n> — ")
            .append(articleLink(m.article()))
            .append(", characters ")
            .append(m.start())
            .append("–")
            .append(m.end())
            .append("\n\n");
      }
    }
  }
}
