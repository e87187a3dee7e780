package dev.storyweave.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storyweave.model.Inference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/*
 * An HTML page to an article: jsoup parses (it never fails on tag soup), readability4j (a port of
 * Mozilla's Readability, the algorithm behind Firefox's reader view) picks the main content, and
 * metadata comes from JSON-LD first (structured and explicit), then <meta> tags (Open Graph,
 * article:*, Dublin Core, common CMS names), then the text's own patterns.
 *
 * readability4j was checked on news-like pages with navigation, asides, comments and footers and
 * keeps the article paragraphs and drops the chrome. It flattens whitespace in its text output, so
 * we take its content element and lay out paragraphs ourselves (HtmlText). On very short pages it
 * can return too little or fail with a linkage or runtime error (it is compiled against an older
 * jsoup): then the JSON-LD articleBody, or else the page's <p> elements, are the text.
 */
final class HtmlExtractor {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "report",
          "scholarlyarticle");

  /** Fewest words of a page's main text: below this it is chrome (a footer, a cookie notice). */
  private static final int MIN_WORDS = 25;

  /** Readability resolves links against the page address and fails without a scheme. */
  private static final String NO_ADDRESS = "http://localhost/";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  private final TextPatterns patterns;

  HtmlExtractor(TextPatterns patterns) {
    this.patterns = patterns;
  }

  /**
   * Extracts the main text of a whole page and its metadata into {@code fields}; fields already
   * present there win.
   *
   * @throws InputException "no article text found in HTML" when nothing article-like is left
   */
  void extractPage(String html, String baseUri, ArticleDraft fields) throws InputException {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    JsonNode article = jsonLdArticle(doc);
    if (article != null) {
      jsonLd(article, fields);
    }
    meta(doc, fields);
    MainContent main = mainText(doc, baseUri);
    String text = main.text();
    if (wordCount(text) < MIN_WORDS && article != null && article.hasNonNull("articleBody")) {
      text = article.get("articleBody").asText();
    }
    if (wordCount(text) < MIN_WORDS) {
      text = HtmlText.text(paragraphsOnly(doc));
    }
    String byline = bylineText(main.byline());
    if (byline != null) {
      fields.offerByline(byline, Inference.TEXT_PATTERN);
    }
    if (main.byline() != null && main.byline().length() < 200) {
      DateParsing.findInText(main.byline())
          .ifPresent(d -> fields.offerPublished(d, Inference.TEXT_PATTERN));
    }
    finish(text, fields, MIN_WORDS);
  }

  /** The main content's text and the byline line readability set apart from it (or null). */
  private record MainContent(String text, String byline) {}

  private static final Pattern BYLINE_BREAK =
      Pattern.compile("\\s*(?:[·|•]|\\s-\\s|\\s{2,}|\\n).*$", Pattern.DOTALL);

  /** "By Jane Doe · 14 June 2031" gives "Jane Doe"; anything not name-like gives null. */
  static String bylineText(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().replaceFirst("(?i)^by\\s+", "");
    s = BYLINE_BREAK.matcher(s).replaceFirst("");
    s = s.replaceAll("[,;:]+$", "").strip();
    if (s.isEmpty() || s.length() > 100 || !Character.isUpperCase(s.codePointAt(0))) {
      return null;
    }
    if (s.matches(".*\\d.*") || s.split("\\s+").length > 12) {
      return null;
    }
    return s;
  }

  /**
   * Extracts the text of an HTML fragment that is already the article (a feed entry's content): no
   * main-content selection, since there is no page chrome to remove.
   */
  void extractFragment(String html, ArticleDraft fields) throws InputException {
    Document doc = Jsoup.parseBodyFragment(html);
    finish(HtmlText.text(doc.body()), fields, 1);
  }

  private void finish(String text, ArticleDraft fields, int minWords) throws InputException {
    String t = dropLeadingTitle(text, fields);
    if (wordCount(t) < minWords) {
      throw new InputException("no article text found in HTML");
    }
    String body = patterns.extract(t, fields, false);
    if (body == null || wordCount(body) < minWords) {
      throw new InputException("no article text found in HTML");
    }
    fields.text = body;
  }

  private static MainContent mainText(Document doc, String baseUri) {
    try {
      Article parsed =
          new Readability4JExtended(
                  baseUri == null || baseUri.isBlank() ? NO_ADDRESS : baseUri, doc.clone())
              .parse();
      Element content = parsed.getArticleContent();
      return new MainContent(content == null ? "" : HtmlText.text(content), parsed.getByline());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // readability4j is a fallible heuristic; the fallbacks below still find plain paragraphs
      return new MainContent("", null);
    }
  }

  private static Element paragraphsOnly(Document doc) {
    Element holder = new Element("div");
    Element scope = doc.selectFirst("article");
    if (scope == null) {
      scope = doc.body();
    }
    if (scope == null) {
      return holder;
    }
    for (Element p : scope.select("p, h2, h3, blockquote, li")) {
      if (p.parents().stream().anyMatch(e -> e.normalName().matches("nav|footer|aside|header"))) {
        continue;
      }
      holder.appendChild(p.clone());
    }
    return holder;
  }

  /** Drops a first paragraph that repeats the title, as readability keeps the headline. */
  private static String dropLeadingTitle(String text, ArticleDraft fields) {
    if (!fields.title.isPresent()) {
      return text;
    }
    String title = fields.title.value();
    int end = text.indexOf("\n\n");
    String first = end < 0 ? text : text.substring(0, end);
    if (first.strip().equalsIgnoreCase(title.strip())) {
      return end < 0 ? "" : text.substring(end + 2);
    }
    return text;
  }

  static int wordCount(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        JsonNode found = findArticle(node, 0);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // malformed JSON-LD is common on real pages; the meta tags are the fallback
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticleType(node.get("@type"))) {
      return node;
    }
    JsonNode found = findArticle(node.get("@graph"), depth + 1);
    return found != null ? found : findArticle(node.get("mainEntity"), depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText().toLowerCase(Locale.ROOT);
    t = t.substring(t.lastIndexOf('/') + 1);
    return ARTICLE_TYPES.contains(t);
  }

  private static void jsonLd(JsonNode a, ArticleDraft fields) {
    fields.offerTitle(text(a.get("headline")), Inference.JSON_LD);
    fields.offerTitle(text(a.get("name")), Inference.JSON_LD);
    fields.offerOutlet(name(a.get("publisher")), Inference.JSON_LD);
    fields.offerByline(names(a.get("author")), Inference.JSON_LD);
    fields.offerDateline(text(a.get("dateline")), Inference.JSON_LD);
    for (String key : List.of("datePublished", "dateCreated", "uploadDate")) {
      DateParsing.parseField(text(a.get(key)))
          .ifPresent(d -> fields.offerPublished(d, Inference.JSON_LD));
    }
    fields.offerLanguage(text(a.get("inLanguage")), Inference.JSON_LD);
    String url = text(a.get("url"));
    if (url != null && url.startsWith("http")) {
      fields.offerUrl(url);
    }
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return n.has("name") ? text(n.get("name")) : n.has("@value") ? text(n.get("@value")) : null;
    }
    String s = n.asText();
    return s.isBlank() ? null : s;
  }

  private static String name(JsonNode n) {
    return text(n);
  }

  private static String names(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isArray()) {
      String s = text(n);
      return s == null || s.startsWith("http") ? null : s;
    }
    List<String> all = new ArrayList<>();
    for (JsonNode item : n) {
      String s = text(item);
      if (s != null && !s.startsWith("http") && !all.contains(s)) {
        all.add(s);
      }
    }
    return all.isEmpty() ? null : String.join(", ", all);
  }

  private static void meta(Document doc, ArticleDraft fields) {
    for (String key : List.of("og:title", "twitter:title", "title", "headline", "dc.title")) {
      fields.offerTitle(meta(doc, key), Inference.META);
    }
    String siteName = meta(doc, "og:site_name");
    fields.offerOutlet(siteName, Inference.META);
    for (String key :
        List.of("application-name", "publisher", "dc.publisher", "cxenseparse:site")) {
      fields.offerOutlet(meta(doc, key), Inference.META);
    }
    for (String key :
        List.of(
            "author",
            "article:author",
            "byl",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
            "twitter:creator")) {
      String value = meta(doc, key);
      if (value != null && !value.startsWith("http") && !value.startsWith("@")) {
        fields.offerByline(value.replaceFirst("(?i)^by\\s+", ""), Inference.META);
      }
    }
    for (String key :
        List.of(
            "article:published_time",
            "og:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "dcterms.date",
            "parsely-pub-date",
            "sailthru.date",
            "article.published")) {
      DateParsing.parseField(meta(doc, key))
          .ifPresent(d -> fields.offerPublished(d, Inference.META));
    }
    Element time = doc.selectFirst("time[datetime][pubdate], time[itemprop=datePublished]");
    if (time != null) {
      DateParsing.parseField(time.attr("datetime"))
          .ifPresent(d -> fields.offerPublished(d, Inference.META));
    }
    Element html = doc.selectFirst("html[lang]");
    if (html != null) {
      fields.offerLanguage(html.attr("lang"), Inference.META);
    }
    for (String key : List.of("content-language", "og:locale", "dc.language", "language")) {
      fields.offerLanguage(meta(doc, key), Inference.META);
    }
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && canonical.absUrl("href").startsWith("http")) {
      fields.offerUrl(canonical.absUrl("href"));
    }
    String ogUrl = meta(doc, "og:url");
    if (ogUrl != null && ogUrl.startsWith("http")) {
      fields.offerUrl(ogUrl);
    }
    Element titleTag = doc.selectFirst("head > title, title");
    if (titleTag != null && !fields.title.isPresent()) {
      fields.offerTitle(withoutSiteSuffix(titleTag.text(), siteName), Inference.META);
    }
    if (!fields.title.isPresent()) {
      Element h1 = doc.selectFirst("article h1, h1");
      if (h1 != null) {
        fields.offerTitle(h1.text(), Inference.TEXT_PATTERN);
      }
    }
  }

  /** The content of the first meta tag whose name, property, itemprop or http-equiv is key. */
  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
        if (m.attr(attr).equalsIgnoreCase(key)) {
          String content = m.attr("content").strip();
          if (!content.isEmpty()) {
            return content;
          }
        }
      }
    }
    return null;
  }

  /**
   * "Headline | Site" and "Headline - Site" lose the site part: when it is the page's site name or
   * a known outlet, or a short tail after a bar.
   */
  static String withoutSiteSuffix(String title, String siteName) {
    String t = title.strip();
    for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
      int at = t.lastIndexOf(sep);
      if (at > 0) {
        String tail = t.substring(at + sep.length()).strip();
        // a dash may join two halves of a headline ("Rates rise - again"), a bar rarely does
        boolean isSite =
            (siteName != null && tail.equalsIgnoreCase(siteName.strip()))
                || OutletGazetteer.shared().canonical(tail).isPresent()
                || (sep.equals(" | ") && tail.split("\\s+").length <= 4 && at >= tail.length());
        if (isSite) {
          return t.substring(0, at).strip();
        }
      }
    }
    return t;
  }
}
