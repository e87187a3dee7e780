package dev.storyweave.ingest;

import dev.storyweave.model.Inference;
import dev.storyweave.model.Sentence;
import dev.storyweave.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Metadata that a plain news text states about itself, found with general patterns of news layout:
 *
 *  - header lines before the body: "Key: value" lines of saved articles (Title, Source, Author,
 *    URL ...), a date line ("date 2025-05-15 Updated ...", "Published: May 3, 2024"), a byline
 *    ("By Jane Doe", "By Jane Doe, Outlet"), and a headline: a short capitalised line followed by
 *    body text, or, in plain text, set off by a blank line (then a closing full stop, which archive
 *    exports add, is allowed and dropped); a headline ending in ';' or ':' may continue with its
 *    deck on the next line. These lines are metadata, so they are cut from the text and recorded.
 *  - a bullet summary block at the top, after which a headline-like line is the title; the text is
 *    then kept whole, since the title was not its first line.
 *  - the lead's opening: a credit "(OUTLET) —", a dateline "CITY, Country —" / "CITY and CITY —"
 *    (all-caps place words, or mixed case with a comma, or mixed case followed by a known outlet's
 *    credit "City (AFP) –", so ordinary openings like "Sen. Jane Roe (D-Ore.) —" do not match;
 *    section labels such as EXCLUSIVE are not places). These stay in the text (they are part of
 *    the lead sentence) and are recorded.
 *  - lines that credit an outlet: "OUTLET's Jane Doe contributed to this story", "© 2025 Outlet",
 *    "Outlet writer Jane Doe contributed"; and, weakest, repeated self-references (unnamed
 *    sources that "told OUTLET", "OUTLET has reached out"), which count only for known outlets,
 *    at least twice, and when no other outlet is referred to that way. A named person who "told
 *    OUTLET" does not count: that is how articles cite other outlets' interviews.
 *
 * Without a headline line the title is the lead's first sentence (cut at a clause break or a word
 * boundary when long), recorded as text-pattern: a derived title, not one the text states. Nothing
 * else is guessed: a field the text does not state stays none. No rule names an outlet or a place;
 * outlets named in passing are checked against a general gazetteer of major outlets. The rules
 * were tuned on the PolNeAR train split and checked on its dev split (PolnearMetadataTest).
 */
final class TextPatterns {

  private static final int MAX_TITLE = 150;

  /** Longest headline line the text states (headline plus deck can run long). */
  private static final int MAX_STATED_TITLE = 220;

  private static final Pattern DATE_HEADER =
      Pattern.compile(
          "^(?:date|dated|published|posted|updated|last updated|first published)\\b[:\\s]\\s*"
              // the date (or its time or weekday) comes right after the keyword, so a lead that
              // merely starts with "Updated guidance ..." is not a header
              + "(?:on\\s+)?(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
              + "|mon|tue|wed|thu|fri|sat|sun).{0,120}$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_DATE_LINE =
      Pattern.compile(
          "^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?"
              + "(?:\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}"
              + "|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{4})"
              + "(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}.{0,30})?$");
  private static final Pattern FIELD_LINE =
      Pattern.compile(
          "^(title|headline|source|outlet|publisher|publication|author|byline|dateline|url|link"
              + "|language|lang)\\s*:\\s*(\\S.{0,200})$",
          Pattern.CASE_INSENSITIVE);
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final Pattern BYLINE =
      Pattern.compile(
          "^By\\s+("
              + NAME_WORD
              + "(?:\\s+(?:"
              + NAME_WORD
              + "|de|van|von|der|da|al|bin|and|&)){1,8})(?:\\s*[,|/–—-]\\s*(.{1,80}))?$");
  private static final Pattern BULLET = Pattern.compile("^(?:[-•*–—▪●·]|\\d{1,2}[.)])(?:\\s+.*)?$");

  private static final String DASH = "(?:\\s*[—–]\\s*|\\s+-{1,2}\\s+)";
  private static final Pattern CREDIT =
      Pattern.compile("^\\(\\s*(\\p{Lu}[\\p{L}\\d&.'’/ -]{0,40}?)\\s*\\)" + DASH);
  private static final String CAPS_PLACE =
      "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}";
  private static final String CAP_WORD = "\\p{Lu}[\\p{L}.'’-]+";
  private static final String PLACE =
      CAP_WORD
          + "(?:\\s+(?:(?:de|da|do|del|la|le|el|al|upon|am|an|sur)\\s+)?"
          + CAP_WORD
          + "){0,3}";
  private static final String MONTH_DAY =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}";
  private static final Pattern DATELINE =
      Pattern.compile(
          "^((?:"
              // all-caps places, joined by "and" or commas, with an optional mixed-case region
              + CAPS_PLACE
              + "(?:(?:\\s+and\\s+|\\s*,\\s*|\\s*/\\s*)"
              + CAPS_PLACE
              + ")*(?:\\s*,\\s*"
              + PLACE
              + ")?"
              + "|"
              // mixed-case "City, Region" needs the comma
              + PLACE
              + "\\s*,\\s*"
              + PLACE
              + "|"
              // or a known outlet's credit: "Cleveland (AFP) –" (checked by the caller)
              + "(?<credited>"
              + PLACE
              + ")(?=\\s*\\()"
              + "))(?:\\s*,\\s*"
              + MONTH_DAY
              + ")?(?:\\s*\\(\\s*(?<credit>[^()]{1,40}?)\\s*\\))?"
              + DASH);
  private static final Pattern CONTRIBUTOR =
      Pattern.compile(
          "^(?:The\\s+)?(\\p{Lu}[\\p{L}\\d&.'’/ -]{0,40}?)['’]s\\s+"
              + NAME_WORD
              + "(?:\\s+(?:"
              + NAME_WORD
              + "|,|and|de|van|von|al))*"
              + "\\s+contributed\\b.*$");
  private static final Pattern STAFF_CONTRIBUTOR =
      Pattern.compile(
          "^(?:The\\s+)?(\\p{Lu}[\\p{L}\\d&.'’/ -]{0,40}?)\\s+(?:staff\\s+)?"
              + "(?:writers?|reporters?|correspondents?|journalists?|staff)\\s+.{0,120}\\bcontributed\\b.*$");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?"
              + "(?:The\\s+)?([\\p{L}\\d&.'’/ -]{2,40}?)[.,]?(?:\\s+All rights reserved.*)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s|;\\s|\\s[–—]\\s|\\s-\\s");

  /** All-caps words that open a lead like a dateline but label the story, not its place. */
  private static final Set<String> LABELS =
      Set.of(
          "EXCLUSIVE",
          "BREAKING",
          "BREAKING NEWS",
          "UPDATE",
          "UPDATED",
          "WATCH",
          "VIDEO",
          "LIVE",
          "LIVE UPDATES",
          "OPINION",
          "ANALYSIS",
          "EDITORIAL",
          "REVIEW",
          "PHOTOS",
          "PHOTO",
          "FACT CHECK",
          "CORRECTION",
          "ALERT",
          "URGENT",
          "FLASH",
          "DEVELOPING",
          "SPONSORED",
          "COMMENTARY",
          "INTERVIEW",
          "POLL",
          "LISTEN",
          "AUDIO",
          "PODCAST",
          "READ MORE",
          "ADVERTISEMENT",
          "NEW",
          "JUST IN",
          "REPORT",
          "ABSTRACT",
          "EXCERPT",
          "SCOOP",
          "OP-ED",
          "FULL TEXT",
          "TRANSCRIPT",
          "SPECIAL REPORT",
          "GALLERY",
          "RELATED",
          "SEE ALSO",
          "TIMELINE",
          "EXPLAINER",
          "FEATURE",
          "OBITUARY",
          "LETTERS",
          "COLUMN",
          "PREVIEW",
          "RECAP");

  private static final Pattern ABBREVIATION_END =
      Pattern.compile(
          "(?:\\b\\p{L}\\.){2,}$|\\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Mr|Mrs|Ms|Dr|etc|vs|v)\\.$");
  private static final Pattern ATTRIBUTION_END =
      Pattern.compile(
          "\\b(?:said|says|told|reported|reports|announced|according to)\\b[^,;:]{0,40}\\.$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}{2,6}$");

  private static final String OUTLET_WORDS =
      "((?:\\p{Lu}[\\p{L}\\d&./'’-]*)(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}\\d&./'’-]*){0,4})";
  private static final Pattern REFERENCE_AFTER =
      Pattern.compile("\\btold\\s+(?:the\\s+)?" + OUTLET_WORDS);

  /**
   * Unnamed sources tell the outlet that is writing ("officials told X"); a named person telling an
   * outlet ("the senator told X") is usually another outlet's interview being cited.
   */
  private static final Pattern UNNAMED_SOURCE =
      Pattern.compile(
          "\\b(?:officials?|sources?|spokes(?:man|woman|person|people)|aides?|familiar"
              + "|representatives?|diplomats?|people|person|insiders?|advisers?|staffers?)\\b"
              + "[^.!?\"”]{0,25}$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern REFERENCE_BEFORE =
      Pattern.compile("\\s+(?:has|had|have)\\s+(?:reached out|contacted|requested|asked)\\b");
  private static final Pattern TRAILING_NAME =
      Pattern.compile("(?:^|[^\\p{L}])((?:the\\s+)?" + OUTLET_WORDS.substring(1) + "$");

  private final OutletGazetteer outlets;

  TextPatterns(OutletGazetteer outlets) {
    this.outlets = outlets;
  }

  /**
   * Finds what {@code text} states about itself.
   *
   * @param text decoded text with any line ending
   * @param fields receives title, outlet, byline, dateline, published and language as text-pattern;
   *     fields already present are left alone
   * @return the body: the text without the header lines that were recorded as metadata, or null if
   *     nothing but header lines is left
   */
  String extract(String text, ArticleDraft fields) {
    return extract(text, fields, true);
  }

  /**
   * As {@link #extract(String, ArticleDraft)}; {@code plainLayout} says the text was written as
   * plain text, where a short first line set off by a blank line is a headline even if it ends with
   * a full stop. Text laid out from HTML paragraphs says false: there a short first paragraph is
   * just a short lead, and headlines come from the markup.
   */
  String extract(String text, ArticleDraft fields, boolean plainLayout) {
    String normalised =
        TextDecoder.repairC1(text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", ""));
    List<String> lines = List.of(normalised.split("\n", -1));
    int i = skipBlank(lines, 0);
    boolean titleFromLine = false;
    Headline found;
    int headerLines = 0;
    while (i < lines.size() && headerLines < 8) {
      String line = lines.get(i).strip();
      if (headerDate(line, fields)) {
        // recorded as metadata, so cut from the body
      } else if (fieldLine(line, fields)) {
        titleFromLine |= fields.title.isPresent();
      } else if (byline(line, fields)) {
        // recorded as metadata, so cut from the body
      } else if (!titleFromLine
          && !fields.title.isPresent()
          && (found = headlineAt(lines, i, plainLayout)) != null) {
        fields.offerTitle(found.title(), Inference.TEXT_PATTERN);
        titleFromLine = true;
        i = found.lastLine();
      } else {
        break;
      }
      headerLines++;
      i = skipBlank(lines, i + 1);
    }
    if (i >= lines.size()) {
      return null;
    }
    String body = String.join("\n", lines.subList(i, lines.size())).stripTrailing();
    if (body.isBlank()) {
      return null;
    }
    List<String> bodyLines = lines.subList(i, lines.size());
    if (!fields.title.isPresent()) {
      titleAfterBullets(bodyLines, fields);
    }
    String lead = firstParagraph(bodyLines);
    String leadText = leadMetadata(lead, fields);
    creditLines(bodyLines, fields);
    selfReferences(body, fields);
    if (!fields.title.isPresent()) {
      fields.offerTitle(
          firstSentence(leadText.isBlank() ? lead : leadText), Inference.TEXT_PATTERN);
    }
    LanguageGuesser.guess(body).ifPresent(l -> fields.offerLanguage(l, Inference.TEXT_PATTERN));
    return body;
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** A "Key: value" header line of a saved article ("Title: ...", "Source: ..."). */
  private boolean fieldLine(String line, ArticleDraft fields) {
    Matcher m = FIELD_LINE.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String key = m.group(1).toLowerCase(Locale.ROOT);
    String value = m.group(2).strip();
    switch (key) {
      case "title", "headline" -> fields.offerTitle(value, Inference.TEXT_PATTERN);
      case "source", "outlet", "publisher", "publication" ->
          fields.offerOutlet(outlets.canonical(value).orElse(value), Inference.TEXT_PATTERN);
      case "author", "byline" ->
          fields.offerByline(value.replaceFirst("(?i)^by\\s+", ""), Inference.TEXT_PATTERN);
      case "dateline" -> fields.offerDateline(value, Inference.TEXT_PATTERN);
      case "language", "lang" -> fields.offerLanguage(value, Inference.TEXT_PATTERN);
      default -> {
        if (value.startsWith("http://") || value.startsWith("https://")) {
          fields.offerUrl(value);
        }
      }
    }
    return true;
  }

  private static boolean headerDate(String line, ArticleDraft fields) {
    if (line.length() > 140) {
      return false;
    }
    if (DATE_HEADER.matcher(line).matches() || BARE_DATE_LINE.matcher(line).matches()) {
      Optional<LocalDate> date = DateParsing.findInText(line);
      if (date.isPresent()) {
        fields.offerPublished(date.get(), Inference.TEXT_PATTERN);
        return true;
      }
    }
    return false;
  }

  private boolean byline(String line, ArticleDraft fields) {
    Matcher m = BYLINE.matcher(line);
    if (line.length() <= 120 && m.matches()) {
      fields.offerByline(m.group(1), Inference.TEXT_PATTERN);
      // "By Jane Doe, Outlet" credits a known outlet after the names
      if (m.group(2) != null) {
        outlets.canonical(m.group(2)).ifPresent(o -> fields.offerOutlet(o, Inference.TEXT_PATTERN));
      }
      return true;
    }
    return false;
  }

  /** A headline found in the text and the index of its last line. */
  private record Headline(String title, int lastLine) {}

  /**
   * The headline starting at line {@code i}: a headline-like line followed by body text, or set off
   * by a blank line in plain layout; or a headline ending in ';' or ':' whose deck continues on the
   * next line ("Title; deck"), set off by a blank line.
   */
  private static Headline headlineAt(List<String> lines, int i, boolean plainLayout) {
    String line = lines.get(i).strip();
    boolean blankAfter = i + 1 < lines.size() && lines.get(i + 1).isBlank();
    if (skipBlank(lines, i + 1) >= lines.size()) {
      return null;
    }
    if (plainLayout && !blankAfter && (line.endsWith(";") || line.endsWith(":"))) {
      String joined = line + " " + lines.get(i + 1).strip();
      boolean deckSetOff = i + 2 < lines.size() && lines.get(i + 2).isBlank();
      if (deckSetOff && skipBlank(lines, i + 2) < lines.size() && headline(joined, true)) {
        return new Headline(withoutClosingStop(joined), i + 1);
      }
      return null;
    }
    boolean setOff = plainLayout && blankAfter;
    if (setOff && line.endsWith(".") && looksLikeLead(line)) {
      return null;
    }
    if (headline(line, setOff) && (setOff || bodyFollows(lines, i + 1))) {
      return new Headline(withoutClosingStop(line), i);
    }
    return null;
  }

  /**
   * A short first paragraph that ends with a full stop is a lead, not a headline, when it ends with
   * an attribution ("..., officials said.") or runs long in sentence case; headlines are short or
   * capitalise most words.
   */
  private static boolean looksLikeLead(String line) {
    if (ATTRIBUTION_END.matcher(line).find()) {
      return true;
    }
    String[] words = line.split("\\s+");
    int capitalised = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      }
    }
    return words.length > 20 && capitalised < words.length * 0.6;
  }

  /** Headlines carry no closing full stop; one added by an export is dropped (not "U.S."). */
  static String withoutClosingStop(String title) {
    if (title.endsWith(".") && !title.endsWith("..") && !ABBREVIATION_END.matcher(title).find()) {
      return title.substring(0, title.length() - 1).strip();
    }
    return title;
  }

  /** A short line that reads as a headline: starts with a capital, no closing full stop. */
  static boolean headline(String line) {
    return headline(line, false);
  }

  /**
   * A line that reads as a headline: capitalised, short, not a bullet, dateline or credit, and
   * without a closing full stop unless {@code periodAllowed}.
   */
  static boolean headline(String line, boolean periodAllowed) {
    int max = periodAllowed ? MAX_STATED_TITLE : MAX_TITLE;
    if (line.length() < 8 || line.length() > max) {
      return false;
    }
    int first = line.codePointAt(0);
    if (!(Character.isUpperCase(first)
        || Character.isDigit(first)
        || "\"“‘'".indexOf(first) >= 0)) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (",;:–—-".indexOf(last) >= 0 || (last == '.' && !periodAllowed)) {
      return false;
    }
    if (BULLET.matcher(line).matches() || dateline(line) != null || CREDIT.matcher(line).find()) {
      return false;
    }
    int words = line.split("\\s+").length;
    return words >= 2 && words <= (periodAllowed ? 35 : 25);
  }

  /** True when the next non-blank line is body text: longer than a headline or a sentence. */
  private static boolean bodyFollows(List<String> lines, int from) {
    int j = skipBlank(lines, from);
    if (j >= lines.size()) {
      return false;
    }
    String next = lines.get(j).strip();
    return next.length() > MAX_TITLE
        || next.matches(".*[.!?\"”’]$")
        || BYLINE.matcher(next).matches()
        || DATE_HEADER.matcher(next).matches()
        || BARE_DATE_LINE.matcher(next).matches();
  }

  /** After a top block of bullet points, a headline-like line followed by body is the title. */
  private static void titleAfterBullets(List<String> bodyLines, ArticleDraft fields) {
    int i = 0;
    int bullets = 0;
    while (i < bodyLines.size() && i < 60) {
      String line = bodyLines.get(i).strip();
      if (line.isEmpty()) {
        i++;
      } else if (BULLET.matcher(line).matches()) {
        bullets++;
        i++;
        // a bare bullet mark is followed by its item on the next line
        if (line.length() <= 2) {
          i = skipBlank(bodyLines, i) + 1;
        }
      } else {
        break;
      }
    }
    if (bullets >= 2 && i < bodyLines.size()) {
      String line = bodyLines.get(i).strip();
      if (headline(line) && bodyFollows(bodyLines, i + 1)) {
        fields.offerTitle(line, Inference.TEXT_PATTERN);
      }
    }
  }

  private static String firstParagraph(List<String> bodyLines) {
    for (String line : bodyLines) {
      String l = line.strip();
      if (!l.isEmpty() && !BULLET.matcher(l).matches() && !(headline(l) && l.length() < 100)) {
        return l;
      }
    }
    return bodyLines.get(skipBlank(bodyLines, 0)).strip();
  }

  /** Records a credit and dateline at the start of the lead; returns the lead after them. */
  private String leadMetadata(String lead, ArticleDraft fields) {
    Matcher credit = CREDIT.matcher(lead);
    if (credit.find()) {
      offerCreditedOutlet(credit.group(1), fields);
      return lead.substring(credit.end());
    }
    Matcher dateline = dateline(lead);
    if (dateline != null) {
      fields.offerDateline(dateline.group(1), Inference.TEXT_PATTERN);
      if (dateline.group("credit") != null) {
        offerCreditedOutlet(dateline.group("credit"), fields);
      }
      return lead.substring(dateline.end());
    }
    return lead;
  }

  /** A dateline at the start of {@code line}, or null; section labels are not places. */
  private static Matcher dateline(String line) {
    Matcher m = DATELINE.matcher(line);
    if (!m.find() || m.group(1).length() > 60) {
      return null;
    }
    String place = m.group(1).toUpperCase(Locale.ROOT);
    if (LABELS.contains(place)) {
      return null;
    }
    // a capitalised name before parentheses is a dateline only when a known outlet is credited;
    // "Sen. Jane Roe (D-Ore.) —" is a politician and her party
    if (m.group("credited") != null
        && (m.group("credit") == null
            || OutletGazetteer.shared().canonical(m.group("credit")).isEmpty())) {
      return null;
    }
    return m;
  }

  /** A credit in parentheses names the outlet: canonical if known, else as written. */
  private void offerCreditedOutlet(String credited, ArticleDraft fields) {
    String name = credited.strip();
    Optional<String> known = outlets.canonical(name);
    if (known.isPresent()) {
      fields.offerOutlet(known.get(), Inference.TEXT_PATTERN);
    } else if (name.split("\\s+").length <= 4 && !name.matches(".*\\d.*")) {
      fields.offerOutlet(name, Inference.TEXT_PATTERN);
    }
  }

  private void creditLines(List<String> bodyLines, ArticleDraft fields) {
    if (fields.outlet.isPresent()) {
      return;
    }
    for (String raw : bodyLines) {
      String line = raw.strip();
      if (line.length() > 240 || line.isEmpty()) {
        continue;
      }
      for (Pattern p : List.of(CONTRIBUTOR, STAFF_CONTRIBUTOR, COPYRIGHT)) {
        Matcher m = p.matcher(line);
        if (m.matches()) {
          String name = m.group(1).strip();
          Optional<String> known = outlets.canonical(name);
          if (known.isPresent()) {
            fields.offerOutlet(known.get(), Inference.TEXT_PATTERN);
            return;
          }
          if (p == CONTRIBUTOR && ACRONYM.matcher(name).matches()) {
            fields.offerOutlet(name, Inference.TEXT_PATTERN);
            return;
          }
        }
      }
    }
  }

  private void selfReferences(String body, ArticleDraft fields) {
    if (fields.outlet.isPresent()) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    Matcher after = REFERENCE_AFTER.matcher(body);
    while (after.find()) {
      String preceding = body.substring(Math.max(0, after.start() - 80), after.start());
      if (UNNAMED_SOURCE.matcher(preceding).find()) {
        knownPrefix(after.group(1)).ifPresent(c -> counts.merge(c, 1, Integer::sum));
      }
    }
    Matcher before = REFERENCE_BEFORE.matcher(body);
    while (before.find()) {
      String preceding = body.substring(Math.max(0, before.start() - 60), before.start());
      Matcher name = TRAILING_NAME.matcher(preceding);
      if (name.find()) {
        knownSuffix(name.group(1)).ifPresent(c -> counts.merge(c, 1, Integer::sum));
      }
    }
    if (counts.size() == 1) {
      Map.Entry<String, Integer> only = counts.entrySet().iterator().next();
      if (only.getValue() >= 2) {
        fields.offerOutlet(only.getKey(), Inference.TEXT_PATTERN);
      }
    }
  }

  /** The known outlet named by the longest leading run of {@code words} ("Agency on Tuesday"). */
  private Optional<String> knownPrefix(String words) {
    String[] w = words.replaceAll("['’]s$", "").split("\\s+");
    for (int n = w.length; n > 0; n--) {
      Optional<String> hit = outlets.canonical(String.join(" ", List.of(w).subList(0, n)));
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** The known outlet named by the longest trailing run of {@code words}. */
  private Optional<String> knownSuffix(String words) {
    String[] w = words.split("\\s+");
    for (int n = 0; n < w.length; n++) {
      Optional<String> hit = outlets.canonical(String.join(" ", List.of(w).subList(n, w.length)));
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** The first sentence of {@code paragraph}, shortened at a word boundary when long. */
  static String firstSentence(String paragraph) {
    String p = paragraph.strip();
    if (p.isEmpty()) {
      return null;
    }
    // the first sentence lies in the first few hundred characters; do not analyse a whole wall
    String head = p.length() > 800 ? p.substring(0, 800) : p;
    List<Sentence> sentences = TextAnalyzer.english().analyze("title", head).sentences();
    String first = sentences.isEmpty() ? p : sentences.get(0).text().strip();
    return shorten(first);
  }

  /**
   * A long lead sentence shortened to a headline-sized title: at its first clause break (comma,
   * dash, semicolon) when that leaves a meaningful clause, else at a word boundary with an
   * ellipsis.
   */
  static String shorten(String sentence) {
    String s = sentence.replaceAll("\\s+", " ").strip();
    if (s.length() <= 110) {
      return s;
    }
    Matcher clause = CLAUSE_BREAK.matcher(s);
    while (clause.find()) {
      if (clause.start() >= 40 && clause.start() <= MAX_TITLE) {
        return s.substring(0, clause.start());
      }
      if (clause.start() > MAX_TITLE) {
        break;
      }
    }
    if (s.length() <= MAX_TITLE) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX_TITLE - 1);
    if (cut < MAX_TITLE / 2) {
      cut = MAX_TITLE - 1;
    }
    return s.substring(0, cut).replaceAll("[\\s,;:–—-]+$", "") + "…";
  }
}
