package dev.storyweave.entities;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.storyweave.text.TextNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/*
 * Word lists the rules need, built from ICU's CLDR data wherever CLDR has them (country, region and
 * continent names, time-zone exemplar cities, language names as demonym stand-ins, month and weekday
 * names) and written out here only for the closed classes CLDR lacks: role titles, organisation and
 * place head nouns, speech verbs. Nothing here names a particular story's people or places. All
 * entries are folded with TextNormalizer.fold so lookups are case- and diacritic-blind.
 */
final class Gazetteer {

  private static final Gazetteer INSTANCE = new Gazetteer();

  private final Set<String> places = new HashSet<>();
  private final java.util.Map<String, String> placeIds = new java.util.HashMap<>();
  private final Set<String> placeWords = new HashSet<>();
  private final Set<String> languages = new HashSet<>();
  private final Set<String> calendarWords = new HashSet<>();

  /** Capitalised role words that precede a person's name: "President", "Gen.", "Secretary". */
  static final Set<String> TITLES =
      words(
          "president",
          "vice",
          "prime",
          "minister",
          "secretary",
          "chancellor",
          "premier",
          "general",
          "gen",
          "gen.",
          "lt",
          "lt.",
          "col",
          "col.",
          "colonel",
          "major",
          "maj.",
          "captain",
          "capt",
          "capt.",
          "sgt",
          "sgt.",
          "sergeant",
          "admiral",
          "adm.",
          "commander",
          "senator",
          "sen",
          "sen.",
          "rep",
          "rep.",
          "representative",
          "congressman",
          "congresswoman",
          "governor",
          "gov",
          "gov.",
          "mayor",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "sheikh",
          "emir",
          "ayatollah",
          "dr",
          "dr.",
          "mr",
          "mr.",
          "mrs",
          "mrs.",
          "ms",
          "ms.",
          "miss",
          "sir",
          "dame",
          "lord",
          "lady",
          "judge",
          "justice",
          "prof",
          "prof.",
          "professor",
          "rev",
          "rev.",
          "reverend",
          "father",
          "bishop",
          "archbishop",
          "cardinal",
          "rabbi",
          "imam",
          "deputy",
          "chief",
          "director",
          "ambassador",
          "envoy",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "chairman",
          "chairwoman",
          "ceo",
          "coach",
          "detective",
          "officer",
          "sheriff",
          "attorney",
          "commissioner",
          "speaker",
          "leader",
          "defense",
          "defence",
          "foreign",
          "interior",
          "finance",
          "state",
          "of",
          "former",
          "first",
          "crown",
          "supreme",
          "coalition",
          "opposition",
          "presidential",
          "special",
          "senior",
          "top",
          "actor",
          "actress",
          "singer",
          "rapper",
          "star",
          "aide",
          "adviser",
          "advisor",
          "counsel",
          "mr",
          "captain");

  /** Title words that may only continue a title, never start one ("of", "State"). */
  static final Set<String> TITLE_INNER = words("of", "state", "first");

  /** Lower-case role nouns written just before a name: "spokeswoman Anna Berg". */
  static final Set<String> ROLE_NOUNS =
      words(
          "president",
          "minister",
          "secretary",
          "chancellor",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "aide",
          "adviser",
          "advisor",
          "envoy",
          "ambassador",
          "leader",
          "chief",
          "director",
          "general",
          "senator",
          "governor",
          "mayor",
          "judge",
          "actor",
          "actress",
          "singer",
          "star",
          "player",
          "coach",
          "ceo",
          "chairman",
          "founder",
          "lawyer",
          "attorney",
          "officer",
          "analyst",
          "fellow",
          "professor",
          "journalist",
          "reporter",
          "correspondent",
          "editor",
          "official",
          "commander",
          "premier",
          "king",
          "queen",
          "prince",
          "pope",
          "rapper",
          "model",
          "captain",
          "manager",
          "striker",
          "midfielder",
          "defender",
          "goalkeeper",
          "quarterback",
          "sheriff",
          "detective",
          "candidate",
          "nominee",
          "wife",
          "husband",
          "son",
          "daughter",
          "brother",
          "sister",
          "mother",
          "father",
          "girlfriend",
          "boyfriend",
          "publicist",
          "representative",
          "rep",
          "designer",
          "director",
          "producer",
          "author",
          "writer",
          "host",
          "anchor",
          "economist",
          "scientist",
          "researcher",
          "doctor",
          "suspect",
          "victim",
          "defendant",
          "prosecutor",
          "gunman",
          "teen",
          "boy",
          "girl",
          "man",
          "woman");

  /** Verbs of saying and similar acts that have a person (or organisation) as subject. */
  static final Set<String> SPEECH_VERBS =
      words(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "added",
          "adds",
          "insisted",
          "wrote",
          "writes",
          "stated",
          "explained",
          "argued",
          "claimed",
          "warned",
          "asked",
          "noted",
          "announced",
          "stressed",
          "replied",
          "answered",
          "responded",
          "denied",
          "admitted",
          "acknowledged",
          "suggested",
          "urged",
          "declared",
          "tweeted",
          "posted",
          "recalled",
          "continued",
          "criticized",
          "criticised",
          "accused",
          "thinks",
          "believes",
          "hopes",
          "wants");

  /** Head nouns that make a capitalised chunk an organisation. */
  static final Set<String> ORG_WORDS =
      words(
          "ministry",
          "institute",
          "institution",
          "agency",
          "council",
          "party",
          "committee",
          "university",
          "college",
          "academy",
          "company",
          "corp",
          "corp.",
          "corporation",
          "inc",
          "inc.",
          "ltd",
          "ltd.",
          "llc",
          "plc",
          "co.",
          "group",
          "bank",
          "news",
          "times",
          "post",
          "journal",
          "press",
          "herald",
          "tribune",
          "gazette",
          "daily",
          "magazine",
          "television",
          "tv",
          "radio",
          "network",
          "channel",
          "broadcasting",
          "army",
          "navy",
          "forces",
          "force",
          "guard",
          "guards",
          "association",
          "union",
          "organization",
          "organisation",
          "court",
          "department",
          "office",
          "commission",
          "police",
          "foundation",
          "federation",
          "league",
          "club",
          "team",
          "church",
          "parliament",
          "congress",
          "senate",
          "assembly",
          "government",
          "administration",
          "bureau",
          "service",
          "services",
          "airlines",
          "airways",
          "motors",
          "industries",
          "systems",
          "technologies",
          "labs",
          "laboratories",
          "fund",
          "society",
          "board",
          "authority",
          "cabinet",
          "directorate",
          "command",
          "corps",
          "brigade",
          "battalion",
          "regiment",
          "division",
          "house",
          "records",
          "studios",
          "entertainment",
          "pictures",
          "media",
          "hospital",
          "clinic",
          "center",
          "centre",
          "school",
          "alliance",
          "front",
          "movement",
          "coalition");

  /** Head nouns that make a capitalised chunk a place or facility. */
  static final Set<String> PLACE_WORDS =
      words(
          "palace",
          "square",
          "street",
          "st.",
          "avenue",
          "ave.",
          "road",
          "boulevard",
          "highway",
          "bridge",
          "island",
          "islands",
          "river",
          "sea",
          "ocean",
          "lake",
          "mountain",
          "mountains",
          "mount",
          "mt.",
          "valley",
          "region",
          "province",
          "county",
          "state",
          "city",
          "town",
          "village",
          "district",
          "bay",
          "gulf",
          "strait",
          "straits",
          "peninsula",
          "airport",
          "park",
          "stadium",
          "arena",
          "hotel",
          "beach",
          "coast",
          "desert",
          "forest",
          "canyon",
          "hills",
          "heights",
          "oblast",
          "territory",
          "republic",
          "kingdom",
          "harbor",
          "harbour",
          "port",
          "canal",
          "falls",
          "plaza",
          "tower",
          "towers",
          "building",
          "prison",
          "base",
          "camp",
          "station",
          "mall",
          "cathedral",
          "mosque",
          "temple",
          "museum",
          "theater",
          "theatre",
          "hall",
          "cemetery",
          "empire",
          "hospital",
          "border",
          "channel",
          "pass");

  /** Place nouns written before the proper part of the name: "Lake Geneva", "Mount Hood". */
  static final Set<String> PLACE_PREFIXES =
      words(
          "lake", "mount", "mt.", "port", "fort", "cape", "gulf", "bay", "isle", "river", "strait",
          "lake", "camp", "saint", "st.", "san", "santa", "los", "las", "new", "north", "south",
          "east", "west", "upper", "lower", "greater");

  /** Prepositions after which a capitalised name is usually a place. */
  static final Set<String> PLACE_PREPOSITIONS =
      words(
          "in",
          "at",
          "from",
          "to",
          "near",
          "into",
          "across",
          "outside",
          "inside",
          "toward",
          "towards",
          "via",
          "around",
          "throughout",
          "within",
          "visiting",
          "visited",
          "visit");

  /** Particles inside names ("de", "bin") and connectors inside organisation names ("of"). */
  static final Set<String> NAME_PARTICLES =
      words(
          "de", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al", "la",
          "le", "dos", "das", "du");

  static final Set<String> CONNECTORS = words("of", "for", "the", "and", "on", "&");

  /** Capitalised words that are never names on their own. */
  static final Set<String> NEVER_NAMES =
      words(
          "i",
          "i'm",
          "i've",
          "i'd",
          "i'll",
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "he",
          "she",
          "it",
          "we",
          "they",
          "you",
          "his",
          "her",
          "its",
          "our",
          "their",
          "my",
          "your",
          "mr",
          "mrs",
          "ms",
          "but",
          "and",
          "or",
          "if",
          "when",
          "while",
          "as",
          "so",
          "yet",
          "after",
          "before",
          "since",
          "despite",
          "however",
          "meanwhile",
          "also",
          "still",
          "here",
          "there",
          "what",
          "who",
          "whom",
          "which",
          "why",
          "how",
          "where",
          "not",
          "no",
          "yes",
          "all",
          "some",
          "many",
          "most",
          "more",
          "both",
          "each",
          "every",
          "other",
          "today",
          "tonight",
          "yesterday",
          "tomorrow",
          "now",
          "then",
          "am",
          "pm",
          "a.m.",
          "p.m.",
          "gmt",
          "utc",
          "edt",
          "est",
          "pdt",
          "pst",
          "bst",
          "cet",
          "ok",
          "please",
          "thanks",
          "photo",
          "video",
          "read",
          "more",
          "updated",
          "update",
          "breaking",
          "live",
          "advertisement",
          "click",
          "share",
          "tweet",
          "email",
          "subscribe",
          "watch",
          "listen",
          "related",
          "know",
          "background",
          "analysis",
          "opinion",
          "comment",
          "editor",
          "note");

  static final Set<String> COMPASS_ADJECTIVES =
      words(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern");

  /**
   * The states of the United States, which CLDR's region and time-zone names (the sources above)
   * mostly leave out, though news names them constantly ("Wasilla, Alaska"). ICU ships no
   * subdivision names, so they are listed here: fifty facts that do not change.
   */
  // A method, not a field: the shared instance is built before the class's later fields.
  static List<String> usStates() {
    return List.of(
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming");
  }

  /** Abbreviations of places that CLDR writes out in full. */
  static final Set<String> PLACE_ABBREVIATIONS =
      words("us", "u.s.", "u.s", "usa", "u.s.a.", "uk", "u.k.", "uae", "drc", "prc");

  private Gazetteer() {
    ULocale english = ULocale.ENGLISH;
    LocaleDisplayNames shortNames =
        LocaleDisplayNames.getInstance(english, DisplayContext.LENGTH_SHORT);
    for (String code : ULocale.getISOCountries()) {
      addPlace(new ULocale("", code).getDisplayCountry(english));
      addPlace(shortNames.regionDisplayName(code));
      placeIds.put(key(new ULocale("", code).getDisplayCountry(english)), code);
      placeIds.put(key(shortNames.regionDisplayName(code)), code);
    }
    for (Region.RegionType type :
        new Region.RegionType[] {Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT}) {
      for (Region region : Region.getAvailable(type)) {
        addPlace(new ULocale("", region.toString()).getDisplayCountry(english));
      }
    }
    for (String state : usStates()) {
      addPlace(state);
      placeIds.putIfAbsent(key(state), "US-" + key(state));
    }
    TimeZoneNames zoneNames = TimeZoneNames.getInstance(english);
    for (String id :
        TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = zoneNames.getExemplarLocationName(id);
      if (city != null) {
        addPlace(city);
        placeIds.putIfAbsent(key(city), "city:" + key(city));
      }
    }
    for (String code : ULocale.getISOLanguages()) {
      String name = new ULocale(code).getDisplayLanguage(english);
      if (name != null && !name.isBlank() && !name.contains(" ")) {
        languages.add(fold(name));
      }
    }
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(english);
    for (String[] names :
        new String[][] {
          symbols.getMonths(),
          symbols.getShortMonths(),
          symbols.getWeekdays(),
          symbols.getShortWeekdays()
        }) {
      for (String name : names) {
        if (!name.isBlank()) {
          calendarWords.add(fold(name));
          calendarWords.add(fold(name) + ".");
        }
      }
    }
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  private static String key(String name) {
    return String.join(" ", NameSimilarity.words(name));
  }

  /**
   * An identifier shared by all CLDR names of one place (a region code, or the city), for a name
   * given as {@link NameSimilarity#words} joined by spaces; null when CLDR does not know it.
   */
  String placeId(String key) {
    String id = placeIds.get(key);
    if (id != null) {
      return id;
    }
    return switch (key) {
      case "us", "usa" -> "US";
      case "uk" -> "GB";
      case "uae" -> "AE";
      case "drc" -> "CD";
      case "prc" -> "CN";
      default -> null;
    };
  }

  static Gazetteer instance() {
    return INSTANCE;
  }

  private void addPlace(String name) {
    if (name == null || name.isBlank()) {
      return;
    }
    // "Congo - Kinshasa", "Knox, Indiana": keep each part too.
    places.add(fold(name));
    for (String part : name.split("\\s+-\\s+|,\\s*|\\s*\\(|\\)")) {
      if (!part.isBlank()) {
        places.add(fold(part.trim()));
      }
    }
    for (String word : fold(name).split("\\s+")) {
      placeWords.add(word);
    }
  }

  static String fold(String text) {
    return TextNormalizer.fold(text).toLowerCase(Locale.ROOT);
  }

  /** Whether the folded name is a country, region, continent or city CLDR knows. */
  boolean isPlace(String folded) {
    return places.contains(folded) || PLACE_ABBREVIATIONS.contains(folded);
  }

  /** Whether the word occurs in a CLDR place name ("east", "middle", "saudi"). */
  boolean isPlaceWord(String folded) {
    return placeWords.contains(folded);
  }

  /** Whether the folded word is a month or weekday name or abbreviation. */
  boolean isCalendarWord(String folded) {
    return calendarWords.contains(folded);
  }

  /**
   * Whether the folded word is a nationality adjective ("Brazilian", "Danish"): a CLDR language
   * name, or a word with a demonym ending whose stem begins a CLDR place name.
   */
  boolean isDemonym(String folded) {
    if (languages.contains(folded) || COMPASS_ADJECTIVES.contains(folded)) {
      return true;
    }
    if (places.contains(folded)) {
      return false; // "Turkmenistan", "Jordan": the place itself, not its adjective
    }
    if (folded.indexOf('-') > 0) {
      for (String part : folded.split("-")) {
        if (!isDemonym(part)) {
          return false;
        }
      }
      return true;
    }
    for (String suffix : new String[] {"ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ic"}) {
      if (folded.endsWith(suffix) && folded.length() - suffix.length() >= 4) {
        String stem = folded.substring(0, folded.length() - suffix.length());
        for (String word : placeWords) {
          if (word.startsWith(stem) && word.length() - stem.length() <= 3) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
