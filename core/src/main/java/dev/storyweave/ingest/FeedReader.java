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
import dev.storyweave.model.Inference;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
 * Dates: Rome gives a java.util.Date, the offset the feed wrote is lost, so the date is taken in
 * UTC.
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

  /** Parses a whole feed document and delivers its entries; failures become errors. */
  void read(byte[] bytes, String feedBase, String origin, DefaultIngester.Batch batch)
      throws InputException {
    SyndFeed feed = parse(bytes);
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
        readEntry(entry, feedBase, n, entryOrigin, outlet, language, batch);
      } catch (InputException e) {
        batch.error(entryOrigin, "entry " + n + ": " + e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        batch.error(
            entryOrigin, "entry " + n + ": could not be read: " + DefaultIngester.describe(e));
      }
    }
  }

  static SyndFeed parse(byte[] bytes) throws InputException {
    String xml = TextDecoder.decode(bytes, null).text();
    if (DECLARATION.matcher(xml).find()) {
      throw new InputException(REFUSED);
    }
    try {
      WireFeed wire = new SecureFeedInput().build(new StringReader(xml));
      return new SyndFeedImpl(wire);
    } catch (FeedException e) {
      String message = DefaultIngester.describe(e.getCause() != null ? e.getCause() : e);
      if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
        throw new InputException(REFUSED);
      }
      throw new InputException("malformed feed: " + message);
    } catch (IllegalArgumentException e) {
      throw new InputException("malformed feed: not an RSS or Atom feed");
    } catch (RuntimeException e) {
      throw new InputException("malformed feed: " + DefaultIngester.describe(e));
    }
  }

  private void readEntry(
      SyndEntry entry,
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
