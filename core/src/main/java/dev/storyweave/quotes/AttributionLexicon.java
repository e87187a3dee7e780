package dev.storyweave.quotes;

import dev.storyweave.text.CalendarWords;
import java.util.HashSet;
import java.util.Set;

/*
 * Closed word lists for English attribution, all in folded (lower-case, plain) form. Cue verbs
 * are listed by lemma and inflected here, so a new verb is one word added. The lists name kinds of
 * speakers and verbs of saying, never particular people or outlets.
 */
final class AttributionLexicon {

  /** Verbs that introduce what someone said or wrote. */
  static final Set<String> CUES =
      inflect(
          "say",
          "tell",
          "add",
          "write",
          "post",
          "tweet",
          "state",
          "declare",
          "explain",
          "note",
          "insist",
          "argue",
          "claim",
          "warn",
          "ask",
          "reply",
          "respond",
          "answer",
          "continue",
          "announce",
          "confirm",
          "deny",
          "admit",
          "acknowledge",
          "stress",
          "emphasize",
          "emphasise",
          "urge",
          "suggest",
          "comment",
          "remark",
          "recall",
          "conclude",
          "quip",
          "joke",
          "shout",
          "cry",
          "complain",
          "predict",
          "vow",
          "pledge",
          "promise",
          "allege",
          "assert",
          "maintain",
          "report",
          "call",
          "describe",
          "concede",
          "caution",
          "reiterate",
          "boast",
          "lament",
          "proclaim",
          "counter",
          "retort",
          "testify",
          "observe",
          "accuse",
          "criticize",
          "criticise",
          "blast",
          "slam",
          "praise",
          "demand",
          "threaten",
          "contend",
          "muse",
          "wonder",
          "chant",
          "scream",
          "yell",
          "whisper",
          "read",
          "summarize",
          "summarise",
          "exclaim",
          "thunder",
          "react",
          "assure",
          "label",
          "dub",
          "brand",
          "characterize",
          "characterise",
          "mock",
          "deride",
          "agree",
          "tout",
          "decry",
          "dismiss",
          "recount",
          "echo",
          "repeat",
          "vent",
          "rail",
          "hail",
          "chide",
          "scold",
          "plead",
          "speculate",
          "interject",
          "elaborate",
          "mutter",
          "sing",
          "gush",
          "fume",
          "marvel",
          "concur",
          "rave",
          "refer",
          "introduce",
          "affirm",
          "project",
          "opine",
          "posit",
          "surmise");

  /** Capitalised labels of news copy that end in a colon but name no speaker ("VIDEO:"). */
  static final Set<String> SECTION_LABELS =
      Set.of(
          "video",
          "photo",
          "photos",
          "watch",
          "update",
          "updated",
          "breaking",
          "exclusive",
          "read",
          "listen",
          "note",
          "source",
          "sources",
          "editor's",
          "correction",
          "related",
          "more",
          "advertisement",
          "transcript",
          "audio",
          "live",
          "analysis",
          "opinion",
          "full");

  /** Nouns of saying whose owner is the speaker of what follows ("his call for ..."). */
  static final Set<String> SPEECH_NOUNS =
      Set.of(
          "call",
          "calls",
          "claim",
          "claims",
          "description",
          "promise",
          "pledge",
          "vow",
          "warning",
          "statement",
          "remark",
          "remarks",
          "comment",
          "comments",
          "assertion",
          "characterization",
          "declaration",
          "prediction",
          "insistence",
          "admission",
          "accusation",
          "plea",
          "demand",
          "suggestion",
          "words");

  /** Verbs that are verbs of saying with the particle "out" ("points out"). */
  static final Set<String> PHRASAL_CUES = Set.of("point", "points", "pointed", "pointing");

  /** Verbs that say something in return with the particle "back" ("shot back", "fired back"). */
  static final Set<String> RETORT_VERBS =
      Set.of(
          "shot", "shoots", "fired", "fires", "hit", "hits", "pushed", "pushes", "struck",
          "strikes", "snapped", "snaps", "wrote", "writes", "talked", "talks");

  /** Cue verbs that may precede their speaker ({@code "...," said the minister}). */
  static final Set<String> INVERTING_CUES =
      inflect(
          "say",
          "read",
          "add",
          "ask",
          "write",
          "continue",
          "explain",
          "insist",
          "reply",
          "note",
          "recall",
          "declare",
          "argue",
          "warn",
          "counter",
          "retort",
          "quip",
          "joke",
          "conclude",
          "tweet",
          "post",
          "respond",
          "answer",
          "state",
          "comment",
          "observe",
          "exclaim",
          "react");

  /** Cue verbs that report a statement in indirect speech ({@code X said that ...}). */
  static final Set<String> REPORTING_CUES =
      inflect(
          "say",
          "tell",
          "add",
          "write",
          "state",
          "declare",
          "explain",
          "note",
          "insist",
          "argue",
          "claim",
          "warn",
          "announce",
          "confirm",
          "deny",
          "admit",
          "acknowledge",
          "stress",
          "suggest",
          "predict",
          "allege",
          "assert",
          "maintain",
          "report",
          "concede",
          "reiterate",
          "tweet",
          "post",
          "promise",
          "vow",
          "pledge");

  /** Nouns naming a speaker by role or kind: enough to make a noun phrase a speaker. */
  static final Set<String> ROLE_NOUNS =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "minister",
          "president",
          "leader",
          "aide",
          "adviser",
          "advisor",
          "source",
          "analyst",
          "diplomat",
          "lawmaker",
          "senator",
          "governor",
          "mayor",
          "chief",
          "head",
          "director",
          "secretary",
          "ambassador",
          "envoy",
          "chancellor",
          "premier",
          "king",
          "queen",
          "prince",
          "general",
          "commander",
          "representative",
          "officer",
          "police",
          "statement",
          "ministry",
          "government",
          "office",
          "agency",
          "campaign",
          "committee",
          "candidate",
          "nominee",
          "chairman",
          "chairwoman",
          "chair",
          "executive",
          "expert",
          "researcher",
          "professor",
          "economist",
          "witness",
          "resident",
          "prosecutor",
          "judge",
          "lawyer",
          "attorney",
          "team",
          "group",
          "company",
          "department",
          "administration",
          "report",
          "poll",
          "survey",
          "study",
          "army",
          "military",
          "negotiator",
          "delegation",
          "member",
          "activist",
          "organizer",
          "manager",
          "strategist",
          "pollster",
          "congressman",
          "congresswoman",
          "speaker",
          "pope",
          "bishop",
          "priest",
          "doctor",
          "scientist",
          "journalist",
          "reporter",
          "editor",
          "author",
          "host",
          "anchor",
          "correspondent",
          "counterpart",
          "counsel",
          "deputy",
          "staff",
          "staffer",
          "colleague",
          "friend",
          "mother",
          "father",
          "wife",
          "husband",
          "son",
          "daughter",
          "brother",
          "sister",
          "woman",
          "man",
          "voter",
          "supporter",
          "critic",
          "opponent",
          "observer",
          "insider",
          "person",
          "people",
          "kremlin",
          "palace",
          "embassy",
          "council",
          "parliament",
          "court",
          "union",
          "party",
          "foundation",
          "institute",
          "ceo",
          "founder");

  /** Role nouns that name one person, so a definite one ("the Ukrainian leader") is a person. */
  static final Set<String> PERSON_ROLES =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "minister",
          "president",
          "leader",
          "aide",
          "adviser",
          "advisor",
          "senator",
          "governor",
          "mayor",
          "chief",
          "head",
          "director",
          "secretary",
          "ambassador",
          "envoy",
          "chancellor",
          "premier",
          "king",
          "queen",
          "prince",
          "general",
          "commander",
          "candidate",
          "nominee",
          "chairman",
          "chairwoman",
          "negotiator",
          "congressman",
          "congresswoman",
          "speaker",
          "pope",
          "counterpart",
          "deputy",
          "ceo");

  /**
   * Roles that speak for someone else: a definite one ("the spokesman") is never the person in
   * focus, only a holder named elsewhere in the article.
   */
  static final Set<String> STAFF_ROLES =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "aide",
          "adviser",
          "advisor",
          "deputy",
          "envoy",
          "negotiator",
          "counterpart");

  /** Words that mark a name as an organisation rather than a person. */
  static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "ministry",
          "government",
          "kremlin",
          "agency",
          "institute",
          "party",
          "council",
          "committee",
          "house",
          "department",
          "office",
          "university",
          "news",
          "times",
          "post",
          "service",
          "union",
          "bank",
          "court",
          "army",
          "forces",
          "association",
          "commission",
          "administration",
          "campaign",
          "foundation",
          "center",
          "centre",
          "organization",
          "organisation",
          "corporation",
          "inc",
          "ltd",
          "group",
          "press",
          "network",
          "journal",
          "parliament",
          "senate",
          "congress",
          "embassy",
          "palace",
          "company",
          "fund",
          "police",
          "tribune",
          "herald",
          "gazette",
          "daily",
          "magazine",
          "media",
          "television",
          "radio");

  /**
   * Abbreviations written with a full stop inside a sentence ("Mrs. Lane", "Gov. Hale", "Hale
   * Jr."): their stop ends no sentence.
   */
  static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "lt", "sgt", "col",
          "capt", "maj", "cmdr", "adm", "cpl", "pvt", "prof", "rev", "st", "jr", "sr", "hon",
          "atty", "supt", "msgr", "fr", "pres", "amb", "insp", "det", "no", "vs");

  /** Titles written before a name; never part of the name itself. */
  static final Set<String> TITLES =
      Set.of(
          "president",
          "prime",
          "minister",
          "secretary",
          "chancellor",
          "mr",
          "mrs",
          "ms",
          "dr",
          "sen",
          "senator",
          "rep",
          "gov",
          "governor",
          "gen",
          "general",
          "king",
          "queen",
          "pope",
          "sir",
          "lord",
          "lady",
          "dame",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "leader",
          "aide",
          "adviser",
          "advisor",
          "director",
          "chief",
          "ambassador",
          "envoy",
          "deputy",
          "vice",
          "mayor",
          "judge",
          "justice",
          "prince",
          "princess",
          "sheikh",
          "commander",
          "colonel",
          "captain",
          "lt",
          "sgt",
          "professor",
          "prof",
          "rev",
          "speaker",
          "chairman",
          "chairwoman",
          "candidate",
          "nominee",
          "premier",
          "foreign",
          "defense",
          "defence",
          "interior",
          "state",
          "finance",
          "attorney",
          "congressman",
          "congresswoman",
          "sheriff",
          "officer",
          "head");

  /** Social platforms: a place a statement appears, never its speaker. */
  static final Set<String> PLATFORMS =
      Set.of(
          "x",
          "twitter",
          "facebook",
          "telegram",
          "instagram",
          "youtube",
          "tiktok",
          "truth",
          "truth social",
          "threads",
          "linkedin",
          "weibo",
          "reddit",
          "bluesky");

  /** Words that end a name: times and days are capitalised but never part of a speaker. */
  static final Set<String> TIME_WORDS =
      CalendarWords.weekdaysMonthsExceptMayAnd("today", "yesterday", "tonight", "tomorrow");

  /** Pronouns, so that a capitalised word the tagger calls a pronoun can be told from one. */
  static final Set<String> PRONOUNS =
      Set.of(
          "i",
          "you",
          "he",
          "she",
          "it",
          "we",
          "they",
          "me",
          "him",
          "her",
          "us",
          "them",
          "my",
          "your",
          "his",
          "its",
          "our",
          "their",
          "mine",
          "yours",
          "hers",
          "ours",
          "theirs",
          "myself",
          "yourself",
          "himself",
          "herself",
          "itself",
          "ourselves",
          "themselves",
          "who",
          "whom",
          "whose",
          "what",
          "which",
          "that",
          "this",
          "these",
          "those",
          "someone",
          "somebody",
          "something",
          "anyone",
          "anybody",
          "anything",
          "everyone",
          "everybody",
          "everything",
          "no one",
          "nobody",
          "nothing",
          "one",
          "each",
          "all",
          "both",
          "none",
          "some",
          "many",
          "few",
          "several",
          "others",
          "another",
          "there",
          "it's",
          "i'm",
          "i've",
          "i'd",
          "i'll",
          "you're",
          "you've",
          "you'll",
          "you'd",
          "he's",
          "she's",
          "we're",
          "we've",
          "we'll",
          "we'd",
          "they're",
          "they've",
          "they'll",
          "they'd",
          "there's",
          "that's",
          "what's",
          "who's",
          "he'd",
          "she'd",
          "he'll",
          "she'll",
          "let's",
          "whoever",
          "whatever");

  static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

  private AttributionLexicon() {}

  /** A lemma's regular forms: {@code base, base+s, base+ed, base+ing}, plus irregular ones. */
  static Set<String> inflect(String... lemmas) {
    Set<String> out = new HashSet<>();
    for (String lemma : lemmas) {
      out.add(lemma);
      if (lemma.endsWith("e")) {
        String stem = lemma.substring(0, lemma.length() - 1);
        out.add(lemma + "s");
        out.add(lemma + "d");
        out.add(stem + "ing");
      } else if (lemma.endsWith("y")
          && lemma.length() > 2
          && !isVowel(lemma.charAt(lemma.length() - 2))) {
        String stem = lemma.substring(0, lemma.length() - 1);
        out.add(stem + "ies");
        out.add(stem + "ied");
        out.add(lemma + "ing");
      } else {
        out.add(
            lemma
                + (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch")
                    ? "es"
                    : "s"));
        out.add(lemma + "ed");
        out.add(lemma + "ing");
        char last = lemma.charAt(lemma.length() - 1);
        if (!isVowel(last)
            && last != 'w'
            && last != 'y'
            && isVowel(lemma.charAt(lemma.length() - 2))) {
          out.add(lemma + last + "ed");
          out.add(lemma + last + "ing");
        }
      }
      switch (lemma) {
        case "say" -> out.addAll(Set.of("said", "says"));
        case "tell" -> out.add("told");
        case "write" -> out.addAll(Set.of("wrote", "written"));
        default -> {}
      }
    }
    return Set.copyOf(out);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** Crude singular of a folded noun, enough to match role nouns. */
  static String singular(String noun) {
    if (noun.endsWith("people")) {
      return noun;
    }
    if (noun.endsWith("men")) {
      return noun.substring(0, noun.length() - 3) + "man";
    }
    if (noun.endsWith("ies") && noun.length() > 4) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 3) {
      return noun.substring(0, noun.length() - 1);
    }
    return noun;
  }
}
