package dev.storyweave.ingest;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import dev.storyweave.model.Inference;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/*
 * RSS 0.9x/1.0/2.0 and Atom feeds, parsed by Rome. Each entry with content becomes an article;
 * an entry that only links (no content, at most a short teaser) is fetched like a URL, with the
 * feed's title, date and author kept over what the page says.
 *
 * XML security: a feed never needs a DTD, so any DOCTYPE or ENTITY declaration is refused before
 * parsing (no external entity is ever resolved, and entity expansion bombs never start), and Rome's
 * SAX parser is also configured to refuse DOCTYPEs and never load external entities or DTDs, in
 * case a declaration hides from the textual check (say, behind an unusual encoding).
 *
 * Dates: Rome gives a java.util.Date, which loses the offset the feed wrote, and a late-evening
 * story in New York would move to the next day in UTC. So the document is parsed once with the
 * secured parser, the entries' date elements are read as written (the date in the feed's own
 * offset), and the JDOM document is handed to Rome; Rome's instant in UTC is only the fallback.
 */
final class FeedReader {

  static final String REFUSED = "feed declares a DOCTYPE / external entity: refused";
  private static final Pattern DECLARATION =
      Pattern.compile("<!\\s*(?:DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
  private static final int TEASER_WORDS = 30;

  private final IngestSettings settings;
  private final DefaultIngester ingester;

  FeedReader(IngestSettings settings, DefaultIngester ingester) {
    this.settings = settings;
    this.ingester = ingester;
  }

  /** A Rome input whose parser never reads a DTD or an external entity. */
  static final class SecureFeedInput extends WireFeedInput {
    SecureFeedInput() {
      super(false, Locale.ROOT);
      setAllowDoctypes(false);
    }

    /** The secured parser, for reading the document once and handing it to Rome. */
    SAXBuilder secureBuilder() {
      return createSAXBuilder();
    }

    @Override
    protected SAXBuilder createSAXBuilder() {
      SAXBuilder builder = super.createSAXBuilder();
      builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
      builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      builder.setExpandEntities(false);
      return builder;
    }
  }

  /** A parsed feed with each entry's date as the feed wrote it (null where it wrote none). */
  record Parsed(SyndFeed feed, List<String> rawDates) {}

  /** Parses a whole feed document and delivers its entries; failures become errors. */
  void read(byte[] bytes, String feedBase, String origin, DefaultIngester.Batch batch)
      throws InputException {
    Parsed parsed = parse(bytes);
    SyndFeed feed = parsed.feed();
    List<SyndEntry> entries = feed.getEntries();
    if (entries == null || entries.isEmpty()) {
      throw new InputException("feed has no entries");
    }
    String outlet = feed.getTitle();
    String language = feed.getLanguage();
    int n = 0;
    for (SyndEntry entry : entries) {
      n++;
      String entryOrigin = origin + "#" + n;
      try {
        String rawDate = n <= parsed.rawDates().size() ? parsed.rawDates().get(n - 1) : null;
        readEntry(entry, rawDate, feedBase, n, entryOrigin, outlet, language, batch);
      } catch (InputException e) {
        batch.error(entryOrigin, "entry " + n + ": " + e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        batch.error(
            entryOrigin, "entry " + n + ": could not be read: " + DefaultIngester.describe(e));
      }
    }
  }

  static Parsed parse(byte[] bytes) throws InputException {
    String xml = TextDecoder.decode(bytes, null).text();
    if (DECLARATION.matcher(xml).find()) {
      throw new InputException(REFUSED);
    }
    SecureFeedInput input = new SecureFeedInput();
    try {
      // parsed once here so the entries' dates can be read as written; Rome keeps only instants
      Document document = input.secureBuilder().build(new XmlFixerReader(new StringReader(xml)));
      WireFeed wire = input.build(document);
      return new Parsed(new SyndFeedImpl(wire), rawDates(document.getRootElement()));
    } catch (JDOMException | IOException e) {
      String message = DefaultIngester.describe(e);
      if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
        throw new InputException(REFUSED);
      }
      throw new InputException("malformed feed: " + message);
    } catch (FeedException e) {
      throw new InputException(
          "malformed feed: " + DefaultIngester.describe(e.getCause() != null ? e.getCause() : e));
    } catch (IllegalArgumentException e) {
      throw new InputException("malformed feed: not an RSS or Atom feed");
    } catch (RuntimeException e) {
      throw new InputException("malformed feed: " + DefaultIngester.describe(e));
    }
  }

  /** Each item's or entry's first date element, in document order (the order Rome keeps). */
  private static List<String> rawDates(Element root) {
    List<Element> items = new ArrayList<>();
    String rootName = root.getName();
    if (rootName.equals("feed")) {
      items.addAll(children(root, "entry"));
    } else if (rootName.equals("rss")) {
      for (Element channel : children(root, "channel")) {
        items.addAll(children(channel, "item"));
      }
    } else {
      items.addAll(children(root, "item"));
    }
    List<String> dates = new ArrayList<>();
    for (Element item : items) {
      String date = null;
      for (String name : List.of("pubDate", "published", "date", "issued", "updated", "modified")) {
        List<Element> found = children(item, name);
        if (!found.isEmpty() && !found.get(0).getTextTrim().isEmpty()) {
          date = found.get(0).getTextTrim();
          break;
        }
      }
      dates.add(date);
    }
    return dates;
  }

  /** Children by local name, whatever their namespace (RSS 1.0, Dublin Core, Atom). */
  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Element child : parent.getChildren()) {
      if (child.getName().equals(localName)) {
        out.add(child);
      }
    }
    return out;
  }

  private void readEntry(
      SyndEntry entry,
      String rawDate,
      String feedBase,
      int n,
      String entryOrigin,
      String outlet,
      String language,
      DefaultIngester.Batch batch)
      throws InputException {
    String link = entry.getLink();
    String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link;
    String id = key == null ? "" : safeId(key);
    ArticleDraft draft = new ArticleDraft(id.isEmpty() ? feedBase + "-" + n : id, entryOrigin);
    if (link != null && DefaultIngester.isUrl(link)) {
      draft.offerUrl(link);
    }
    draft.offerTitle(plain(entry.getTitle()), Inference.FEED);
    DateParsing.parseField(rawDate).ifPresent(d -> draft.offerPublished(d, Inference.FEED));
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date != null) {
      draft.offerPublished(LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC), Inference.FEED);
    }
    draft.offerByline(author(entry), Inference.FEED);
    if (entry.getSource() != null) {
      draft.offerOutlet(entry.getSource().getTitle(), Inference.FEED);
    }
    draft.offerOutlet(outlet, Inference.FEED);
    draft.offerLanguage(language, Inference.FEED);

    SyndContent content = content(entry);
    SyndContent description = entry.getDescription();
    boolean onlyLinks =
        content == null
            && (description == null
                || HtmlExtractor.wordCount(plain(description.getValue())) < TEASER_WORDS);
    if (onlyLinks) {
      if (link == null || !DefaultIngester.isUrl(link)) {
        throw new InputException("no content and no http(s) link to fetch");
      }
      ArticleDraft fetched = new ArticleDraft(draft.id, link).offerAll(draft);
      try {
        UrlReader.Response response = new UrlReader(settings, ingester).fetch(link);
        fetched.offerUrl(response.url());
        ingester.fillFrom(response, fetched);
      } catch (InputException e) {
        batch.error(link, e.getMessage());
        return;
      }
      batch.article(fetched);
      return;
    }
    SyndContent body = content != null ? content : description;
    if (isPlainText(body.getType())) {
      ingester.extractText(body.getValue(), draft);
    } else {
      ingester.html().extractFragment(body.getValue(), draft);
    }
    batch.article(draft);
  }

  private static SyndContent content(SyndEntry entry) {
    List<SyndContent> contents = entry.getContents();
    if (contents == null) {
      return null;
    }
    SyndContent best = null;
    for (SyndContent c : contents) {
      if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
        if (best == null || c.getValue().length() > best.getValue().length()) {
          best = c;
        }
      }
    }
    return best;
  }

  private static boolean isPlainText(String type) {
    if (type == null) {
      return false;
    }
    String t = type.toLowerCase(Locale.ROOT);
    return t.equals("text") || t.equals("text/plain");
  }

  private static String author(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    if (entry.getAuthors() != null) {
      for (SyndPerson p : entry.getAuthors()) {
        if (p.getName() != null && !p.getName().isBlank()) {
          names.add(p.getName().strip());
        }
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      names.add(entry.getAuthor().strip());
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** Titles in feeds may carry markup or entities; the text is what counts. */
  private static String plain(String value) {
    if (value == null) {
      return null;
    }
    return value.indexOf('<') >= 0 || value.indexOf('&') >= 0
        ? org.jsoup.Jsoup.parseBodyFragment(value).text()
        : value;
  }

  /** A guid or link made safe as a file name: scheme dropped, odd characters replaced by '-'. */
  static String safeId(String key) {
    String s = key.strip().replaceFirst("(?i)^(?:https?://|urn:|tag:)", "");
    s = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
    s = s.replaceAll("^[-.]+|[-.]+$", "");
    if (s.length() > 120) {
      s = s.substring(0, 120).replaceAll("[-.]+$", "");
    }
    return s;
  }
}
