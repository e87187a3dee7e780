package dev.storyweave.claims;

import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import dev.storyweave.text.PosTagger;
import dev.storyweave.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/*
 * A sentence that joins two statements ("Rebels took the port, and the army withdrew to the hills")
 * gives two claims, so each can find its own support and its own conflicts. Two cuts are made:
 *
 *  - at a semicolon, when both sides have at least six words and a verb (a verbless piece is a
 *    list item and stays with its neighbour);
 *  - at a comma followed by a coordinating conjunction ("and", "but", "yet", "so") or by a
 *    contrasting subordinator ("while", "whereas"), when the universal POS tags show a main clause
 *    on each side: the left side has a verb, and the right side opens with a subject (a noun,
 *    proper noun, pronoun or number, possibly after adverbs, adjectives, determiners and
 *    prepositions, with no punctuation in between, after an optional opening phrase set off by a
 *    comma: "..., but in May, the council voted") followed by its verb within eight tokens, and
 *    an "and" does not close a list ("A, B, and C": no verb since the previous comma). "..., and
 *    did B" (a second verb phrase without a subject), "..., while visiting the port" (no subject)
 *    and "..., and the UK, who demanded" (a list with a relative clause) stay whole.
 *
 * Cuts inside quotation marks are not made: a quote is one statement of its speaker. Each side
 * must keep at least five words; when unsure the sentence stays whole. The comma and the conjunction
 * belong to neither clause, so each clause span is exact article text with no dangling joiner.
 */
/** Splits a sentence into the clauses that state separate things. Thread-safe. */
final class ClauseSplitter {

  static final int MIN_SEMICOLON_WORDS = 6;
  static final int MIN_CLAUSE_WORDS = 5;
  static final int MAX_SUBJECT_TOKENS = 8;

  // "and" also closes lists ("A, B, and C"); the others only join clauses.
  private static final Set<String> JOINERS = Set.of("and", "but", "yet", "so", "while", "whereas");
  private static final Set<String> VERBS = Set.of("VERB", "AUX");
  private static final Set<String> SUBJECTS = Set.of("NOUN", "PROPN", "PRON", "NUM");
  private static final Set<String> BEFORE_SUBJECT = Set.of("ADV", "ADJ", "DET", "ADP", "PART");

  static final int MAX_OPENING_TOKENS = 6;
  private static final Set<String> OPENERS = Set.of("ADP", "ADV");
  private static final Set<String> OPENING_PHRASE =
      Set.of("ADP", "ADV", "DET", "ADJ", "NOUN", "PROPN", "NUM");

  private ClauseSplitter() {}

  /**
   * Clause spans {@code {start, end}} of sentence {@code s}, offsets into {@code text}, in order,
   * trimmed of white space; the whole sentence when it states one thing.
   */
  static List<int[]> clauses(String text, Sentence s) {
    List<int[]> out = new ArrayList<>();
    for (int[] piece : semicolonPieces(text, s)) {
      out.addAll(coordinated(text, s, piece[0], piece[1]));
    }
    return out;
  }

  private static List<int[]> semicolonPieces(String text, Sentence s) {
    List<int[]> out = new ArrayList<>();
    int start = s.start();
    int quotes = 0;
    for (int i = s.start(); i < s.end(); i++) {
      quotes += quoteMarks(String.valueOf(text.charAt(i)));
      if (text.charAt(i) == ';' && quotes % 2 == 0) {
        String left = text.substring(start, i);
        String right = text.substring(i + 1, s.end());
        if (ContentTerms.words(left).size() >= MIN_SEMICOLON_WORDS
            && ContentTerms.words(right).size() >= MIN_SEMICOLON_WORDS) {
          out.add(trim(text, start, i));
          start = i + 1;
        }
      }
    }
    out.add(trim(text, start, s.end()));
    if (out.size() < 2) {
      return out;
    }
    // "...; the army was cut; and the surrender of arms": a piece without a verb is a list item,
    // not a statement, and goes back to the piece before it (or after it, when it is the first).
    List<String> tags = PosTagger.english().tag(s);
    if (tags.size() != s.tokens().size()) {
      return List.of(trim(text, s.start(), s.end()));
    }
    List<int[]> merged = new ArrayList<>();
    boolean pendingStart = false;
    for (int[] piece : out) {
      boolean verb = hasVerb(s.tokens(), tags, piece[0], piece[1]);
      if (pendingStart) {
        merged.get(merged.size() - 1)[1] = piece[1];
        pendingStart = !verb;
      } else if (!verb && !merged.isEmpty()) {
        merged.get(merged.size() - 1)[1] = piece[1];
      } else {
        merged.add(piece.clone());
        pendingStart = !verb;
      }
    }
    return merged;
  }

  private static boolean hasVerb(List<Token> tokens, List<String> tags, int start, int end) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= start
          && tokens.get(i).end() <= end
          && VERBS.contains(tags.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The piece {@code [start, end)} of the sentence cut at coordinated main clauses. */
  private static List<int[]> coordinated(String text, Sentence s, int start, int end) {
    List<Token> tokens = s.tokens();
    if (!hasJoiner(tokens, start, end)) {
      return List.of(new int[] {start, end});
    }
    List<String> tags = PosTagger.english().tag(s);
    if (tags.size() != tokens.size()) {
      return List.of(new int[] {start, end});
    }
    List<int[]> out = new ArrayList<>();
    int clauseStart = start;
    boolean leftHasVerb = false;
    // Whether a verb came since the last comma: "A, B, and C" (no verb between) is a list.
    boolean verbSinceComma = false;
    boolean commaSeen = false;
    int quotes = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() < clauseStart || t.end() > end) {
        continue;
      }
      quotes += quoteMarks(t.text());
      if (VERBS.contains(tags.get(i))) {
        leftHasVerb = true;
        verbSinceComma = true;
      }
      boolean candidate =
          i > 0
              && i + 1 < tokens.size()
              && tokens.get(i - 1).text().equals(",")
              && JOINERS.contains(t.text().toLowerCase(Locale.ROOT));
      if (candidate
          && quotes % 2 == 0
          && leftHasVerb
          && (!commaSeen || verbSinceComma || !t.text().equalsIgnoreCase("and"))
          && opensMainClause(tokens, tags, i + 1, end)) {
        int[] left = trim(text, clauseStart, tokens.get(i - 1).start());
        int[] right = trim(text, tokens.get(i + 1).start(), end);
        if (words(text, left) >= MIN_CLAUSE_WORDS && words(text, right) >= MIN_CLAUSE_WORDS) {
          out.add(left);
          clauseStart = right[0];
          leftHasVerb = false;
          verbSinceComma = false;
          commaSeen = false;
          continue;
        }
      }
      if (t.text().equals(",") && !(i + 1 < tokens.size() && isJoiner(tokens.get(i + 1)))) {
        commaSeen = true;
        verbSinceComma = false;
      }
    }
    out.add(trim(text, clauseStart, end));
    return out;
  }

  private static boolean isJoiner(Token t) {
    return JOINERS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean hasJoiner(List<Token> tokens, int start, int end) {
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= start
          && t.end() <= end
          && tokens.get(i - 1).text().equals(",")
          && JOINERS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens from {@code from} open a clause with its own subject and verb. */
  private static boolean opensMainClause(List<Token> tokens, List<String> tags, int from, int end) {
    from = afterOpeningPhrase(tokens, tags, from, end);
    boolean subject = false;
    for (int i = from; i < tokens.size() && i < from + MAX_SUBJECT_TOKENS; i++) {
      if (tokens.get(i).end() > end) {
        return false;
      }
      String tag = tags.get(i);
      if (VERBS.contains(tag)) {
        return subject;
      }
      if (SUBJECTS.contains(tag)) {
        subject = true;
      } else if (!BEFORE_SUBJECT.contains(tag)) {
        // A subordinate opener ("if", "because") or punctuation before the verb ("the UK, who
        // demanded", "on May 2, agreeing"): not a plain main clause, so the sentence stays whole.
        return false;
      }
    }
    return false;
  }

  /**
   * The token after an opening phrase set off by a comma ("..., but in May, the council voted",
   * "..., and later, the army withdrew"): a prepositional or adverbial phrase of at most {@link
   * #MAX_OPENING_TOKENS} tokens. {@code from} itself when there is none.
   */
  private static int afterOpeningPhrase(List<Token> tokens, List<String> tags, int from, int end) {
    if (from >= tokens.size() || !OPENERS.contains(tags.get(from))) {
      return from;
    }
    for (int i = from + 1; i < tokens.size() && i <= from + MAX_OPENING_TOKENS; i++) {
      if (tokens.get(i).end() > end) {
        return from;
      }
      if (tokens.get(i).text().equals(",")) {
        return i + 1;
      }
      if (!OPENING_PHRASE.contains(tags.get(i))) {
        return from;
      }
    }
    return from;
  }

  private static int quoteMarks(String token) {
    int n = 0;
    for (char c : TextNormalizer.plainPunctuation(token).toCharArray()) {
      if (c == '"') {
        n++;
      }
    }
    return n;
  }

  private static int words(String text, int[] span) {
    return ContentTerms.words(text.substring(span[0], span[1])).size();
  }

  private static int[] trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }
}
