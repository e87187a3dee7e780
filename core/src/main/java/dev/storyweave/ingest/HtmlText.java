package dev.storyweave.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Plain text of an HTML element with its block structure kept: one paragraph per block element,
 * paragraphs separated by a blank line, whitespace inside a paragraph collapsed. Later stages split
 * sentences on this text, so a heading must not run into the paragraph after it.
 */
final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "table",
          "tr",
          "td",
          "th",
          "caption",
          "address",
          "hr",
          "form",
          "fieldset",
          "details",
          "summary",
          "body",
          "center",
          "nav");
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "object", "button");

  private HtmlText() {}

  /** The paragraphs of {@code root}, each non-blank, in document order. */
  static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (BLOCKS.contains(tag)) {
                flush(current, out);
              } else if (tag.equals("br")) {
                // pages that lay out paragraphs with <br><br> must not run them together
                flush(current, out);
              }
            } else if (node instanceof TextNode t) {
              current.append(t.getWholeText());
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush(current, out);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush(current, out);
    return out;
  }

  /** {@link #paragraphs} joined by blank lines. */
  static String text(Element root) {
    return String.join("\n\n", paragraphs(root));
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
    current.setLength(0);
  }
}
