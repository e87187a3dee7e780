package dev.storyweave.quotes;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Mention;
import dev.storyweave.model.QuoteMention;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import dev.storyweave.text.PosTagger;
import dev.storyweave.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/*
 * Rule-based attribution over part-of-speech tags, the way news English marks a quotation:
 *
 * 1. Quoted spans come from QuoteSpanFinder (all quote styles, per paragraph).
 * 2. Each quote's context is the text of its own clause outside any quotation: the words after
 *    the closing mark up to the next sentence end or quotation, and the words before the opening
 *    mark back to the previous sentence end or quotation. A split quote ("I will go," he said,
 *    "if they come.") therefore finds the same cue from both halves and the two mentions share it.
 *    A quote whose words end with a full stop ends its sentence: what follows is not its cue.
 * 3. Patterns, most specific first: `"...," NP said`, `"...," said NP`, `"...," NP, the role,
 *    said`, `"...," Name (D-Wash.) said` after the quote; `NP said: "..."`, `NP said that "..."`,
 *    `NP, who said "..."`, `NP smiled and said` before it; `according to NP`; a participle
 *    without its own subject (`..., adding: "..."`) or a quote introduced by a colon or dash takes
 *    the clause's subject.
 * 4. A quote with none of these continues the speaker of the quote before it in its paragraph
 *    (or of the previous paragraph when the quote is a paragraph of its own, or that paragraph
 *    ended with a colon), or takes the speaker of a preceding `X said in a statement.`; as a last
 *    resort, a quote inside a clause with its own verb takes that clause's named subject.
 * 5. Speakers are noun phrases built from UD tags (PROPN, NOUN, DET, ADJ, possessive 's).
 *    Pronouns resolve to the most recent compatible name in subject or speaker position before
 *    them (then to any recent name not after a preposition); definite roles ("the ministry's
 *    spokesman") resolve through role-name pairs written elsewhere in the article ("ministry
 *    spokesman Jon Hale", "Name, the role,"), a definite leading role ("the Ukrainian
 *    leader") to the person in focus.
 * 6. Clear reported speech in sentences without quotation marks (`NP said (that) CLAUSE`,
 *    `CLAUSE, NP said.`, `According to NP, CLAUSE.`) gives indirect mentions.
 *
 * There is no English NER model on Maven Central, so names are PROPN runs from OpenNLP's UD
 * tagger, corrected for capitalised words it misreads ("Hale said" comes out VERB VERB); its
 * remaining errors cost some precision, measured by `storyweave eval quotes` (tuned on PolNeAR
 * train only). The shared PosTagger is thread-safe.
 */
final class EnglishQuoteExtractor implements QuoteExtractor {

  private static final int MAX_NP = 8;
  private static final int MIN_UNATTRIBUTED_WORDS = 3;
  private static final int MAX_TITLE_WORDS = 7;
  private static final Set<String> SUBORDINATORS =
      Set.of("although", "though", "while", "whereas", "but", "because", "as", "when");
  private static final Set<String> TITLE_FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "is");
  private static final Set<String> INDEFINITE =
      Set.of("a", "an", "one", "two", "three", "four", "several", "some", "many", "other");
  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("was", "were", "is", "are", "been", "being", "be");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  private static final Set<String> OBJECT_PREPOSITIONS =
      Set.of("to", "into", "in", "at", "for", "from", "about");

  /** Closed-class words the tagger may rightly read as conjunctions, prepositions or articles. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "and",
          "but",
          "or",
          "nor",
          "so",
          "yet",
          "for",
          "if",
          "as",
          "that",
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "to",
          "of",
          "with",
          "by",
          "from",
          "when",
          "while",
          "because",
          "although",
          "though",
          "since",
          "unless",
          "whether",
          "after",
          "before",
          "until",
          "once",
          "then",
          "than",
          "this",
          "these",
          "those",
          "each",
          "every",
          "some",
          "all",
          "both",
          "either",
          "neither",
          "no",
          "not",
          "into",
          "over",
          "under",
          "about",
          "like",
          "per",
          "via",
          "where",
          "whereas",
          "whose",
          "which",
          "what",
          "whatever");

  private static final Set<String> INDEFINITE_SPEAKERS = Set.of("another", "one", "others");

  /** Adverbs that may open a sentence before a verb of saying ("Later told reporters"). */
  private static final Set<String> COMMON_ADVERBS =
      Set.of(
          "also",
          "then",
          "later",
          "earlier",
          "still",
          "again",
          "here",
          "there",
          "now",
          "once",
          "never",
          "just",
          "only",
          "even",
          "finally",
          "yet",
          "so",
          "thus",
          "instead",
          "often",
          "always",
          "sometimes",
          "soon",
          "meanwhile",
          "however",
          "too",
          "already",
          "ever",
          "when",
          "where",
          "how",
          "why",
          "as",
          "while",
          "whenever",
          "afterward",
          "afterwards");

  /** A quoted web address or embed fragment ("pic.twitter.com/...", "http://..."): no speech. */
  private static final Pattern LINK =
      Pattern.compile(
          "\\s*\\S*(?:https?://|www\\.|pic\\.twitter\\.com|\\.com\\b|\\.org\\b)\\S*\\s*",
          Pattern.CASE_INSENSITIVE);

  /** Prepositions whose object a message is addressed to or about, never its source. */
  private static final Set<String> ADDRESSEE_PREPOSITIONS =
      Set.of("to", "at", "in", "on", "about", "against", "toward", "towards", "with");

  private static final Set<String> ROLE_PREPOSITIONS = Set.of("for", "of", "at", "to", "with");
  private static final Set<String> POSSESSIVE_PRONOUNS =
      Set.of("his", "her", "their", "its", "our");

  private static final EnglishQuoteExtractor SHARED =
      new EnglishQuoteExtractor(PosTagger.english());

  private final PosTagger tagger;

  private EnglishQuoteExtractor(PosTagger tagger) {
    this.tagger = tagger;
  }

  static EnglishQuoteExtractor shared() {
    return SHARED;
  }

  @Override
  public List<QuoteMention> extract(AnalyzedText text) {
    Doc doc = new Doc(text, tagger);
    return new Attribution(doc).run();
  }

  /** The article as flat token arrays with tags, paragraphs and quotation membership. */
  static final class Doc {
    final String articleId;
    final String text;
    final int n;
    final String[] word;
    final String[] fold;
    final String[] tag;
    final int[] start;
    final int[] end;
    final int[] para;
    final int[] sentence;
    final int[] quoteOf;
    final List<QuotedSpan> quotes;

    Doc(AnalyzedText analyzed, PosTagger tagger) {
      this.articleId = analyzed.articleId();
      this.text = analyzed.text();
      List<Token> tokens = new ArrayList<>();
      List<Integer> sentenceOf = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (Sentence s : analyzed.sentences()) {
        List<String> sentenceTags = tagger.tag(s);
        for (int i = 0; i < sentenceTags.size(); i++) {
          tokens.add(s.tokens().get(i));
          sentenceOf.add(s.index());
          tags.add(sentenceTags.get(i));
        }
      }
      n = tokens.size();
      word = new String[n];
      fold = new String[n];
      tag = new String[n];
      start = new int[n];
      end = new int[n];
      para = new int[n];
      sentence = new int[n];
      quoteOf = new int[n];
      int[] lineStarts = lineStarts(text);
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        word[i] = TextNormalizer.plainPunctuation(t.text());
        fold[i] = t.normalized();
        String rawTag = tags.get(i);
        // The tokenizer keeps clitics on ("Okafor's" is PROPN+PART): the host's tag counts.
        tag[i] = rawTag.contains("+") ? rawTag.substring(0, rawTag.indexOf('+')) : rawTag;
        start[i] = t.start();
        end[i] = t.end();
        sentence[i] = sentenceOf.get(i);
        int line = Arrays.binarySearch(lineStarts, t.start());
        para[i] = line >= 0 ? line : -line - 2;
      }
      markNames();
      quotes = QuoteSpanFinder.find(text);
      Arrays.fill(quoteOf, -1);
      int q = 0;
      for (int i = 0; i < n; i++) {
        while (q < quotes.size() && quotes.get(q).outerEnd() <= start[i]) {
          q++;
        }
        if (q < quotes.size()
            && start[i] < quotes.get(q).outerEnd()
            && end[i] > markStart(quotes.get(q))) {
          quoteOf[i] = q;
        }
      }
    }

    /** Where a quotation's opening mark starts: both apostrophes of a doubled ('') mark. */
    private int markStart(QuotedSpan quote) {
      int open = quote.open();
      boolean doubled = open > 0 && text.charAt(open) == '\'' && text.charAt(open - 1) == '\'';
      return doubled ? open - 1 : open;
    }

    /*
     * The UD tagger often misses names that are also words ("Hale said" comes out VERB VERB).
     * A capitalised content word is a name inside a sentence, and at a sentence start when a
     * verb or another name follows it; role words ("Officials said") stay nouns.
     */
    private void markNames() {
      String[] fixed = tag.clone();
      for (int i = 0; i < n; i++) {
        // "Mark-Viverito" comes out as "Mark" "-Viverito": the second half continues the name
        if (i > 0
            && word[i].length() > 1
            && word[i].charAt(0) == '-'
            && Character.isUpperCase(word[i].charAt(1))
            && start[i] == end[i - 1]
            && fixed[i - 1].equals("PROPN")) {
          fixed[i] = "PROPN";
          continue;
        }
        if (tag[i].equals("PROPN") || !isCapitalised(word[i])) {
          continue;
        }
        // "said Hough" comes out VERB SCONJ: after a lower-case word, a capitalised word the
        // tagger calls a function word is an unknown name (title-cased headlines are not
        // affected: there the word before is capitalised too)
        boolean functionTag =
            tag[i].equals("SCONJ")
                || tag[i].equals("ADP")
                || tag[i].equals("CCONJ")
                || tag[i].equals("DET")
                || tag[i].equals("PART");
        if (functionTag
            && i > 0
            && sentence[i - 1] == sentence[i]
            && !word[i - 1].isEmpty()
            && Character.isLowerCase(word[i - 1].charAt(0))) {
          fixed[i] = "PROPN";
          continue;
        }
        // "In the email, Ash described" comes out PUNCT SCONJ VERB: after a comma, a capitalised
        // "function word" that no English function word spells, before a verb, is a name
        if (functionTag
            && i > 0
            && i + 1 < n
            && word[i - 1].equals(",")
            && sentence[i + 1] == sentence[i]
            && (tag[i + 1].equals("VERB") || AttributionLexicon.CUES.contains(fold[i + 1]))
            && !FUNCTION_WORDS.contains(fold[i])) {
          fixed[i] = "PROPN";
          continue;
        }
        // "Circuit Court Judge Ann Lee said" comes out SCONJ NOUN ...: at a sentence start, a
        // "function word" no English function word spells, before a run of capitalised words
        // that a comma or a cue closes, opens a name (a headline's run ends with a colon)
        boolean opening = i == 0 || sentence[i - 1] != sentence[i] || "\"(".contains(word[i - 1]);
        if (functionTag
            && opening
            && !FUNCTION_WORDS.contains(fold[i])
            && !COMMON_ADVERBS.contains(fold[i])
            && capitalisedRunBeforeCue(i + 1)) {
          fixed[i] = "PROPN";
          continue;
        }
        // an unknown capitalised word the tagger calls a pronoun ("Wertheim said")
        String t =
            tag[i].equals("PRON") && !AttributionLexicon.PRONOUNS.contains(fold[i])
                ? "NOUN"
                : tag[i];
        // "Will wrote": a capitalised auxiliary right before a cue verb is a name
        boolean auxName =
            t.equals("AUX")
                && i + 1 < n
                && sentence[i + 1] == sentence[i]
                && AttributionLexicon.CUES.contains(fold[i + 1]);
        // "Howard continued": an unknown name the tagger calls an adverb, before a verb of saying
        boolean adverbName =
            t.equals("ADV")
                && !fold[i].endsWith("ly")
                && !COMMON_ADVERBS.contains(fold[i])
                && i + 1 < n
                && sentence[i + 1] == sentence[i]
                && tag[i + 1].equals("VERB")
                && AttributionLexicon.CUES.contains(fold[i + 1]);
        boolean content =
            t.equals("NOUN")
                || t.equals("ADJ")
                || t.equals("VERB")
                || t.equals("X")
                || auxName
                || adverbName;
        // "Murphy Tweeted on Friday": a capitalised past-tense cue is the verb, not a name
        boolean pastCue = AttributionLexicon.CUES.contains(fold[i]) && fold[i].endsWith("ed");
        if (!content
            || pastCue
            || AttributionLexicon.ROLE_NOUNS.contains(AttributionLexicon.singular(fold[i]))
            || AttributionLexicon.TIME_WORDS.contains(fold[i])) {
          continue;
        }
        boolean initial =
            i == 0
                || sentence[i - 1] != sentence[i]
                || QuoteSpanFinder.family(word[i - 1].charAt(0)) != 0
                || "(:-".contains(word[i - 1]);
        if (!initial) {
          fixed[i] = "PROPN";
          continue;
        }
        // "Small, who attended the rally, said": an appositive relative clause follows a name
        if (i + 2 < n && word[i + 1].equals(",") && fold[i + 2].equals("who")) {
          fixed[i] = "PROPN";
          continue;
        }
        if (i + 1 < n && word[i + 1].equals(",") && cueAfterAside(i + 2)) {
          fixed[i] = "PROPN"; // "Lund, in Kentucky, said": a verbless aside, then a cue
          continue;
        }
        int j = i + 1;
        // "Lee later Thursday told": adverbs, auxiliaries and a day may stand before the verb
        while (j < n
            && sentence[j] == sentence[i]
            && (tag[j].equals("ADV")
                || tag[j].equals("AUX")
                || j > i + 1 && AttributionLexicon.TIME_WORDS.contains(fold[j]))) {
          j++;
        }
        if (j < n
            && sentence[j] == sentence[i]
            && (tag[j].equals("VERB") && j > i + 1
                || j == i + 1
                    && (tag[j].equals("VERB")
                        || tag[j].equals("PROPN")
                        || AttributionLexicon.CUES.contains(fold[j])))) {
          fixed[i] = "PROPN";
        }
      }
      System.arraycopy(fixed, 0, tag, 0, n);
      fixCueTags();
    }

    /** A comma outside quotation marks between {@code from} and {@code to}, both included. */
    boolean hasComma(int from, int to) {
      for (int k = from; k <= to; k++) {
        if (word[k].equals(",") && outside(k)) {
          return true;
        }
      }
      return false;
    }

    /** A run of capitalised nouns or names from {@code from} closed by a comma or a cue word. */
    private boolean capitalisedRunBeforeCue(int from) {
      int k = from;
      while (k < n
          && k - from < MAX_NP
          && sentence[k] == sentence[from]
          && isCapitalised(word[k])
          && (tag[k].equals("NOUN") || tag[k].equals("PROPN"))) {
        k++;
      }
      return k > from
          && k < n
          && sentence[k] == sentence[from]
          && (word[k].equals(",") || AttributionLexicon.CUES.contains(fold[k]));
    }

    /**
     * Whether an aside of lower-case words without a verb starts at {@code from} and closes with a
     * comma and a cue verb (", in Kentucky, said", ", the city manager, told").
     */
    private boolean cueAfterAside(int from) {
      if (from >= n || word[from].isEmpty() || !Character.isLowerCase(word[from].charAt(0))) {
        return false;
      }
      for (int k = from; k < n && k - from < 15 && sentence[k] == sentence[from]; k++) {
        if (word[k].equals(",")) {
          int c = k + 1;
          while (c < n && sentence[c] == sentence[k] && tag[c].equals("ADV")) {
            c++;
          }
          return c < n
              && sentence[c] == sentence[k]
              && (tag[c].equals("VERB") || fold[c].equals("said"))
              && AttributionLexicon.CUES.contains(fold[c]);
        }
        // "speaking to reporters" is an aside; a finite verb makes a clause of its own
        boolean participle = tag[k].equals("VERB") && fold[k].endsWith("ing");
        if (tag[k].equals("AUX") || tag[k].equals("VERB") && !participle) {
          return false;
        }
      }
      return false;
    }

    /*
     * Two tagger misreadings around cue verbs that hide a speaker: "Bond said" comes out NOUN AUX
     * (an auxiliary is skipped as an adverb would be), and "the official said" or "the editorial
     * read" comes out DET ADJ VERB, a noun phrase without a noun. A cue word after a noun or a
     * name is the verb; an adjective between a determiner and a cue word is the phrase's head.
     */
    private void fixCueTags() {
      for (int i = 1; i < n; i++) {
        if (isPhrasalCue(i)
            && sentence[i - 1] == sentence[i]
            && Character.isUpperCase(word[i - 1].charAt(0))
            && (tag[i - 1].equals("ADJ") || tag[i - 1].equals("NOUN") || tag[i - 1].equals("X"))) {
          // "Trump shot back" read ADJ NOUN ADV: a capitalised word, then the verb
          tag[i - 1] = "PROPN";
          tag[i] = "VERB";
        }
        if (!AttributionLexicon.CUES.contains(fold[i]) || sentence[i - 1] != sentence[i]) {
          continue;
        }
        if (tag[i].equals("AUX") && (isNoun(i - 1) || isSubjectPronoun(i - 1))) {
          tag[i] = "VERB";
        }
        if (i >= 2
            && tag[i - 1].equals("ADJ")
            && Character.isLowerCase(word[i - 1].charAt(0))
            && sentence[i - 2] == sentence[i]
            && (tag[i - 2].equals("DET") || POSSESSIVE_PRONOUNS.contains(fold[i - 2]))) {
          tag[i - 1] = "NOUN";
          if (!tag[i].equals("VERB")) {
            tag[i] = "VERB";
          }
        }
      }
    }

    private static boolean isCapitalised(String w) {
      return !w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && w.chars().anyMatch(Character::isLowerCase);
    }

    private static int[] lineStarts(String text) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean outside(int i) {
      return quoteOf[i] < 0;
    }

    boolean isClauseEnd(int i) {
      if (!outside(i)) {
        return false;
      }
      if (word[i].equals(".")) {
        // an initial ("William M. Daley"), a title ("Mrs. Lane") or an abbreviation before a
        // bracket or comma ("(D-Ore.)", "Washington, D.C., said") does not end a sentence
        boolean beforeBracket = i + 1 < n && (word[i + 1].equals(")") || word[i + 1].equals(","));
        return i == 0 || !isAbbreviation(i - 1) && !beforeBracket;
      }
      return word[i].equals("!") || word[i].equals("?");
    }

    /** An initial or an abbreviated title, written with a full stop that ends no sentence. */
    boolean isAbbreviation(int i) {
      return word[i].length() == 1 && Character.isUpperCase(word[i].charAt(0))
          || AttributionLexicon.ABBREVIATIONS.contains(fold[i])
              && i + 1 < n
              && word[i + 1].equals(".")
              && sentence[i + 1] == sentence[i]
              && (i + 2 >= n || sentence[i + 2] == sentence[i]);
    }

    boolean isNoun(int i) {
      return tag[i].equals("NOUN") || tag[i].equals("PROPN");
    }

    boolean isName(int i) {
      return (tag[i].equals("PROPN")
              || tag[i].equals("X") && Character.isUpperCase(word[i].charAt(0)))
          && !AttributionLexicon.TIME_WORDS.contains(fold[i]);
    }

    boolean isSubjectPronoun(int i) {
      if (!tag[i].equals("PRON")) {
        return false;
      }
      // the tokenizer keeps a contracted auxiliary on its pronoun: "he's said", "they've said"
      int clitic = fold[i].indexOf('\'');
      if (clitic > 0) {
        String pronoun = fold[i].substring(0, clitic);
        return !pronoun.equals("it") && AttributionLexicon.SPEAKER_PRONOUNS.contains(pronoun);
      }
      return AttributionLexicon.SPEAKER_PRONOUNS.contains(fold[i]);
    }

    boolean isPossessive(int i) {
      return fold[i].equals("'s") || fold[i].equals("'");
    }

    /** A token that carries its own possessive clitic ("Okafor's"). */
    boolean hasPossessive(int i) {
      return fold[i].length() > 2 && (fold[i].endsWith("'s") || fold[i].endsWith("s'"));
    }

    /** The token's text without a possessive clitic. */
    String bare(int i) {
      if (!hasPossessive(i)) {
        return text.substring(start[i], end[i]);
      }
      int cut = fold[i].endsWith("'s") ? 2 : 1;
      return text.substring(start[i], end[i] - cut);
    }

    /** "the caustic chant", "a bitter retort": after a determiner and an adjective, a noun. */
    boolean nounAfterModifiers(int i) {
      return i > 1 && tag[i - 1].equals("ADJ") && tag[i - 2].equals("DET");
    }

    boolean isCue(int i) {
      if (outside(i) && isPhrasalCue(i)) {
        return true;
      }
      if (!outside(i) || !AttributionLexicon.CUES.contains(fold[i])) {
        return false;
      }
      // "AP's report", "Trump's remarks": a word after its owner is a noun ("he's said" is no
      // owner)
      if (i > 0 && (hasPossessive(i - 1) || isPossessive(i - 1)) && !tag[i - 1].equals("PRON")) {
        return false;
      }
      if (nounAfterModifiers(i)) {
        return false;
      }
      // "the United States should": a capitalised cue word inside a name is part of it
      if (tag[i].equals("PROPN")
          && Character.isUpperCase(word[i].charAt(0))
          && i > 0
          && isName(i - 1)
          && sentence[i - 1] == sentence[i]) {
        return false;
      }
      return tag[i].equals("VERB")
          || fold[i].endsWith("ing") && i > 0 && tag[i - 1].equals("ADP")
          || fold[i].equals("said")
          || fold[i].equals("says")
          || fold[i].equals("told")
          || fold[i].equals("added")
          || isFiniteForm(i)
              && i > 0
              && (isNoun(i - 1) || isSubjectPronoun(i - 1))
              && !insideObjectOfCue(i)
          // "Another tweeted": the tagger reads the cue as a pronoun after a determiner
          || isFiniteForm(i) && i > 0 && INDEFINITE_SPEAKERS.contains(fold[i - 1]);
    }

    /**
     * "calling the two reports '...'": a noun in -s inside the object of a verb of saying just
     * before it is the object's head, not a second verb.
     */
    private boolean insideObjectOfCue(int i) {
      for (int k = i - 1; k >= 0 && i - k <= 6 && sentence[k] == sentence[i]; k--) {
        if (tag[k].equals("VERB") || tag[k].equals("AUX") || !outside(k)) {
          return tag[k].equals("VERB") && AttributionLexicon.CUES.contains(fold[k]);
        }
        if (word[k].equals(",") || isSubjectPronoun(k)) {
          return false;
        }
      }
      return false;
    }

    /** A verb of saying written with its particle: "points out", "put it". */
    boolean isPhrasalCue(int i) {
      if (i + 1 >= n || sentence[i + 1] != sentence[i]) {
        return false;
      }
      return AttributionLexicon.PHRASAL_CUES.contains(fold[i]) && fold[i + 1].equals("out")
          // "As Foner put it: ..."
          || (fold[i].equals("put") || fold[i].equals("puts")) && fold[i + 1].equals("it")
          // "..., Lee shot back"
          || AttributionLexicon.RETORT_VERBS.contains(fold[i]) && fold[i + 1].equals("back");
    }

    /** "Viguerie adds", "he notes": the tagger reads many present-tense cues as nouns. */
    boolean isFiniteForm(int i) {
      return fold[i].endsWith("s") || fold[i].endsWith("ed");
    }

    boolean isAccordingTo(int i) {
      return i + 1 < n && fold[i].equals("according") && fold[i + 1].equals("to") && outside(i);
    }

    String span(int from, int to) {
      return text.substring(start[from], end[to]);
    }

    /** The span's text without a possessive clitic on its last token. */
    String bareSpan(int from, int to) {
      return text.substring(start[from], end[to] - (end[to] - start[to] - bare(to).length()));
    }

    Mention mention(int from, int to) {
      return new Mention(span(from, to), articleId, start[from], end[to]);
    }
  }

  /** A noun phrase [from, to] (inclusive token indexes) with its head. */
  record Np(int from, int to, int head) {}

  /** What the attribution of one quote found. */
  record Found(Np speaker, int cueFrom, int cueTo) {
    static final Found NONE = new Found(null, -1, -1);

    boolean hasSpeaker() {
      return speaker != null;
    }
  }

  /** The attribution pass over one document. */
  static final class Attribution {
    private final Doc d;
    private final TreeMap<Integer, Focus> focus = new TreeMap<>();
    private final TreeMap<Integer, Focus> mentioned = new TreeMap<>();
    private final Map<Integer, Found> lastResort = new HashMap<>();
    private final List<RoleName> roles = new ArrayList<>();
    private final Map<String, String> longestName = new HashMap<>();
    private final Map<Integer, Np> relative = new HashMap<>();

    /** A name in subject or speaker position: what a later pronoun may refer to. */
    record Focus(String name, boolean organization, boolean plural) {}

    /** A role written next to a name ("ministry spokesman Jon Hale"). */
    record RoleName(Set<String> words, String name, int position) {}

    Attribution(Doc d) {
      this.d = d;
    }

    List<QuoteMention> run() {
      collectNames();
      collectSubjects();
      List<QuoteMention> out = new ArrayList<>();
      Found[] found = new Found[d.quotes.size()];
      int[] firstTok = new int[d.quotes.size()];
      int[] lastTok = new int[d.quotes.size()];
      Arrays.fill(firstTok, -1);
      for (int i = 0; i < d.n; i++) {
        int q = d.quoteOf[i];
        if (q >= 0) {
          if (firstTok[q] < 0) {
            firstTok[q] = i;
          }
          lastTok[q] = i;
        }
      }
      for (int q = 0; q < found.length; q++) {
        found[q] = firstTok[q] < 0 ? Found.NONE : attribute(firstTok[q], lastTok[q]);
        if (found[q].hasSpeaker()) {
          Found outlet = reportingOutlet(lastTok[q]);
          if (outlet.hasSpeaker()) {
            found[q] = outlet;
          }
        }
        if (found[q].hasSpeaker()) {
          Np np = relative.getOrDefault(found[q].speaker().head(), found[q].speaker());
          String name = nameOf(np);
          if (name != null) {
            focus.put(np.head(), new Focus(name, isOrganization(np), false));
          }
        }
      }
      // Continuations: an unattributed quote takes the speaker of an adjacent quote of its
      // paragraph, or of a paragraph that introduced it with a colon.
      for (int q = 0; q < found.length; q++) {
        if (found[q].hasSpeaker() || firstTok[q] < 0) {
          continue;
        }
        for (int p = q - 1; p >= 0; p--) {
          if (firstTok[p] < 0) {
            continue;
          }
          if (!isStatement(p)
              && d.para[firstTok[p]] == d.para[firstTok[q]]
              && (!isStatement(q) || earlierStatement(p, firstTok) >= 0)) {
            // a scare-quoted word ("what he calls the 'crooked' process") lends no speaker when
            // a statement of the paragraph stands before it, nor to another short quote
            continue;
          }
          boolean sameParagraph = d.para[firstTok[p]] == d.para[firstTok[q]];
          boolean colonBefore =
              d.para[firstTok[p]] == d.para[firstTok[q]] - 1
                  && firstTok[q] > 0
                  && d.word[firstTok[q] - 1].equals(":");
          boolean nextParagraph =
              firstTok[q] > 0
                  && d.para[firstTok[q] - 1] != d.para[firstTok[q]]
                  && d.para[lastTok[p]] == d.para[firstTok[q] - 1]
                  && quoteOnlyParagraph(firstTok[q]);
          if ((sameParagraph || colonBefore || nextParagraph) && found[p].hasSpeaker()) {
            found[q] = found[p];
          }
          break;
        }
        if (!found[q].hasSpeaker() && q + 1 < found.length && firstTok[q + 1] >= 0) {
          boolean adjacent =
              lastTok[q] + 1 == firstTok[q + 1] && d.para[lastTok[q]] == d.para[firstTok[q + 1]];
          if (adjacent && found[q + 1].hasSpeaker()) {
            found[q] = found[q + 1];
          }
        }
        if (!found[q].hasSpeaker()) {
          found[q] = colonParagraph(firstTok[q]);
        }
        if (!found[q].hasSpeaker()) {
          found[q] = previousClause(firstTok[q]);
        }
        if (!found[q].hasSpeaker()) {
          found[q] = lastResort.getOrDefault(firstTok[q], Found.NONE);
        }
        if (!found[q].hasSpeaker()) {
          found[q] = previousParagraph(firstTok[q]);
        }
        if (!found[q].hasSpeaker() && isStatement(q)) {
          found[q] = sentenceSpeaker(firstTok[q], lastTok[q]);
        }
        if (!found[q].hasSpeaker() && isStatement(q)) {
          found[q] = previousSentenceSubject(firstTok[q]);
        }
      }
      boolean[] singleStyled = singleQuotesBesideDouble();
      for (int q = 0; q < found.length; q++) {
        QuotedSpan span = d.quotes.get(q);
        Mention content =
            new Mention(
                d.text.substring(span.start(), span.end()), d.articleId, span.start(), span.end());
        Found f = found[q];
        if (!f.hasSpeaker() && !isStatement(q)
            || isShortTitle(q)
            || singleStyled[q]
            || LINK.matcher(content.text()).matches()) {
          continue; // a scare quote or a title in quotes, not a statement
        }
        Mention speaker = f.hasSpeaker() ? d.mention(f.speaker().from(), f.speaker().to()) : null;
        Mention cue = f.cueFrom() >= 0 ? d.mention(f.cueFrom(), f.cueTo()) : null;
        String name = f.hasSpeaker() ? resolve(f.speaker()) : null;
        out.add(new QuoteMention(content, speaker, cue, true, name));
      }
      reportedSpeech(out);
      out.sort(Comparator.comparingInt(m -> m.content().start()));
      return out;
    }

    // ---- reported speech ----------------------------------------------------------------

    /*
     * Only clear reported speech, in sentences without quotation marks: `NP said (that) CLAUSE`
     * with the speaker as the sentence's subject, `CLAUSE, NP said.` and `According to NP,
     * CLAUSE.` The content is the reported clause, at least four tokens.
     */
    private void reportedSpeech(List<QuoteMention> out) {
      int i = 0;
      while (i < d.n) {
        int s = i;
        while (i < d.n && d.sentence[i] == d.sentence[s]) {
          i++;
        }
        int e = i;
        boolean quoted = false;
        for (int k = s; k < e && !quoted; k++) {
          quoted = !d.outside(k) || QuoteSpanFinder.family(d.word[k].charAt(0)) != 0;
        }
        if (quoted || e - s < 6) {
          continue;
        }
        int last = d.isClauseEnd(e - 1) ? e - 2 : e - 1;
        QuoteMention m = reportedAfterSpeaker(s, last);
        if (m == null) {
          m = reportedBeforeSpeaker(s, last);
        }
        if (m != null) {
          out.add(m);
        }
      }
    }

    private QuoteMention reportedAfterSpeaker(int s, int last) {
      int from = s;
      if (d.isAccordingTo(s)) {
        Np source = npRight(s + 2, last);
        if (source != null && source.to() + 1 < last && d.word[source.to() + 1].equals(",")) {
          return reported(source.to() + 2, last, source, s, s + 1);
        }
        return null;
      }
      for (int c = from; c <= last && c < from + 12; c++) {
        if (!d.isCue(c) || !AttributionLexicon.REPORTING_CUES.contains(d.fold[c])) {
          continue;
        }
        Np np = subjectOfCue(c, from);
        if (np == null || !isSpeakerLike(np) || d.fold[np.head()].equals("it")) {
          return null;
        }
        int k = c + 1;
        if (d.fold[c].startsWith("tel") || d.fold[c].equals("told")) {
          Np object = npRight(k, last + 1);
          if (object == null) {
            return null;
          }
          k = object.to() + 1;
        }
        int that = -1;
        for (int t = k; t <= last && t < k + 8; t++) {
          if (d.fold[t].equals("that")) {
            that = t;
            break;
          }
          if (d.word[t].equals(",") || d.isCue(t)) {
            break;
          }
        }
        if (that >= 0) {
          return reported(that + 1, last, np, c, c);
        }
        boolean clauseStart =
            k <= last
                && (d.tag[k].equals("PRON")
                    || d.tag[k].equals("DET")
                    || d.tag[k].equals("PROPN")
                    || d.tag[k].equals("NOUN"));
        return clauseStart ? reported(k, last, np, c, c) : null;
      }
      return null;
    }

    /** `CLAUSE, NP said.` */
    private QuoteMention reportedBeforeSpeaker(int s, int last) {
      int c = last;
      if (c - 2 <= s || !d.isCue(c) || !AttributionLexicon.REPORTING_CUES.contains(d.fold[c])) {
        return null;
      }
      int j = c - 1;
      while (j > s && d.tag[j].equals("ADV")) {
        j--;
      }
      Np np = npLeft(j, s);
      if (np == null || np.from() - 1 <= s || !d.word[np.from() - 1].equals(",")) {
        return null;
      }
      if (!isSpeakerLike(np)) {
        return null;
      }
      return reported(s, np.from() - 2, np, c, c);
    }

    private QuoteMention reported(int from, int to, Np speaker, int cueFrom, int cueTo) {
      if (to - from + 1 < 4) {
        return null;
      }
      Mention content = d.mention(from, to);
      return new QuoteMention(
          content,
          d.mention(speaker.from(), speaker.to()),
          d.mention(cueFrom, cueTo),
          false,
          resolve(speaker));
    }

    /*
     * An article that quotes between double marks keeps single marks for headlines, titles and
     * words used as words ("Trump Addresses Attack: 'This Cannot Continue.'"); quotes nested in
     * a double-quoted one are part of it already. Its single-quoted spans are not statements.
     * On PolNeAR train 47 of the 48 single-quoted quotes output were no gold quotation.
     */
    private boolean[] singleQuotesBesideDouble() {
      boolean[] single = new boolean[d.quotes.size()];
      boolean doubleStyle = false;
      for (int q = 0; q < single.length; q++) {
        int open = d.quotes.get(q).open();
        char mark = d.text.charAt(open);
        // two apostrophes stand for a double mark; the span opens at the second one
        boolean doubled = mark == '\'' && open > 0 && d.text.charAt(open - 1) == '\'';
        single[q] = QuoteSpanFinder.family(mark) == 's' && !doubled;
        doubleStyle |= !single[q];
      }
      if (!doubleStyle) {
        Arrays.fill(single, false);
      }
      return single;
    }

    /** A quotation long enough and not title-cased: a statement, not a scare quote or title. */
    /** The nearest quote before {@code p} in its paragraph that is a statement, or -1. */
    private int earlierStatement(int p, int[] firstTok) {
      for (int e = p - 1; e >= 0; e--) {
        if (firstTok[e] < 0) {
          continue;
        }
        if (d.para[firstTok[e]] != d.para[firstTok[p]]) {
          return -1;
        }
        if (isStatement(e)) {
          return e;
        }
      }
      return -1;
    }

    private boolean isStatement(int q) {
      QuotedSpan span = d.quotes.get(q);
      String content = d.text.substring(span.start(), span.end());
      return wordCount(content) >= MIN_UNATTRIBUTED_WORDS && !isTitleCase(content);
    }

    /*
     * A short title-cased quotation ("Meet the Press", "Thelma and Louise,") names a show, a book
     * or a slogan even when a speaker stands next to it; on PolNeAR train such quotes of under
     * seven words were a statement one time in five.
     */
    private boolean isShortTitle(int q) {
      QuotedSpan span = d.quotes.get(q);
      String content = d.text.substring(span.start(), span.end());
      // a quotation in capitals is shouted ("STOP THE WAR"), not a title
      boolean shouted = content.chars().noneMatch(Character::isLowerCase);
      return wordCount(content) < MAX_TITLE_WORDS && isTitleCase(content) && !shouted;
    }

    /** A paragraph made only of quotations: the speaker is that of the paragraph before. */
    private boolean quoteOnlyParagraph(int first) {
      for (int k = first; k < d.n && d.para[k] == d.para[first]; k++) {
        if (d.outside(k) && Character.isLetterOrDigit(d.word[k].charAt(0))) {
          return false;
        }
      }
      return true;
    }

    /** Most words capitalised: a title or a name in quotes, not a statement. */
    private static boolean isTitleCase(String s) {
      int words = 0;
      int capitalised = 0;
      for (String w : s.split("\\s+")) {
        // titles leave short function words in lower case ("Showcase of Democracy")
        if (!w.isEmpty()
            && Character.isLetter(w.charAt(0))
            && !TITLE_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          words++;
          if (Character.isUpperCase(w.charAt(0))) {
            capitalised++;
          }
        }
      }
      return words > 0 && capitalised * 10 >= words * 7;
    }

    private static int wordCount(String s) {
      int count = 0;
      boolean inWord = false;
      for (int i = 0; i < s.length(); i++) {
        boolean letter = Character.isLetter(s.charAt(i));
        if (letter && !inWord) {
          count++;
        }
        inWord = Character.isLetterOrDigit(s.charAt(i));
      }
      return count;
    }

    // ---- attribution of one quote -------------------------------------------------------

    /**
     * A sentence that closes with its reporter (`"...," said X, reports USA Today.`, `X said "...",
     * the Tribune reported.`) has that reporter as its outer source, as "according to Z" does: the
     * quote after {@code last} runs to the sentence's full stop without another quotation, and its
     * last clause is ", reports NP" or ", NP reports".
     */
    private Found reportingOutlet(int last) {
      int stop = last + 1;
      while (stop < d.n && d.sentence[stop] == d.sentence[last]) {
        if (!d.outside(stop)) {
          return Found.NONE;
        }
        stop++;
      }
      stop--;
      if (stop <= last + 2 || !d.word[stop].equals(".")) {
        return Found.NONE;
      }
      int comma = -1;
      for (int k = stop - 1; k > last && stop - k < 10; k--) {
        if (d.word[k].equals(",")) {
          comma = k;
          break;
        }
      }
      if (comma < 0) {
        return Found.NONE;
      }
      if (isReportVerb(comma + 1)) {
        Np np = npRight(comma + 2, stop);
        if (np != null
            && np.to() == stop - 2
            && Character.isUpperCase(d.word[stop - 1].charAt(0))) {
          np = new Np(np.from(), stop - 1, np.head()); // "USA Today": a capitalised time word
        }
        return np != null && np.to() == stop - 1 && namesSomeone(np)
            ? new Found(np, comma + 1, comma + 1)
            : Found.NONE;
      }
      if (isReportVerb(stop - 1)) {
        int k = stop - 2;
        while (k > comma && d.tag[k].equals("ADV") || d.fold[k].equals("first")) {
          k--; // "Right Wing Watch first reported"
        }
        Np np = k > comma ? npLeft(k, comma + 1) : null;
        return np != null && np.from() == comma + 1 && namesSomeone(np)
            ? new Found(np, stop - 1, stop - 1)
            : Found.NONE;
      }
      return Found.NONE;
    }

    /** A phrase with a capitalised name in it ("USA Today", whose head is a time word). */
    private boolean namesSomeone(Np np) {
      for (int k = np.from(); k <= np.to(); k++) {
        if (d.isName(k) || d.tag[k].equals("PROPN")) {
          return true;
        }
      }
      return false;
    }

    private boolean isReportVerb(int k) {
      String w = d.fold[k];
      return w.equals("reports") || w.equals("reported");
    }

    /**
     * Whether the words after a quotation ending in "?" or "!" open a sentence of their own: a
     * capitalised determiner or possessive ("Her critics", "The crowd") and a cue with more than an
     * adverb or a short phrase after it ("cited it as evidence that ..."), where an attribution
     * (`"...?" The senator asked.`) ends at its cue.
     */
    private boolean newSentenceAfterQuestion(QuotedSpan quote, int from, Found after, int to) {
      char last = d.text.charAt(quote.end() - 1);
      if (!quote.closed() || last != '?' && last != '!' || from >= to) {
        return false;
      }
      String first = d.word[from];
      boolean determiner =
          Character.isUpperCase(first.charAt(0))
              && (d.tag[from].equals("DET") || POSSESSIVE_PRONOUNS.contains(d.fold[from]));
      return determiner && after.cueTo() >= 0 && to - after.cueTo() > 4;
    }

    private Found attribute(int first, int last) {
      // the page's layout names the speaker: a transcript label or a signature line
      Found layout = transcriptLabel(first, last);
      if (!layout.hasSpeaker()) {
        layout = dashByline(first, last);
      }
      if (layout.hasSpeaker()) {
        return layout;
      }
      int para = d.para[first];
      // After the quote: up to the sentence end or the next quotation.
      int afterFrom = last + 1;
      int afterTo = afterFrom;
      while (afterTo < d.n && d.para[afterTo] == para && d.outside(afterTo)) {
        if (d.isClauseEnd(afterTo)) {
          break;
        }
        afterTo++;
      }
      // Before the quote: back to the previous sentence end or quotation.
      int beforeTo = first - 1;
      int beforeFrom = first;
      while (beforeFrom - 1 >= 0
          && d.para[beforeFrom - 1] == para
          && d.outside(beforeFrom - 1)
          && !d.isClauseEnd(beforeFrom - 1)) {
        beforeFrom--;
      }
      QuotedSpan quote = d.quotes.get(d.quoteOf[first]);
      boolean endsSentence = quote.closed() && d.text.charAt(quote.end() - 1) == '.';
      Found after = endsSentence ? Found.NONE : after(afterFrom, afterTo);
      if (after.hasSpeaker() && newSentenceAfterQuestion(quote, afterFrom, after, afterTo)) {
        after = Found.NONE; // `"...?" Her critics cited it as evidence that ...`
      }
      if (after.hasSpeaker() && introducesNextQuote(quote, after, afterTo)) {
        after = Found.NONE; // `"Why now?" Lee then writes back, "..."`: the cue is the next turn's
      }
      if (endsSentence && afterTo - afterFrom <= 5 && afterTo < d.n && d.isClauseEnd(afterTo)) {
        // `"... missing." Trump said.`: a bare "NP said." cannot stand alone, it attributes
        Found bare = after(afterFrom, afterTo);
        if (bare.hasSpeaker() && bare.cueTo() >= afterTo - 2) {
          after = bare;
        }
      }
      if (after.hasSpeaker()
          && beforeTo > beforeFrom
          && SUBORDINATORS.contains(d.fold[beforeFrom])
          && !d.fold[beforeFrom].equals("but")
          && !d.hasComma(beforeFrom, beforeTo)) {
        // `When Lee said he would "...," the crowd applauded`: the quote ends a leading
        // subordinate clause whose own cue has a subject; the main clause after it reacts
        Found inner = before(beforeFrom, beforeTo);
        if (inner.hasSpeaker() && inner.cueFrom() >= 0) {
          return inner;
        }
      }
      if (after.hasSpeaker()) {
        // `"...," Hale said, according to the pool report`: the report is the outer source
        for (int k = after.speaker().to() + 1; k < afterTo; k++) {
          if (d.isAccordingTo(k)) {
            Np source = npRight(k + 2, afterTo);
            if (source != null && isSpeaker(source)) {
              return new Found(source, k, k + 1);
            }
          }
        }
        return after;
      }
      Found before = before(beforeFrom, beforeTo);
      if (before.hasSpeaker()) {
        return before;
      }
      Found owner = speechNounOwner(beforeFrom, beforeTo);
      if (owner.hasSpeaker()) {
        return owner;
      }
      // "..." - adding that ...: the participle's subject is the sentence's
      int lead = afterFrom;
      while (lead < afterTo && isLeadPunctuation(d.word[lead])) {
        lead++;
      }
      if (!endsSentence && lead < afterTo && d.isCue(lead) && d.fold[lead].endsWith("ing")) {
        Np np = clauseSubject(beforeFrom, first);
        if (np != null) {
          return new Found(np, lead, lead);
        }
      }
      // "Hale, who called the plan '...'": the relative clause's verb is the nearest before the
      // quote
      for (int k = beforeTo; k >= beforeFrom && beforeTo - k < 12; k--) {
        if (!d.tag[k].equals("VERB")) {
          continue;
        }
        int w = k - 1;
        while (w > beforeFrom && (d.tag[w].equals("ADV") || d.tag[w].equals("AUX"))) {
          w--;
        }
        if (w > beforeFrom && d.fold[w].equals("who") && d.word[w - 1].equals(",")) {
          Np antecedent = npLeft(w - 2, beforeFrom);
          if (antecedent != null && isSpeakerLike(antecedent) && isSpeaker(antecedent)) {
            relative.put(w, antecedent);
            return new Found(new Np(w, w, w), -1, -1);
          }
        }
        break;
      }
      // Last resort: a quote embedded in a clause with a verb of its own ("X clashed with Y,
      // chiding him, '...'") belongs to that clause's subject.
      if (!endsSentence || beforeTo >= beforeFrom) {
        // the clause nearest the quote: after its subordinator ("X spoke, although he '...'")
        int clauseFrom = beforeFrom;
        for (int k = beforeTo; k > beforeFrom; k--) {
          if (isSubordinator(k)) {
            clauseFrom = k + 1;
            break;
          }
        }
        for (int k = clauseFrom; k <= beforeTo; k++) {
          if (k == beforeTo && k > clauseFrom && isVerbAfterName(k)) {
            // `Lee supports "...": the tagger reads the verb as a plural noun
            Np subject = npLeft(k - 1, clauseFrom);
            if (subject != null && d.isName(subject.head())) {
              lastResort.put(first, new Found(subject, -1, -1));
            }
            break;
          }
          if (d.tag[k].equals("VERB")) {
            Np subject = clauseSubject(clauseFrom, k);
            if (subject != null
                && (d.isName(subject.head())
                    || d.isSubjectPronoun(subject.head())
                        && !d.fold[subject.head()].equals("it"))) {
              lastResort.put(first, new Found(subject, -1, -1));
            }
            break;
          }
        }
      }
      return Found.NONE;
    }

    /*
     * Interview transcripts name each turn's speaker in capitals before a colon, inside the
     * quotation (`"SMITH: We will ...`) or just before it at the paragraph start (`SMITH: "We
     * ...`). The label is the speaker; no cue is written.
     */
    private Found transcriptLabel(int first, int last) {
      if (first == 0 || d.para[first - 1] != d.para[first]) {
        int from = first;
        while (from < last && (d.word[from].equals("\"") || d.word[from].equals("'"))) {
          from++;
        }
        Found inside = labelAt(from, last);
        if (inside.hasSpeaker()) {
          return inside;
        }
      }
      int colon = first - 1;
      if (colon < 1 || !d.word[colon].equals(":") || d.para[colon] != d.para[first]) {
        return Found.NONE;
      }
      int start = colon - 1;
      while (start - 1 >= 0 && d.para[start - 1] == d.para[first] && isLabelWord(start - 1)) {
        start--;
      }
      boolean opensParagraph = start == 0 || d.para[start - 1] != d.para[first];
      return opensParagraph ? labelAt(start, colon) : Found.NONE;
    }

    /*
     * A noun of saying owned by its speaker right before the quote: `his call for "..."`, `Lee's
     * description of the plan as "..."`, `their promise that "..."`. The owner is the source.
     */
    private Found speechNounOwner(int from, int to) {
      int k = to;
      while (k >= from && to - k < 6 && !AttributionLexicon.SPEECH_NOUNS.contains(d.fold[k])) {
        if (!d.outside(k) || d.isCue(k) || d.isClauseEnd(k)) {
          return Found.NONE;
        }
        k--;
      }
      if (k < from || to - k >= 6 || !d.isNoun(k) || k - 1 < from) {
        return Found.NONE;
      }
      int owner = k - 1;
      if (owner - 1 >= from && d.tag[owner - 1].equals("VERB")) {
        return Found.NONE; // "X denounced Y's remarks as '...'": the verb's subject speaks
      }
      if (POSSESSIVE_PRONOUNS.contains(d.fold[owner])) {
        return new Found(new Np(owner, owner, owner), k, k);
      }
      if (d.isPossessive(owner) && owner - 1 >= from) {
        owner--;
      }
      if (d.isName(owner) && (d.hasPossessive(owner) || d.isPossessive(owner + 1))) {
        return new Found(ownerName(owner, from), k, k);
      }
      return Found.NONE;
    }

    /**
     * Where the clause holding the cue at {@code c} starts: after the last "which" or dash before
     * it ("..., but given the efforts -- which the minister called '...'" is the minister's), else
     * {@code from}.
     */
    private int innerClauseStart(int from, int c) {
      for (int k = c - 1; k > from; k--) {
        if (d.outside(k) && (d.fold[k].equals("which") || isSpacedDash(k))) {
          return k + 1;
        }
      }
      return from;
    }

    /** True when the token before {@code from} closes a quotation of the same sentence. */
    private boolean afterQuoteInSentence(int from) {
      return from > 0 && !d.outside(from - 1) && d.sentence[from - 1] == d.sentence[from];
    }

    /** The first token of the sentence holding {@code k}, across quotations, in its paragraph. */
    private int sentenceStart(int k) {
      int s = k;
      while (s - 1 >= 0 && d.para[s - 1] == d.para[k] && d.sentence[s - 1] == d.sentence[k]) {
        s--;
      }
      return s;
    }

    /**
     * The first noun phrase of {@code [from, to)} that stands right before a verb, outside
     * preposition phrases, whether or not it looks like a speaker ("the justice", "one operative");
     * null when there is none.
     */
    private Np anySubject(int from, int to) {
      for (int k = from; k < to; k++) {
        if (!d.outside(k)) {
          continue;
        }
        if (k > from && d.tag[k - 1].equals("ADP")) {
          Np object = npRight(k, to);
          k = object == null ? k : object.to();
          continue;
        }
        if (!(d.isNoun(k) || d.tag[k].equals("DET"))) {
          continue;
        }
        Np np = npRight(k, to);
        if (np == null) {
          continue;
        }
        int verb = np.to() + 1;
        while (verb < to && d.tag[verb].equals("ADP")) {
          Np object = npRight(verb + 1, to); // "A footnote in the report makes ..."
          if (object == null) {
            break;
          }
          verb = object.to() + 1;
        }
        verb = skipAdverbs(verb, to);
        if (verb < to && (d.tag[verb].equals("VERB") || d.tag[verb].equals("AUX"))) {
          return isSpeaker(np) ? np : null;
        }
        k = np.to();
      }
      return null;
    }

    /**
     * A lower-case word in -s right after a name, read by the tagger as a noun ("Lee supports").
     */
    private boolean isVerbAfterName(int k) {
      return d.tag[k].equals("NOUN")
          && d.fold[k].endsWith("s")
          && Character.isLowerCase(d.word[k].charAt(0))
          && d.isName(k - 1)
          && !d.hasPossessive(k - 1);
    }

    /**
     * True when a quotation that ends a question or an exclamation is followed by a cue that opens
     * the next quotation ({@code "Why?" Lee then writes back, "..."}): the cue belongs to the next
     * quotation, and the first is answered by whoever spoke before.
     */
    private boolean introducesNextQuote(QuotedSpan quote, Found after, int afterTo) {
      char last = d.text.charAt(quote.end() - 1);
      if (last != '?' && last != '!' || after.cueTo() < 0 || afterTo >= d.n || d.outside(afterTo)) {
        return false;
      }
      for (int k = after.cueTo() + 1; k < afterTo; k++) {
        if (!d.word[k].equals(",") && !d.word[k].equals(":") && !d.fold[k].equals("back")) {
          return false;
        }
      }
      return true;
    }

    /** A dash standing apart from the words around it ("X -- an aside -- said"), not a hyphen. */
    private boolean isSpacedDash(int k) {
      String w = d.word[k];
      return k > 0 && (w.equals("--") || w.equals("-")) && d.start[k] > d.end[k - 1];
    }

    /*
     * A quotation standing alone in its paragraph and signed on the next line with a dash ("- Ann
     * Lee" or "— Ann Lee, mayor"): the signature names the speaker.
     */
    private Found dashByline(int first, int last) {
      if (!quoteOnlyParagraph(first)) {
        return Found.NONE;
      }
      int k = last + 1;
      while (k < d.n && d.para[k] == d.para[last]) {
        k++; // closing marks or punctuation after the quotation
      }
      if (k >= d.n) {
        return Found.NONE;
      }
      // the dash may be a token or, as a bullet, left out of the tokens: read it from the text
      if (d.word[k].equals("-") && k + 1 < d.n && d.para[k + 1] == d.para[k]) {
        k++;
      } else {
        String lead = d.text.substring(d.text.lastIndexOf('\n', d.start[k]) + 1, d.start[k]);
        if (!TextNormalizer.plainPunctuation(lead).strip().matches("-{1,2}")) {
          return Found.NONE;
        }
      }
      Np name = npRight(k, d.n);
      if (name == null
          || name.from() != k
          || !Character.isUpperCase(d.word[name.head()].charAt(0))
          || d.para[name.to()] != d.para[k]) {
        return Found.NONE;
      }
      int end = name.to() + 1;
      boolean signatureOnly =
          end >= d.n
              || d.para[end] != d.para[k]
              || d.word[end].equals(",")
              || d.word[end].equals(".") && (end + 1 >= d.n || d.para[end + 1] != d.para[k]);
      return signatureOnly ? new Found(name, -1, -1) : Found.NONE;
    }

    /** A run of up to three capitalised label words from {@code from} ending at a colon. */
    private Found labelAt(int from, int limit) {
      int k = from;
      while (k <= limit && k - from < 3 && isLabelWord(k)) {
        k++;
      }
      if (k == from || k > limit || !d.word[k].equals(":")) {
        return Found.NONE;
      }
      if (AttributionLexicon.SECTION_LABELS.contains(d.fold[k - 1])) {
        return Found.NONE; // "VIDEO:", "UPDATE:" introduce material, not a speaker's turn
      }
      return new Found(new Np(from, k - 1, k - 1), -1, -1);
    }

    /** An all-capitals word of two or more letters ("SMITH", "O'NEILL"), not an acronym pair. */
    private boolean isLabelWord(int k) {
      String w = d.word[k];
      int letters = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        if (Character.isLetter(c)) {
          letters++;
        } else if (c != '\'' && c != '.' && c != '-') {
          return false;
        }
      }
      return letters >= 2;
    }

    private Found after(int from, int to) {
      int i = from;
      while (i < to && isLeadPunctuation(d.word[i])) {
        i++;
      }
      if (i >= to) {
        return Found.NONE;
      }
      if (d.isCue(i)) {
        // "...," said NP; never "...," saying NP: the participle's subject is before the quote
        if (AttributionLexicon.INVERTING_CUES.contains(d.fold[i]) && !d.fold[i].endsWith("ing")) {
          Np np = npRight(i + 1, to);
          // `"...," wrote one reader`: right after the quote any noun phrase is the speaker
          boolean atQuote = i == from && np != null && !d.tag[np.head()].equals("PRON");
          if (np != null && (isSpeakerLike(np) || isDefinite(np) || atQuote) && isSpeaker(np)) {
            return new Found(np, i, i);
          }
          Np named = nameAfterModifiers(i + 1, to);
          if (named != null) {
            return new Found(named, i, i);
          }
          if (i + 2 >= to && i + 1 < to && INDEFINITE_SPEAKERS.contains(d.fold[i + 1])) {
            return new Found(new Np(i + 1, i + 1, i + 1), i, i); // `"...," tweeted another.`
          }
        }
      }
      // `"...!" beamed Ann Lee`: a past-tense verb right after the quote, then a name
      if (i == from
          && d.tag[i].equals("VERB")
          && d.fold[i].endsWith("ed")
          && i + 1 < to
          && d.isName(i + 1)) {
        Np named = nameAfterModifiers(i + 1, to);
        if (named != null) {
          return new Found(named, i, i);
        }
      }
      // "...," NP (adverb) said
      Np np = npRight(i, to);
      for (int m = np == null ? -1 : np.from() + 1; np != null && m <= np.to(); m++) {
        if (isCueWord(m)
            && d.isFiniteForm(m)
            && (d.isNoun(m - 1) || d.tag[m - 1].equals("ADJ"))
            && Character.isLowerCase(d.word[m].charAt(0))) {
          // "Hale notes", "a Carrier executive tells employees": the tagger's noun reading of the
          // cue made it part of the phrase
          np = new Np(np.from(), m - 1, m - 1);
          break;
        }
      }
      if (np != null) {
        int j = np.to() + 1;
        // "...," Rep. Jim McDermott (D-Wash.) said
        if (j < to && d.word[j].equals("(")) {
          int close = j;
          while (close < to && close - j < 8 && !d.word[close].equals(")")) {
            close++;
          }
          if (close < to && d.word[close].equals(")")) {
            j = close + 1;
          }
        }
        if (j < to && d.word[j].equals(",")) {
          // "...," NP, the role, said
          Np appositive = npRight(j + 1, to);
          if (appositive != null
              && appositive.to() + 2 <= to
              && d.word[appositive.to() + 1].equals(",")) {
            int k = skipAdverbs(appositive.to() + 2, to);
            if (k < to && d.isCue(k) && isSpeaker(np)) {
              return new Found(preferNamed(np, appositive), k, k);
            }
          }
        }
        j = skipAdverbs(j, to);
        // right after a quote the tagger's noun reading ("Bozell adds", "the Saudis state") is
        // wrong
        boolean cueWord = j < to && AttributionLexicon.CUES.contains(d.fold[j]) && d.outside(j);
        if (j < to && (d.isCue(j) || cueWord) && isSpeaker(np)) {
          return new Found(np, j, j);
        }
        // `"...," Name fumed`: right after a quote, a speaker's verb is a verb of saying
        boolean nameVerb =
            j < to
                && j == np.to() + 1
                && d.tag[j].equals("VERB")
                && (d.isName(np.head()) || isSpeakerLike(np) || isDefinite(np))
                && (d.fold[j].endsWith("ed") || d.fold[j].endsWith("s"));
        if (nameVerb && isSpeaker(np)) {
          return new Found(np, j, j);
        }
        if (np.to() + 1 < to && d.word[np.to() + 1].equals(",") && d.isName(np.head())) {
          int cue = cueAfterAppositive(np.to() + 2, to);
          if (cue >= 0) {
            return new Found(np, cue, cue);
          }
        }
      }
      // "...," Fight for $15 organizing director Kendall Fells told: the name nearest the cue
      for (int k = i + 1; k < to && k <= i + 8; k++) {
        if (!d.isName(k) || k + 1 >= to || d.isName(k + 1)) {
          continue;
        }
        int c = skipAdverbs(k + 1, to);
        if (c < to && d.isCue(c)) {
          Np late = npLeft(k, i);
          if (late != null && isSpeaker(late)) {
            return new Found(late, c, c);
          }
        }
      }
      // "..." than that of the CIA chief, NP said.
      for (int k = i + 1; k < to - 1; k++) {
        if (!d.word[k].equals(",")) {
          continue;
        }
        Np late = npRight(k + 1, to);
        if (late == null) {
          continue;
        }
        int c = skipAdverbs(late.to() + 1, to);
        if (c + 1 < to && d.word[c].equals(",") && d.isName(late.head())) {
          c = skipAdverbs(c + 1, to); // "..., the bureau's director, Jo Ames, said."
        }
        if (c < to && d.isCue(c) && c + 1 >= to && isSpeakerLike(late) && isSpeaker(late)) {
          return new Found(late, c, c);
        }
      }
      // ...," according to NP
      for (int k = i; k < to; k++) {
        if (d.isAccordingTo(k)) {
          Np source = npRight(k + 2, to);
          if (source != null && isSpeaker(source)) {
            return new Found(source, k, k + 1);
          }
        }
      }
      // "...": NP (a heading such as `"We will win": president`)
      if (d.word[i].equals(":") || d.word[i].equals("-") || d.word[i].equals("\u2014")) {
        Np source = npRight(i + 1, to);
        if (source != null && source.to() + 1 >= to && isSpeaker(source)) {
          return new Found(source, -1, -1);
        }
      }
      return Found.NONE;
    }

    private boolean isCueWord(int k) {
      return (AttributionLexicon.CUES.contains(d.fold[k]) || d.isPhrasalCue(k))
          && d.outside(k)
          && !d.nounAfterModifiers(k);
    }

    /** "the ad", "this email": a definite phrase that may name a written source. */
    private boolean isDefinite(Np np) {
      String first = d.fold[np.from()];
      return np.to() > np.from()
          && (first.equals("the") || first.equals("this") || first.equals("that"))
          && (d.isNoun(np.head()) || isAgeNoun(np.head()));
    }

    /**
     * {@code said pollster Ann Lee}: lower-case modifiers the tagger may read as verbs, then a
     * name, right after an inverting cue; the phrase runs to the end of the name.
     */
    private Np nameAfterModifiers(int from, int to) {
      for (int k = from; k < to && k - from < MAX_NP; k++) {
        if (d.isName(k)) {
          int end = k;
          while (end + 1 < to && (d.isName(end + 1) || isInitialDot(end + 1))) {
            end++;
          }
          Np np = new Np(from, end, end);
          return isSpeaker(np) ? np : null;
        }
        String t = d.tag[k];
        // an acronym such as a company's ("said G4 chief ...") whatever the tagger calls it
        boolean acronym =
            d.word[k].length() > 1
                && d.word[k]
                    .chars()
                    .allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
        boolean modifier =
            acronym
                || !d.word[k].isEmpty()
                    && Character.isLowerCase(d.word[k].charAt(0))
                    && !t.equals("ADP")
                    && !t.equals("PRON")
                    && !t.equals("AUX")
                    && !t.equals("CCONJ")
                    && !t.equals("SCONJ")
                    && !t.equals("PART")
                    && (!t.equals("PUNCT") || d.word[k].equals("-"));
        if (!modifier) {
          return null;
        }
      }
      return null;
    }

    /** {@code , (adverbs) cue} closing an appositive that starts at {@code from}, or -1. */
    private int cueAfterAppositive(int from, int to) {
      // "Warren, who has not endorsed anyone, told reporters": a relative clause has verbs
      boolean relative = from < to && (d.fold[from].equals("who") || d.fold[from].equals("whose"));
      for (int k = from; k < to && k - from < 25; k++) {
        if (!relative && (d.tag[k].equals("AUX") || isFiniteVerb(k))
            || d.isCue(k)
            || d.isClauseEnd(k)
            || !d.outside(k)) {
          return -1;
        }
        if (d.word[k].equals(",")) {
          int c = skipAdverbs(k + 1, to);
          return c < to && d.isCue(c) ? c : -1;
        }
      }
      return -1;
    }

    /** The name right before the parenthesis that closes at {@code close}, or null. */
    private Np nameBeforeParenthesis(int close, int from) {
      int open = close - 1;
      while (open > from && close - open < 8 && !d.word[open].equals("(")) {
        open--;
      }
      if (!d.word[open].equals("(")) {
        return null;
      }
      Np np = npLeft(open - 1, from);
      return np != null && d.isName(np.head()) && isSpeaker(np) ? np : null;
    }

    /** Whether a cue in {@code [from, to)} has a subject of its own. */
    private boolean cueWithSubject(int from, int to) {
      for (int k = to - 1; k >= from; k--) {
        if (d.isCue(k) && !d.fold[k].endsWith("ing") && subjectOfCue(k, from) != null) {
          return true;
        }
      }
      return false;
    }

    /** A verb that looks finite; the tagger also calls some appositive nouns VERB. */
    private boolean isFiniteVerb(int k) {
      String w = d.fold[k];
      boolean compound = w.contains("-") || k > 0 && d.word[k - 1].equals("-");
      return d.tag[k].equals("VERB")
          && !compound
          && (w.endsWith("ed") || w.endsWith("s") || w.endsWith("ing"));
    }

    private Found before(int from, int to) {
      if (to < from) {
        return Found.NONE;
      }
      for (int c = to; c >= from; c--) {
        if (d.isAccordingTo(c)) {
          Np source = npRight(c + 2, to + 1);
          if (source != null && isSpeaker(source)) {
            return new Found(source, c, c + 1);
          }
        }
        if (!d.isCue(c)) {
          continue;
        }
        Np agent = passiveAgent(c, to);
        if (agent != null) {
          return new Found(agent, c, c);
        }
        Np np = subjectOfCue(c, from);
        boolean infinitiveAfterAdjective =
            c - 2 > from
                && d.fold[c - 1].equals("to")
                && (d.tag[c - 2].equals("ADJ") || d.tag[c - 2].equals("NOUN"));
        if (np == null && infinitiveAfterAdjective && cueWithSubject(from, c - 1)) {
          // "Yepez said Perez was right to urge leaders '...'": the outer cue speaks ("went on
          // to say" is the subject's own)
          continue;
        }
        if (np == null
            && AttributionLexicon.INVERTING_CUES.contains(d.fold[c])
            && !d.fold[c].endsWith("ing")) {
          Np inverted = npRight(c + 1, to + 1);
          // "said NP: ..." - a bare pronoun after the cue is the subject of a reported clause
          boolean pronoun = inverted != null && d.tag[inverted.head()].equals("PRON");
          // "As Foner put it: ...": "it" after the cue is its object
          if (pronoun && d.fold[inverted.head()].equals("it")) {
            inverted = null;
          }
          boolean atQuote =
              inverted != null
                  && (inverted.to() == to && !pronoun
                      || inverted.to() + 1 == to
                          && (d.word[to].equals(":") || d.word[to].equals(",")));
          if (atQuote && isSpeakerLike(inverted) && isSpeaker(inverted)) {
            np = inverted;
          }
        }
        boolean participleAfterComma =
            d.fold[c].endsWith("ing") && c - 1 > from && d.word[c - 1].equals(",");
        if (np == null && participleAfterComma) {
          np = participleSubject(from, c);
        }
        if (np == null && participleAfterComma && afterQuoteInSentence(from)) {
          // `"...," Lund added, saying it should be "..."`: the speaker of the earlier quote
          // goes on
          Found earlier = after(from, c - 1);
          if (earlier.hasSpeaker() && earlier.cueFrom() >= 0) {
            np = earlier.speaker();
          }
        }
        if (np == null && d.fold[c].endsWith("ing") && afterQuoteInSentence(from)) {
          // `X defended "...," saying the city "...": the region starts after the first quote;
          // the participle's subject opens the sentence before it
          np = clauseSubject(sentenceStart(from), c);
        }
        int clauseStart = innerClauseStart(from, c);
        if (np == null) {
          np = clauseSubject(clauseStart, c);
        }
        if (np == null && participleAfterComma) {
          // "The justice sounded off, saying she didn't '...'": the participle's subject is the
          // clause's, whatever noun it is, not the subject of what it reports
          np = anySubject(clauseStart, c);
        }
        if (np != null) {
          Found outer = outerSpeaker(np, from);
          if (outer != null) {
            return outer;
          }
          return new Found(np, c, c);
        }
      }
      // `NP ...: "..."` or `NP ... - "..."` without a cue verb
      String last = d.word[to];
      if (last.equals(":")
          || last.equals("-")
          || last.equals("--")
          || last.equals("\u2013")
          || last.equals("\u2014")) {
        // "More from Jones: ..." - a name right before the colon introduces the quote
        Np named = last.equals(":") ? npLeft(to - 1, from) : null;
        // "More from Jones:" introduces Jones; "a blunt message to Lee:" is addressed to Lee
        boolean objectOfPreposition =
            named != null
                && named.from() - 1 >= from
                && ADDRESSEE_PREPOSITIONS.contains(d.fold[named.from() - 1]);
        if (named != null && !objectOfPreposition && d.isName(named.head()) && isSpeaker(named)) {
          return new Found(named, -1, -1);
        }
        Np np = clauseSubject(from, to);
        if (np == null && last.equals(":")) {
          np = anySubject(from, to); // "A footnote in the report makes that clear: '...'"
        }
        if (np != null) {
          return new Found(np, -1, -1);
        }
      }
      return Found.NONE;
    }

    /**
     * The subject of the clause a participle after a comma continues: the clause after the last
     * subordinator before it ("X spoke, as Y echoed the criticism, saying ..."), or null when there
     * is none or its subject is no name or pronoun. Temporal "after", "before" and "since" are not
     * used: the participle there goes with the main clause ("X apologised after they came out,
     * saying ...").
     */
    private Np participleSubject(int from, int c) {
      for (int k = c - 2; k >= from; k--) {
        if (SUBORDINATORS.contains(d.fold[k]) && d.outside(k)) {
          if (opensSentence(k, from)) {
            return null; // "Although he thanked them, he sounded ..., saying": the main clause's
          }
          // only a named or pronoun subject: "as senator representing ..." is no clause
          Np np = clauseSubject(k + 1, c);
          boolean person = np != null && (d.isName(np.head()) || d.isSubjectPronoun(np.head()));
          if (!person || !isSpeakerLike(np) || !isSpeaker(np)) {
            return null;
          }
          // "when forced to pay an architect who said he was ...": a subject inside reported
          // speech or a relative clause is not the clause's
          for (int j = k + 1; j < np.from(); j++) {
            if (d.isCue(j) || RELATIVE_PRONOUNS.contains(d.fold[j])) {
              return null;
            }
          }
          return np;
        }
      }
      return null;
    }

    /*
     * Reported speech nests: in "She said she asked ...", "Yepez said Perez urged leaders '...'"
     * or "According to the agency, Hale said '...'" the outermost source in the clause speaks,
     * and PolNeAR's annotators give the quote to that source. Walks left from the phrase found
     * for the nearest cue, up to 15 tokens, to a reporting cue or `according to` with a speaker.
     */
    private Found outerSpeaker(Np inner, int from) {
      // "Ever since Lee announced her run, she has said '...'": after a comma the speaker opens a
      // main clause of its own; only "According to X, she said" reaches past it
      boolean afterComma = inner.from() - 1 >= from && d.word[inner.from() - 1].equals(",");
      for (int k = inner.from() - 1; k >= from && inner.from() - k <= 15; k--) {
        if (isSubordinator(k)) {
          return null; // "X said ..., although he tweeted '...'": a clause of its own
        }
        if (d.isAccordingTo(k)) {
          Np source = npRight(k + 2, inner.from());
          if (source != null && isSpeaker(source)) {
            return new Found(source, k, k + 1);
          }
        }
        if (afterComma || !d.isCue(k) || !AttributionLexicon.REPORTING_CUES.contains(d.fold[k])) {
          continue;
        }
        Np outer = subjectOfCue(k, from);
        if (outer == null && d.fold[k].endsWith("ing")) {
          outer = clauseSubject(from, k);
        }
        if (outer != null && outer.to() < k && isSpeakerLike(outer) && isSpeaker(outer)) {
          return new Found(outer, k, k);
        }
      }
      return null;
    }

    /**
     * The first token of the sentence that ends right before token {@code first} in its paragraph,
     * or -1 when there is none or that sentence has a quotation of its own.
     */
    private int quoteFreeSentenceBefore(int first) {
      int end = first - 1;
      if (end < 0 || d.para[end] != d.para[first] || !d.isClauseEnd(end)) {
        return -1;
      }
      int from = end;
      while (from - 1 >= 0 && d.para[from - 1] == d.para[end] && !d.isClauseEnd(from - 1)) {
        from--;
      }
      for (int k = from; k < end; k++) {
        if (!d.outside(k)) {
          return -1;
        }
      }
      return from;
    }

    /**
     * A quote opening its sentence right after `X said in a statement.` in the same paragraph: that
     * sentence introduced it.
     */
    private Found previousClause(int first) {
      int end = first - 1;
      int from = quoteFreeSentenceBefore(first);
      if (from < 0) {
        return Found.NONE;
      }
      // the cue must close the sentence, give or take a short phrase ("said in a statement")
      for (int c = end - 1; c >= from && c >= end - 5; c--) {
        if (d.isCue(c)) {
          Np np = subjectOfCue(c, from);
          return np == null ? Found.NONE : new Found(np, c, c);
        }
      }
      return Found.NONE;
    }

    /*
     * A quote opening its sentence after a sentence about someone in the same paragraph ("Dianne
     * Bystrom agreed." or "She said she and Obama had made progress." then `"..."`): that
     * sentence's subject speaks, as for a quote-only paragraph after such a sentence.
     */
    private Found previousSentenceSubject(int first) {
      int end = first - 1;
      int from = quoteFreeSentenceBefore(first);
      if (from < 0) {
        return Found.NONE;
      }
      Np subject = clauseSubject(from, end);
      if (subject == null || d.fold[subject.head()].equals("it")) {
        return Found.NONE;
      }
      return new Found(subject, -1, -1);
    }

    /**
     * A paragraph of quotation only, after a paragraph that ends with a sentence about someone
     * ("Hale praised the plan." then `"It will work."`): that sentence's subject speaks.
     */
    private Found previousParagraph(int first) {
      if (first == 0 || d.para[first - 1] == d.para[first] || !quoteOnlyParagraph(first)) {
        return Found.NONE;
      }
      int to = first - 1;
      int from = to;
      while (from - 1 >= 0
          && d.para[from - 1] == d.para[to]
          && d.sentence[from - 1] == d.sentence[to]) {
        from--;
      }
      for (int k = from; k <= to; k++) {
        if (!d.outside(k)) {
          return Found.NONE; // a sentence with its own quotation: continuation rules decide
        }
      }
      Np subject = clauseSubject(from, to + 1);
      if (subject == null || d.fold[subject.head()].equals("it")) {
        return Found.NONE;
      }
      return new Found(subject, -1, -1);
    }

    /*
     * The widest fallback, for a quote none of the patterns attributed: its whole sentence (other
     * quotations included) is searched for a cue verb, nearest first, whose subject speaks; without
     * one, the sentence's subject before the quote (`The radioman pointed out that ... "..."`) or
     * the first speaker-like phrase after it (`"...," read one.`). PolNeAR train shows gold giving
     * such quotes a source in their own sentence nine times out of ten.
     */
    private Found sentenceSpeaker(int first, int last) {
      int para = d.para[first];
      int from = first;
      while (from - 1 >= 0 && d.para[from - 1] == para && !d.isClauseEnd(from - 1)) {
        from--;
      }
      int to = last + 1;
      while (to < d.n && d.para[to] == para && !d.isClauseEnd(to)) {
        to++;
      }
      // cues nearest the quote first, before it and after it in turn
      for (int dist = 1; dist < 40; dist++) {
        int b = first - dist;
        if (b >= from && d.isCue(b)) {
          Np np = subjectOfCue(b, from);
          if (np == null || isObject(np)) {
            np = clauseSubject(from, b);
          }
          if (np != null && isSpeakerLike(np) && isSpeaker(np) && !isObject(np)) {
            return new Found(np, b, b);
          }
        }
        int a = last + dist;
        if (a < to && (d.isCue(a) || isCueWord(a))) {
          Np np = subjectOfCue(a, last + 1);
          if (np != null && isObject(np)) {
            // "..., Name, retired in Cambridge, said": the phrase that opens the clause; "a
            // message on the website reads" keeps the website, which overlaps the message
            Np opening = clauseSubject(last + 1, a);
            if (opening != null
                && (isSpeakerLike(opening) || isDefinite(opening))
                && isSpeaker(opening)) {
              np = opening;
            }
          }
          if (np == null) {
            np = npRight(skipAdverbs(a + 1, to), to);
          }
          if (np != null && (isSpeakerLike(np) || isDefinite(np)) && isSpeaker(np)) {
            return new Found(np, a, a);
          }
        }
      }
      if (from < first) {
        Np np = clauseSubject(from, first);
        if (np != null && isSpeakerLike(np) && isSpeaker(np) && !isObject(np)) {
          return new Found(np, -1, -1);
        }
      }
      for (int k = last + 1; k < to && k - last < 12; k++) {
        if (!d.outside(k) || k > last + 1 && d.tag[k - 1].equals("ADP")) {
          continue;
        }
        Np np = npRight(k, to);
        if (np != null && isSpeakerLike(np) && isSpeaker(np)) {
          return new Found(np, -1, -1);
        }
      }
      return Found.NONE;
    }

    /**
     * True when the phrase is the object of a preposition ("in the room", "by the United States"),
     * which the widest fallback does not take as a speaker.
     */
    private boolean isObject(Np np) {
      int p = np.from() - 1;
      if (p < 0) {
        return false;
      }
      return d.tag[p].equals("ADP") && !(p > 0 && d.isAccordingTo(p - 1));
    }

    /** Quote opening a paragraph after one that ended with a colon: that paragraph's speaker. */
    private Found colonParagraph(int first) {
      if (first == 0 || !d.word[first - 1].equals(":") || d.para[first - 1] == d.para[first]) {
        return Found.NONE;
      }
      int to = first - 1;
      int from = to;
      while (from - 1 >= 0 && d.para[from - 1] == d.para[to] && !d.isClauseEnd(from - 1)) {
        from--;
      }
      return before(from, to);
    }

    /** The noun phrase a cue verb at {@code c} takes as its subject, or null. */
    private Np subjectOfCue(int c, int from) {
      int j = c - 1;
      while (j >= from
          && (d.tag[j].equals("ADV")
              || d.tag[j].equals("AUX")
              || d.fold[j].equals("not")
              || j > from
                  && d.tag[j - 1].equals("ADV")
                  && AttributionLexicon.TIME_WORDS.contains(d.fold[j]))) {
        j--; // "Lee later Thursday told"
      }
      if (j < from) {
        return null;
      }
      if (INDEFINITE_SPEAKERS.contains(d.fold[j])
          && (j == from || d.isClauseEnd(j - 1) || d.word[j - 1].equals(","))) {
        return new Np(j, j, j); // "Another tweeted, '...'"
      }
      if (d.fold[j].equals("to") && d.tag[j].equals("PART")) {
        j--;
        while (j >= from
            && (d.tag[j].equals("VERB") || d.tag[j].equals("ADV") || d.tag[j].equals("AUX"))) {
          j--;
        }
        Np np = j >= from ? npLeft(j, from) : null;
        if (np != null && isObject(np)) {
          np = clauseSubject(from, np.from()); // "The judge pointed to a case to say ..."
        }
        return np != null && isSpeaker(np) ? np : null;
      }
      if (d.word[j].equals(",") && j - 1 > from && d.word[j - 1].equals(")")) {
        Np np = nameBeforeParenthesis(j - 1, from); // "Gov. Ann Lee (R-OH), said"
        if (np != null) {
          return np;
        }
      }
      if (d.word[j].equals(")") || isSpacedDash(j)) {
        // "Rep. Ann Lee (D-Ore.) said", "A former candidate -- Ann Lee, who lost -- said": the
        // phrase before the parenthesis or the dashed aside
        int open = j - 1;
        while (open > from
            && j - open < 25
            && !(d.word[j].equals(")") ? d.word[open].equals("(") : isSpacedDash(open))) {
          open--;
        }
        boolean matched = d.word[j].equals(")") ? d.word[open].equals("(") : isSpacedDash(open);
        Np np = matched ? npLeft(open - 1, from) : null;
        if (np != null && isSpeakerLike(np) && isSpeaker(np)) {
          return np;
        }
      }
      // "X smiled and said": the subject of the first verb
      if (d.fold[j].equals("and") && j - 1 >= from && d.tag[j - 1].equals("VERB")) {
        int k = j - 2;
        while (k >= from && (d.tag[k].equals("ADV") || d.tag[k].equals("AUX"))) {
          k--;
        }
        Np np = k >= from ? npLeft(k, from) : null;
        return np != null && isSpeaker(np) ? np : null;
      }
      if (d.fold[j].equals("and")) {
        // "X thought for a moment and said": the subject of the first verb, past its object
        for (int v = j - 2; v > from && j - v < 12; v--) {
          if (d.word[v].equals(",") || d.isClauseEnd(v) || !d.outside(v)) {
            break;
          }
          if (d.tag[v].equals("VERB") && !d.fold[v].endsWith("ing")) {
            Np np = npLeft(v - 1, from);
            return np != null && isSpeaker(np) ? np : null;
          }
        }
      }
      if (d.fold[j].equals("who") && j - 1 >= from && d.word[j - 1].equals(",")) {
        Np antecedent = npLeft(j - 2, from);
        if (antecedent == null || !isSpeaker(antecedent)) {
          return null;
        }
        // "Hale, who said ...": the speaker as written is the relative pronoun, its name Hale's
        relative.put(j, antecedent);
        return new Np(j, j, j);
      }
      if (d.word[j].equals(",") && d.fold[c].endsWith("ing")) {
        return null; // "..., calling him": a participle takes the clause's subject
      }
      if (d.word[j].equals(",")) {
        Np opening = nameBeforeAppositives(from, j);
        if (opening != null) {
          return opening;
        }
        Np appositive = npLeft(j - 1, from);
        if (appositive != null
            && appositive.from() - 1 > from
            && d.word[appositive.from() - 1].equals(",")) {
          Np outer = npLeft(appositive.from() - 2, from);
          if (outer != null && isSpeaker(outer)) {
            return preferNamed(outer, appositive);
          }
          if (d.isName(appositive.head()) && isSpeaker(appositive)) {
            return appositive; // "which the firm's chief executive, Tim Ode, called": the name
          }
        }
        // Name, a long appositive with prepositions, said
        for (int k = j - 1; k > from && j - k < 25; k--) {
          // "Hale, who has told aides ..., said": the relative clause's antecedent
          if (d.fold[k].equals("who") && k - 1 > from && d.word[k - 1].equals(",")) {
            Np antecedent = npLeft(k - 2, from);
            if (antecedent != null && d.isName(antecedent.head()) && isSpeaker(antecedent)) {
              return antecedent;
            }
            break;
          }
          // "Lee, asked about the deaths, had said": a participle opening the aside is no verb
          boolean participle =
              d.word[k - 1].equals(",")
                  && d.tag[k].equals("VERB")
                  && (d.fold[k].endsWith("ed") || d.fold[k].endsWith("ing"));
          boolean verb = (d.tag[k].equals("AUX") || d.isCue(k)) && !participle;
          if (verb && !relativeBefore(k, from) || !d.outside(k)) {
            break;
          }
          if (d.word[k].equals(",")) {
            Np outer = npLeft(k - 1, from);
            if (outer == null && k - 1 > from && d.word[k - 1].equals(")")) {
              // "Rep. Ann Lee (D-Ore.), a ..., said": the name before the parenthesis
              int open = k - 1;
              while (open > from && k - open < 8 && !d.word[open].equals("(")) {
                open--;
              }
              outer = d.word[open].equals("(") ? npLeft(open - 1, from) : null;
            }
            if (outer != null && d.isName(outer.head()) && isSpeaker(outer)) {
              return outer;
            }
            break;
          }
        }
        return null;
      }
      Np np = npLeft(j, from);
      if (np != null && d.fold[c].endsWith("ing") && isPrepositionObject(np, from)) {
        // "X sent a message to supporters saying ...", "yelling at people on their way into the
        // polls saying ...": the
        // participle modifies the preposition's object; the clause's subject speaks
        return null;
      }
      if (np != null && d.fold[c].endsWith("ing") && !d.isName(np.head())) {
        // "Hale issued a statement saying ...": the statement is the verb's object, Hale speaks
        int verb = np.from() - 1;
        boolean particle =
            verb - 1 > from
                && d.tag[verb - 1].equals("VERB")
                && (d.fold[verb].equals("out") || d.fold[verb].equals("up"));
        if (particle && !d.tag[np.head()].equals("PRON") && !d.isName(np.head())) {
          // "X put out a statement saying ...": the clause's subject speaks
          return null;
        }
        if (verb > from && d.tag[verb].equals("VERB") && !d.tag[np.head()].equals("PRON")) {
          Np subject = clauseSubject(from, verb);
          if (subject != null && subject.to() < verb && isSpeakerLike(subject)) {
            return subject;
          }
        }
      }
      if (np != null && !d.fold[c].endsWith("ing")) {
        np = withRoleHolder(np, from);
      }
      return np != null && isSpeaker(np) ? np : null;
    }

    /**
     * A role holder written before the phrase a cue follows: "A spokesman for the company said" and
     * "Another source speaking to Fox News said" are the spokesman's and the source's, whole.
     * Returns {@code np} when no role noun stands before its preposition.
     */
    private Np withRoleHolder(Np np, int from) {
      int p = np.from() - 1;
      if (p <= from || !d.tag[p].equals("ADP") || !ROLE_PREPOSITIONS.contains(d.fold[p])) {
        return np;
      }
      int before = p - 1;
      if (d.tag[before].equals("VERB") && d.fold[before].endsWith("ing")) {
        before--; // "a source speaking to ..."
      }
      Np holder = before >= from ? npLeft(before, from) : null;
      if (holder == null
          || d.isName(holder.head())
          || !AttributionLexicon.ROLE_NOUNS.contains(
              AttributionLexicon.singular(d.fold[holder.head()]))) {
        return np;
      }
      return new Np(holder.from(), np.to(), holder.head());
    }

    /**
     * True when the phrase is the object of a preposition of direction or place ("to supporters",
     * "into the polls"); not of "of" ("one of her ads asking": the whole phrase speaks), "with"
     * ("with X saying": X speaks) or a verb particle ("held up a sign").
     */
    private boolean isPrepositionObject(Np np, int from) {
      int p = np.from() - 1;
      if (p <= from
          || !d.tag[p].equals("ADP")
          || !OBJECT_PREPOSITIONS.contains(d.fold[p])
          || d.tag[p - 1].equals("VERB")) {
        return false;
      }
      // "with the campaign of the senator from Ohio saying": the phrase after "with" speaks
      for (int k = p - 1; k >= from && !d.tag[k].equals("VERB") && !d.tag[k].equals("AUX"); k--) {
        if (d.fold[k].equals("with")) {
          return false;
        }
      }
      return true;
    }

    /**
     * The agent of a passive cue ("X was asked by the host whether '...'"): the one who asks or
     * tells speaks the quote, not the subject asked. Null when the cue is not passive or has no
     * speaker-like agent.
     */
    private Np passiveAgent(int c, int to) {
      if (c < 1 || c + 2 > to || !d.fold[c + 1].equals("by") || !d.fold[c].endsWith("ed")) {
        return null;
      }
      if (!PASSIVE_AUXILIARIES.contains(d.fold[c - 1])) {
        return null;
      }
      Np agent = npRight(c + 2, to + 1);
      return agent != null && isSpeakerLike(agent) && isSpeaker(agent) ? agent : null;
    }

    /** True when only punctuation and conjunctions stand between {@code from} and {@code k}. */
    private boolean opensSentence(int k, int from) {
      for (int j = from; j < k; j++) {
        if (!d.tag[j].equals("CCONJ") && !d.tag[j].equals("PUNCT")) {
          return false;
        }
      }
      return true;
    }

    /** A conjunction that opens a clause of its own ("although", "as", "while", "but"). */
    private boolean isSubordinator(int k) {
      return d.outside(k)
          && (d.tag[k].equals("SCONJ") && !d.fold[k].equals("that")
              || SUBORDINATORS.contains(d.fold[k]));
    }

    /** A relative pronoun between the previous comma and {@code k}: its verbs are the clause's. */
    private boolean relativeBefore(int k, int from) {
      for (int r = k - 1; r > from && k - r < 15; r--) {
        if (d.word[r].equals(",")) {
          return false;
        }
        if (d.fold[r].equals("who") || d.fold[r].equals("whose") || d.fold[r].equals("which")) {
          return true;
        }
      }
      return false;
    }

    /** The first speaker-like noun phrase of a clause that is not the object of a preposition. */
    private Np clauseSubject(int from, int to) {
      Np fallback = null;
      boolean pastVerb = false;
      for (int k = from; k < to; k++) {
        if (!d.outside(k)) {
          continue;
        }
        if (fallback != null && d.tag[k].equals("VERB")) {
          pastVerb = true;
        }
        if (pastVerb && d.fold[k].equals("that")) {
          // "Lee, the governor, repeated claims that Ross recites ...": a phrase after the main
          // verb's "that" is the subject of its complement, not of this clause
          return fallback;
        }
        boolean afterPreposition =
            k > from && (d.tag[k - 1].equals("ADP") || d.tag[k - 1].equals("SCONJ"));
        if (afterPreposition) {
          Np object = npRight(k, to);
          if (object != null) {
            k = placeAppositiveEnd(object.to(), to); // "in South Carolina", "in Dover, Del.,"
          }
          continue;
        }
        if (!(d.isNoun(k) || d.isSubjectPronoun(k) || d.tag[k].equals("DET"))) {
          continue;
        }
        Np np = npRight(k, to);
        if (np == null) {
          continue;
        }
        int verb = np.to() + 1;
        boolean verbAsNoun = isVerbReadAsNoun(np, to);
        if (verbAsNoun) {
          np = new Np(np.from(), np.to() - 1, np.to() - 1); // "Perez lobbies for ..."
          verb = np.to() + 1;
        }
        if (verb + 1 < to && d.fold[verb].equals("of") && d.isName(verb + 1)) {
          Np of = npRight(verb + 1, to); // "Senator Ann Lee of Ohio endorsed"
          verb = of == null ? verb : of.to() + 1;
        }
        while (verb < to && d.tag[verb].equals("ADV")) {
          verb++;
        }
        boolean beforeVerb =
            verbAsNoun
                || verb <= to
                    && verb < d.n
                    && (d.tag[verb].equals("VERB") || d.tag[verb].equals("AUX"));
        if (isSpeakerLike(np) && isSpeaker(np)) {
          if (beforeVerb) {
            return np;
          }
          if (fallback == null) {
            fallback = np;
          }
        }
        Np possessor = possessor(np);
        if (possessor != null && beforeVerb) {
          return possessor;
        }
        k = np.to();
      }
      return fallback;
    }

    /**
     * The end of a place written with its region after a comma ("Dover, Del.," or "Lyon, France,"):
     * the region belongs to the preposition's object, not the clause. Returns {@code end} when no
     * region follows.
     */
    private int placeAppositiveEnd(int end, int to) {
      int k = end + 1;
      if (k + 1 >= to || !d.word[k].equals(",") || !d.isName(end) || !d.isName(k + 1)) {
        return end;
      }
      int j = k + 1;
      while (j + 1 < to && d.isName(j + 1) && j - k < 3) {
        j++;
      }
      return j + 1 < to && d.word[j + 1].equals(",") ? j : end;
    }

    /**
     * "Perez lobbies for": a name then a lower-case word in -s that the tagger reads as a plural
     * noun, where a preposition, article or pronoun follows, is the name and its verb.
     */
    private boolean isVerbReadAsNoun(Np np, int to) {
      int last = np.to();
      int next = last + 1;
      for (int k = np.from(); k < last; k++) {
        if (!d.isName(k)) {
          return false; // "these Republican threats" is a noun phrase
        }
      }
      return last > np.from()
          && isVerbAfterName(last)
          && next < to
          && (d.tag[next].equals("ADP") || d.tag[next].equals("DET") || d.tag[next].equals("PRON"));
    }

    private boolean isSpeakerLike(Np np) {
      int head = np.head();
      return d.isName(head)
          || relative.containsKey(head)
          || d.isSubjectPronoun(head) && !d.fold[head].equals("i") && !d.fold[head].equals("we")
          || AttributionLexicon.ROLE_NOUNS.contains(AttributionLexicon.singular(d.fold[head]));
    }

    /** The name owning a noun phrase ("Hale's reply" gives "Hale"), or null. */
    private Np possessor(Np np) {
      for (int k = np.from(); k < np.to(); k++) {
        int owner = d.hasPossessive(k) ? k : d.isPossessive(k + 1) ? k : -1;
        if (owner >= 0 && d.isName(owner)) {
          return ownerName(owner, np.from());
        }
      }
      return null;
    }

    /** The whole name ending at the possessive token {@code owner}, not before {@code from}. */
    private Np ownerName(int owner, int from) {
      int j = owner;
      while (j - 1 >= from && d.isName(j - 1)) {
        j--;
      }
      return new Np(j, owner, owner);
    }

    private static boolean isLeadPunctuation(String w) {
      return w.equals(",") || w.equals("-") || w.equals("\u2013") || w.equals("\u2014");
    }

    private int skipAdverbs(int j, int to) {
      while (j < to
          && (d.tag[j].equals("ADV") || d.tag[j].equals("AUX") || d.fold[j].equals("not"))) {
        j++;
      }
      return j;
    }

    /**
     * The name that opens a clause and is followed by appositives up to the comma before the cue at
     * {@code comma}: "Ann Lee, the editor of the city's paper, The Ledger, said" and "Ann Lee,
     * whose firm, Datalink, sells software, said" are Ann Lee's. Null when the first appositive is
     * itself a name (a dateline or a list) or a verb stands outside a "who"/"whose" clause.
     */
    private Np nameBeforeAppositives(int from, int comma) {
      int k = from;
      while (k < comma && (d.tag[k].equals("CCONJ") || d.tag[k].equals("ADV"))) {
        k++;
      }
      if (k >= comma) {
        return null;
      }
      Np name = npRight(k, comma);
      if (name == null
          || name.to() + 2 >= comma
          || !d.word[name.to() + 1].equals(",")
          || !isSpeaker(name)) {
        return null;
      }
      int next = name.to() + 2;
      // "The complaint, which was filed on Monday, alleged": any noun phrase before a relative
      // clause; without one, only a name opens the clause over its appositives.
      if (!d.isName(name.head())) {
        return d.fold[next].equals("which") || d.fold[next].equals("who") ? name : null;
      }
      if (d.fold[next].equals("who") || d.fold[next].equals("whose")) {
        return name;
      }
      boolean aside =
          d.tag[next].equals("DET") || d.tag[next].equals("ADJ") || d.tag[next].equals("ADP");
      if (d.isName(next) || !aside) {
        return null;
      }
      for (int i = next; i < comma; i++) {
        // "during a town hall meeting in Ohio": an -ing word after a noun names a thing
        boolean gerundNoun = d.fold[i].endsWith("ing") && d.isNoun(i - 1);
        if (d.tag[i].equals("VERB") && !gerundNoun || d.tag[i].equals("AUX") || !d.outside(i)) {
          return null;
        }
      }
      return name;
    }

    private Np preferNamed(Np outer, Np appositive) {
      if (!d.isName(outer.head()) && d.isName(appositive.head())) {
        return appositive;
      }
      return outer;
    }

    // ---- noun phrases -------------------------------------------------------------------

    private boolean isNpInner(int i) {
      if (!d.outside(i)) {
        return false;
      }
      String t = d.tag[i];
      return t.equals("DET")
          // "said one former executive": the tagger reads "one" as a preposition
          || d.fold[i].equals("one")
              && i + 1 < d.n
              && (d.isNoun(i + 1) || d.tag[i + 1].equals("ADJ"))
          || t.equals("ADJ")
          || t.equals("NOUN")
          || t.equals("PROPN")
          || t.equals("NUM")
          || d.isPossessive(i)
          || t.equals("PRON") && POSSESSIVE_PRONOUNS.contains(d.fold[i])
          || d.word[i].equals("-")
              && i > 0
              && (d.isNoun(i - 1) || d.tag[i - 1].equals("ADJ") && d.start[i] == d.end[i - 1])
          || d.word[i].equals(".") && i > 0 && d.isAbbreviation(i - 1);
    }

    /** The noun phrase whose last token is {@code head}, not extending before {@code from}. */
    private Np npLeft(int head, int from) {
      if (head < from || head < 0 || !d.outside(head)) {
        return null;
      }
      if (d.isSubjectPronoun(head)) {
        return new Np(head, head, head);
      }
      if (!d.isNoun(head) || AttributionLexicon.TIME_WORDS.contains(d.fold[head])) {
        return null;
      }
      int j = head;
      while (j - 1 >= from
          && head - (j - 1) < MAX_NP
          && isNpInner(j - 1)
          && !AttributionLexicon.TIME_WORDS.contains(d.fold[j - 1])) {
        j--;
      }
      return new Np(j, head, head);
    }

    /** The noun phrase starting at {@code from}, ending before {@code to}. */
    private Np npRight(int from, int to) {
      if (from >= to || from >= d.n || !d.outside(from)) {
        return null;
      }
      if (d.isSubjectPronoun(from)) {
        return new Np(from, from, from);
      }
      // "one of the advisers", "two of her aides": the phrase's head is the noun after "of"
      boolean quantity =
          INDEFINITE.contains(d.fold[from])
              || d.tag[from].equals("NUM")
              || d.fold[from].equals("each");
      if (quantity && from + 2 < to && d.fold[from + 1].equals("of") && d.outside(from + 1)) {
        Np rest = npRight(from + 2, to);
        if (rest != null) {
          return new Np(from, rest.to(), rest.head());
        }
      }
      int j = from;
      int head = -1;
      while (j < to
          && j - from < MAX_NP
          && isNpInner(j)
          && !AttributionLexicon.TIME_WORDS.contains(d.fold[j])) {
        if (d.isNoun(j) || isAgeNoun(j)) {
          head = j;
        }
        j++;
      }
      if (head < 0) {
        return null;
      }
      return new Np(from, head, head);
    }

    /** "the 43-year-old": an age written as a noun. */
    private boolean isAgeNoun(int j) {
      return d.fold[j].equals("old")
          && j >= 2
          && d.word[j - 1].equals("-")
          && d.fold[j - 2].startsWith("year");
    }

    private boolean isSpeaker(Np np) {
      String text = TextNormalizer.fold(d.span(np.from(), np.to()));
      String headWord = d.fold[np.head()];
      if (AttributionLexicon.PLATFORMS.contains(text)
          || AttributionLexicon.PLATFORMS.contains(headWord) && np.from() == np.to()) {
        return false;
      }
      if (d.tag[np.head()].equals("PRON")) {
        // a first-person writer quotes themselves (`"...," I said`); "we" is rarely one speaker
        return !headWord.equals("we");
      }
      return !AttributionLexicon.TIME_WORDS.contains(headWord);
    }

    // ---- names, roles and coreference ---------------------------------------------------

    /** The trailing run of name tokens of a noun phrase ending in a name, else null. */
    private String nameOf(Np np) {
      if (!d.isName(np.head())) {
        return null;
      }
      int j = nameStart(np.from(), np.head());
      if (j < 0) {
        return null;
      }
      String name = d.bareSpan(j, np.head());
      return longestName.getOrDefault(lastWord(np.head()), name);
    }

    private String lastWord(int k) {
      return TextNormalizer.fold(d.bare(k));
    }

    /** First token of the name ending at {@code head}, after any titles; -1 when all titles. */
    private int nameStart(int from, int head) {
      int j = head;
      while (j - 1 >= from && (d.isName(j - 1) || isInitialDot(j - 1))) {
        j--;
      }
      while (j < head && !d.isName(j)) {
        j++;
      }
      for (int k = head; k >= j; k--) {
        String w =
            d.fold[k].endsWith(".") ? d.fold[k].substring(0, d.fold[k].length() - 1) : d.fold[k];
        if (AttributionLexicon.TITLES.contains(w)) {
          return k == head ? -1 : k + 1;
        }
      }
      return j;
    }

    private boolean isInitialDot(int k) {
      return d.word[k].equals(".")
          && k > 0
          && d.word[k - 1].length() == 1
          && Character.isUpperCase(d.word[k - 1].charAt(0));
    }

    /** Demonyms and groups written as names ("Europeans", "Democrats") are plural. */
    private boolean isPluralName(int k) {
      String w = d.fold[k];
      return w.endsWith("ans") || w.endsWith("ists") || w.endsWith("ats") || w.endsWith("ers");
    }

    private boolean isOrganization(Np np) {
      for (int i = np.from(); i <= np.to(); i++) {
        if (AttributionLexicon.ORGANIZATION_WORDS.contains(d.fold[i])) {
          return true;
        }
      }
      return false;
    }

    /** Maps every name's last word to the one longer name that ends with it, when unique. */
    private void collectNames() {
      Map<String, String> byLast = new HashMap<>();
      Map<String, Boolean> ambiguous = new HashMap<>();
      for (int i = 0; i < d.n; i++) {
        if (!d.isName(i) || i + 1 < d.n && d.isName(i + 1)) {
          continue;
        }
        int j = nameStart(Math.max(0, i - MAX_NP), i);
        if (j < 0 || j == i || d.sentence[j] != d.sentence[i]) {
          continue;
        }
        String name = d.bareSpan(j, i);
        String last = lastWord(i);
        String known = byLast.get(last);
        if (known == null) {
          byLast.put(last, name);
        } else if (!TextNormalizer.fold(known).equals(TextNormalizer.fold(name))) {
          if (TextNormalizer.fold(name).endsWith(TextNormalizer.fold(known))) {
            byLast.put(last, name);
          } else if (!TextNormalizer.fold(known).endsWith(TextNormalizer.fold(name))) {
            ambiguous.put(last, true);
          }
        }
      }
      byLast.forEach(
          (last, name) -> {
            if (!ambiguous.containsKey(last)) {
              longestName.put(last, name);
            }
          });
    }

    /** Subjects of every sentence (pronoun antecedents) and role-name pairs. */
    private void collectSubjects() {
      int i = 0;
      while (i < d.n) {
        int s = i;
        while (i < d.n && d.sentence[i] == d.sentence[s]) {
          i++;
        }
        int firstVerb = i;
        for (int k = s; k < i; k++) {
          if (d.outside(k) && d.tag[k].equals("VERB")) {
            firstVerb = k;
            break;
          }
        }
        Np subject = clauseSubject(s, firstVerb);
        if (subject != null) {
          String name = nameOf(subject);
          boolean plural =
              d.fold[subject.head()].endsWith("s") && d.tag[subject.head()].equals("NOUN");
          if (name != null) {
            focus.put(
                subject.head(),
                new Focus(name, isOrganization(subject), isPluralName(subject.head())));
          } else if (plural || isOrganization(subject)) {
            focus.put(
                subject.head(), new Focus(d.span(subject.from(), subject.to()), true, plural));
          }
        }
        for (int k = s; k < i; k++) {
          if (!d.outside(k)
              || !d.isName(k)
              || d.hasPossessive(k)
              || k + 1 < i && (d.isName(k + 1) || d.isPossessive(k + 1))) {
            continue;
          }
          int v = skipAdverbs(k + 1, i);
          int runStart = k;
          while (runStart - 1 >= s && d.isName(runStart - 1)) {
            runStart--;
          }
          // "he and Okafor will travel": a coordinated name is not the focus
          boolean coordinated = runStart > s && d.tag[runStart - 1].equals("CCONJ");
          if (!coordinated && v < i && (d.tag[v].equals("VERB") || d.tag[v].equals("AUX"))) {
            String name = nameOf(new Np(k, k, k));
            if (name != null) {
              focus.put(
                  k,
                  new Focus(
                      name, isOrganization(new Np(Math.max(s, k - 3), k, k)), isPluralName(k)));
            }
          }
        }
        for (int k = s; k < i; k++) {
          boolean runEnd = k + 1 >= i || !d.isName(k + 1);
          int runStart = k;
          while (runStart - 1 >= s && d.isName(runStart - 1)) {
            runStart--;
          }
          // places follow prepositions ("in Lagos"); people seldom do
          boolean afterPreposition = runStart > s && d.tag[runStart - 1].equals("ADP");
          if (d.outside(k) && d.isName(k) && runEnd && !afterPreposition) {
            String name = nameOf(new Np(Math.max(s, k - 3), k, k));
            if (name != null) {
              mentioned.put(
                  k,
                  new Focus(
                      name, isOrganization(new Np(Math.max(s, k - 3), k, k)), isPluralName(k)));
            }
          }
        }
        collectRoles(s, i);
      }
    }

    private void collectRoles(int from, int to) {
      for (int k = from; k < to; k++) {
        if (!d.isName(k) || k + 1 < to && d.isName(k + 1)) {
          continue;
        }
        int nameFrom = k;
        while (nameFrom - 1 >= from && d.isName(nameFrom - 1)) {
          nameFrom--;
        }
        String name = nameOf(new Np(nameFrom, k, k));
        // ROLE Name: "ministry spokesman Jon Hale", "presidential aide Mara Lind"
        int r = nameFrom;
        boolean sawNoun = false;
        while (r - 1 >= from && k - (r - 1) < MAX_NP + 2 && isNpInner(r - 1)) {
          r--;
          sawNoun |= d.tag[r].equals("NOUN");
        }
        if (sawNoun && k > nameFrom) {
          addRole(r, nameFrom - 1, name, k);
        }
        // Name, the role,
        if (k + 2 < to && d.word[k + 1].equals(",")) {
          Np role = npRight(k + 2, to);
          if (role != null
              && d.tag[role.head()].equals("NOUN")
              && (role.to() + 1 >= to
                  || d.word[role.to() + 1].equals(",")
                  || d.word[role.to() + 1].equals("."))) {
            addRole(role.from(), role.to(), name, k);
          }
        }
        // the role, Name,
        if (nameFrom - 2 >= from && d.word[nameFrom - 1].equals(",")) {
          Np role = npLeft(nameFrom - 2, from);
          if (role != null && d.tag[role.head()].equals("NOUN")) {
            addRole(role.from(), role.to(), name, k);
          }
        }
      }
    }

    private void addRole(int from, int to, String name, int position) {
      Set<String> words = roleWords(from, to);
      if (!words.isEmpty()) {
        roles.add(new RoleName(words, name, position));
      }
    }

    private Set<String> roleWords(int from, int to) {
      Set<String> words = new HashSet<>();
      for (int i = from; i <= to; i++) {
        if (d.isNoun(i) || d.tag[i].equals("ADJ")) {
          words.add(AttributionLexicon.singular(d.fold[i]));
        }
      }
      return words;
    }

    /** The best name for a speaker phrase: itself, a pronoun's antecedent or a role's holder. */
    private String resolve(Np np) {
      Np antecedent = relative.get(np.head());
      if (antecedent != null && antecedent.head() != np.head()) {
        return resolve(antecedent);
      }
      String name = nameOf(np);
      if (name != null) {
        return name;
      }
      String head = d.fold[np.head()];
      if (d.tag[np.head()].equals("PRON")) {
        boolean plural = head.equals("they");
        boolean organization = head.equals("it");
        return antecedent(np.from(), plural, organization);
      }
      String written = d.span(np.from(), np.to());
      boolean indefinite = INDEFINITE.contains(d.fold[np.from()]) || d.tag[np.from()].equals("NUM");
      String singularHead = AttributionLexicon.singular(head);
      boolean plural = !singularHead.equals(head);
      if (indefinite || plural) {
        return written;
      }
      Set<String> words = roleWords(np.from(), np.to());
      RoleName best = null;
      int bestScore = 0;
      for (RoleName role : roles) {
        if (!role.words().contains(singularHead)) {
          continue;
        }
        int score = 1;
        for (String w : words) {
          if (!w.equals(singularHead) && role.words().contains(w)) {
            score++;
          }
        }
        boolean better =
            score > bestScore
                || score == bestScore
                    && best != null
                    && Math.abs(role.position() - np.head())
                        < Math.abs(best.position() - np.head());
        if (better) {
          best = role;
          bestScore = score;
        }
      }
      if (best != null) {
        return best.name();
      }
      if (AttributionLexicon.PERSON_ROLES.contains(singularHead)
          && !AttributionLexicon.STAFF_ROLES.contains(singularHead)) {
        String person = antecedent(np.from(), false, false);
        if (person != null) {
          return person;
        }
      }
      return written;
    }

    private String antecedent(int position, boolean plural, boolean organization) {
      String subject = antecedent(focus, position, plural, organization);
      return subject != null ? subject : antecedent(mentioned, position, plural, organization);
    }

    private static String antecedent(
        TreeMap<Integer, Focus> focus, int position, boolean plural, boolean organization) {
      for (Map.Entry<Integer, Focus> e = focus.lowerEntry(position);
          e != null;
          e = focus.lowerEntry(e.getKey())) {
        Focus f = e.getValue();
        if (plural
            ? f.plural() || f.organization()
            : organization ? f.organization() : !f.organization() && !f.plural()) {
          return f.name();
        }
      }
      return null;
    }
  }
}
