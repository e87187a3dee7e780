package dev.storyweave.entities;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.EntityMention;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/*
 * Rule-based name finder, because no English NER model with a fitting licence is on Maven Central.
 *
 * Candidates are maximal runs of capitalised tokens that OpenNLP's UD tagger calls PROPN (or that
 * are capitalised away from the sentence start), joined across name particles ("da", "bin") and,
 * inside organisation, place and title chunks, across "of"/"for"/"the" ("Institute for the Study of
 * War", "Secretary of State"). A leading run of title words, demonyms and place names that contains
 * a title ("US Secretary of State", "French President") is cut off and kept as the role cue.
 *
 * Headlines and bullet lines in title case would make every word a candidate, so in such lines a
 * token counts as a name only when the same article uses it as a name in running prose, or CLDR
 * knows it as a place.
 *
 * Typing is a fixed precedence of cues, strongest first: a person title; an organisation head noun
 * or an acronym; a place head noun or a CLDR place; a role noun before the name or a speech verb
 * after it; a place preposition before it; finally the shape (several proper nouns: person). The
 * confidence is the strength of the cue that decided, not a calibrated probability.
 */
final class RuleMentionDetector implements MentionDetector {

  private static volatile RuleMentionDetector shared;

  private final PosTagger tagger;
  private final Gazetteer gazetteer;

  private RuleMentionDetector(PosTagger tagger, Gazetteer gazetteer) {
    this.tagger = tagger;
    this.gazetteer = gazetteer;
  }

  static RuleMentionDetector shared() {
    RuleMentionDetector result = shared;
    if (result == null) {
      synchronized (RuleMentionDetector.class) {
        result = shared;
        if (result == null) {
          result = new RuleMentionDetector(PosTagger.shared(), Gazetteer.instance());
          shared = result;
        }
      }
    }
    return result;
  }

  private record Chunk(int start, int end) {}

  private static final java.util.regex.Pattern OPENING =
      java.util.regex.Pattern.compile("[\"'(\\[:;\u2014\u2013\u201C\u2018\u00AB-]+");

  /** Verbs after which a name closing the clause is the speaker: "..., said Smith." */
  private static final Set<String> QUOTE_VERBS = Set.of("said", "says", "added", "wrote", "asked");

  @Override
  public List<EntityMention> detect(AnalyzedText text) {
    List<Sentence> sentences = text.sentences();
    List<String[]> tags = new ArrayList<>(sentences.size());
    boolean[] headline = new boolean[sentences.size()];
    Set<String> proseNames = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      String[] sentenceTags = tagger.tag(sentence);
      tags.add(sentenceTags);
      headline[s] = isHeadline(sentence.tokens());
      if (!headline[s]) {
        List<Token> tokens = sentence.tokens();
        int first = firstWord(tokens);
        for (Chunk chunk : chunks(tokens, i -> isNameToken(tokens, sentenceTags, i, first))) {
          for (int i = chunk.start; i < chunk.end; i++) {
            String folded = fold(tokens.get(i));
            if (!Gazetteer.TITLES.contains(folded)) {
              proseNames.add(folded);
            }
          }
        }
      }
    }
    List<EntityMention> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      Token carriedTitle = s > 0 ? titleAbbreviationAtEnd(sentences.get(s - 1).tokens()) : null;
      String[] sentenceTags = tags.get(s);
      int first = firstWord(tokens);
      IntPredicate nameToken =
          headline[s]
              ? i -> isHeadlineNameToken(tokens, i, proseNames)
              : i ->
                  isNameToken(tokens, sentenceTags, i, first)
                      || isKnownNameAtStart(tokens, i, proseNames);
      for (Chunk chunk : chunks(tokens, nameToken)) {
        EntityMention mention =
            toMention(
                text,
                tokens,
                sentenceTags,
                chunk,
                chunk.start == first ? carriedTitle : null,
                proseNames);
        if (mention != null) {
          out.add(mention);
        }
      }
    }
    return out;
  }

  private static String fold(Token token) {
    return Gazetteer.fold(token.text());
  }

  private static int firstWord(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (Character.isLetterOrDigit(tokens.get(i).text().charAt(0))) {
        return i;
      }
    }
    return tokens.size();
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Title case lines: no closing full stop, at least three long words, nearly all capitalised. */
  private static boolean isHeadline(List<Token> tokens) {
    if (tokens.isEmpty() || tokens.get(tokens.size() - 1).text().matches("[.!?]+")) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Token token : tokens) {
      String word = token.text();
      if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
        words++;
        if (isCapitalised(word)) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised >= 0.75 * words;
  }

  private boolean isNameToken(List<Token> tokens, String[] tags, int i, int first) {
    String word = tokens.get(i).text();
    if (!isCapitalised(word) || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    String folded = fold(tokens.get(i));
    if (Gazetteer.NEVER_NAMES.contains(folded) || gazetteer.isCalendarWord(folded)) {
      return false;
    }
    if (i == first || isOpening(tokens.get(i - 1).text())) {
      return "PROPN".equals(tags[i])
          || gazetteer.isPlace(folded)
          || Gazetteer.TITLES.contains(folded) && !Gazetteer.TITLE_INNER.contains(folded);
    }
    if (isShouting(tokens, i)) {
      return false;
    }
    return switch (tags[i]) {
      case "PROPN", "NOUN", "ADJ", "X", "NUM", "VERB", "ADV" -> true;
      default -> gazetteer.isPlace(folded);
    };
  }

  private static boolean isOpening(String token) {
    return OPENING.matcher(token).matches();
  }

  private static boolean isUpperWord(String word) {
    return word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
        && word.chars().anyMatch(Character::isLetter);
  }

  /** Three upper-case words in a row ("HAVE THE MEETING") are emphasis, not acronyms. */
  private static boolean isShouting(List<Token> tokens, int i) {
    if (!isUpperWord(tokens.get(i).text())) {
      return false;
    }
    int from = i;
    while (from > 0 && isUpperWord(tokens.get(from - 1).text())) {
      from--;
    }
    int to = i + 1;
    while (to < tokens.size() && isUpperWord(tokens.get(to).text())) {
      to++;
    }
    return to - from >= 3;
  }

  private static boolean isPossessive(String token) {
    return token.endsWith("'s")
        || token.endsWith("\u2019s")
        || token.equals("'")
        || token.equals("\u2019");
  }

  /**
   * A sentence-initial word the tagger did not call a proper noun is still a name when the article
   * uses it as one elsewhere ("Hansbrough's 20 points ...").
   */
  private boolean isKnownNameAtStart(List<Token> tokens, int i, Set<String> proseNames) {
    String word = tokens.get(i).text();
    if (!isCapitalised(word)) {
      return false;
    }
    String folded = fold(tokens.get(i));
    String bare = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
    return !Gazetteer.NEVER_NAMES.contains(folded)
        && (proseNames.contains(folded) || proseNames.contains(bare));
  }

  private boolean isHeadlineNameToken(List<Token> tokens, int i, Set<String> proseNames) {
    String word = tokens.get(i).text();
    if (!isCapitalised(word)) {
      return false;
    }
    String folded = fold(tokens.get(i));
    return proseNames.contains(folded) || gazetteer.isPlace(folded);
  }

  private static List<Chunk> chunks(List<Token> tokens, IntPredicate nameToken) {
    List<Chunk> chunks = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (!nameToken.test(i)) {
        i++;
        continue;
      }
      int start = i;
      int end = i + 1;
      while (end < n && !isPossessive(tokens.get(end - 1).text())) {
        if (nameToken.test(end)) {
          end++;
          continue;
        }
        int next = end;
        while (next < n && next - end < 2 && isJoiner(tokens, start, end, next)) {
          next++;
        }
        if (next > end && next < n && nameToken.test(next)) {
          end = next + 1;
        } else {
          break;
        }
      }
      chunks.add(new Chunk(start, end));
      i = end;
    }
    return chunks;
  }

  /** Whether token {@code k} may join the chunk {@code [start, end)} to a following name token. */
  private static boolean isJoiner(List<Token> tokens, int start, int end, int k) {
    String word = tokens.get(k).text();
    if (Gazetteer.NAME_PARTICLES.contains(word)) {
      return true;
    }
    if (!Gazetteer.CONNECTORS.contains(word)) {
      return false;
    }
    for (int i = start; i < end; i++) {
      String folded = fold(tokens.get(i));
      if (Gazetteer.ORG_WORDS.contains(folded)
          || (!word.equals("and")
              && (Gazetteer.PLACE_WORDS.contains(folded)
                  || Gazetteer.TITLES.contains(folded)
                      && !Gazetteer.TITLE_INNER.contains(folded)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence splitter may cut after "Gen." or "Sen.": such a sentence's last word is a title
   * for the name that opens the next sentence.
   */
  private static Token titleAbbreviationAtEnd(List<Token> tokens) {
    int n = tokens.size();
    if (n >= 1 && tokens.get(n - 1).text().endsWith(".") && tokens.get(n - 1).text().length() > 1) {
      Token last = tokens.get(n - 1);
      return Gazetteer.TITLES.contains(fold(last)) && isCapitalised(last.text()) ? last : null;
    }
    if (n >= 2 && tokens.get(n - 1).text().equals(".")) {
      Token word = tokens.get(n - 2);
      String folded = fold(word) + ".";
      return Gazetteer.TITLES.contains(folded) && isCapitalised(word.text()) ? word : null;
    }
    return null;
  }

  private EntityMention toMention(
      AnalyzedText text,
      List<Token> tokens,
      String[] tags,
      Chunk chunk,
      Token carriedTitle,
      Set<String> proseNames) {
    int start = chunk.start;
    int end = chunk.end;
    String last = fold(tokens.get(end - 1));
    boolean orgHead = Gazetteer.ORG_WORDS.contains(last);
    boolean placeHead = Gazetteer.PLACE_WORDS.contains(last);

    // Leading role cue: demonyms, places and title words, holding at least one real title.
    int nameStart = start;
    boolean sawTitle = false;
    while (nameStart < end) {
      String folded = fold(tokens.get(nameStart));
      boolean title =
          Gazetteer.TITLES.contains(folded)
              && (sawTitle || !Gazetteer.TITLE_INNER.contains(folded));
      if (title) {
        sawTitle = true;
      } else if (!gazetteer.isDemonym(folded) && !gazetteer.isPlace(folded)) {
        break;
      }
      nameStart++;
    }
    String title = null;
    if (carriedTitle != null && !sawTitle && !orgHead && !placeHead) {
      int titleEnd = carriedTitle.end();
      if (titleEnd < text.text().length() && text.text().charAt(titleEnd) == '.') {
        titleEnd++;
      }
      title = text.text().substring(carriedTitle.start(), titleEnd);
    } else if (sawTitle && nameStart < end && !orgHead && !placeHead) {
      int roleStart = tokens.get(start).start();
      if (start >= 2
          && tokens.get(start - 1).text().matches("['\u2019]s")
          && isCapitalised(tokens.get(start - 2).text())) {
        roleStart = tokens.get(start - 2).start();
      }
      title = text.text().substring(roleStart, tokens.get(nameStart - 1).end());
      start = nameStart;
    } else if (nameStart == end && !orgHead && !placeHead) {
      // Only titles, demonyms and places: a bare "President" or "French" is no name, a place is.
      boolean anyPlace = false;
      for (int i = start; i < end; i++) {
        anyPlace |= gazetteer.isPlace(fold(tokens.get(i)));
      }
      if (!anyPlace || sawTitle) {
        return null;
      }
    }
    // Titles may also trail inside the chunk ("Lee, President"): drop a trailing title word.
    while (end > start + 1 && Gazetteer.TITLES.contains(fold(tokens.get(end - 1)))) {
      end--;
    }

    if (title != null
        && nameStart > chunk.start
        && Gazetteer.CONNECTORS.contains(fold(tokens.get(nameStart - 1)))) {
      return null; // "Minister of Transport": the whole chunk is a role, not a name
    }
    if (!orgHead && !placeHead && gazetteer.isDemonym(fold(tokens.get(end - 1)))) {
      return null; // "South African miners": an adjective phrase
    }

    int charStart = tokens.get(start).start();
    int charEnd = tokens.get(end - 1).end();
    String surface = text.text().substring(charStart, charEnd);
    // Dashes the tokenizer left inside a token ("UK\u2014", "Lee\u2014has") end the name.
    for (int k = 0; k < surface.length(); k++) {
      char c = surface.charAt(k);
      if (c == '\u2014' || c == '\u2013') {
        charEnd = charStart + k;
        break;
      }
    }
    surface = text.text().substring(charStart, charEnd);
    // Possessives the tokenizer left attached, and a sentence's full stop.
    if (surface.endsWith("'s") || surface.endsWith("\u2019s")) {
      charEnd -= 2;
    } else if (surface.length() > 2 && (surface.endsWith("s'") || surface.endsWith("s\u2019"))) {
      charEnd -= 1;
    } else if (surface.endsWith(".") && surface.matches(".*\\p{Ll}{2}\\.")) {
      String lastWord = Gazetteer.fold(surface.substring(surface.lastIndexOf(' ') + 1));
      if (!Gazetteer.ORG_WORDS.contains(lastWord) && !Gazetteer.TITLES.contains(lastWord)) {
        charEnd -= 1;
      }
    }
    while (charEnd > charStart
        && !Character.isLetterOrDigit(text.text().charAt(charEnd - 1))
        && text.text().charAt(charEnd - 1) != '.') {
      charEnd--;
    }
    if (charEnd - charStart < 2) {
      return null;
    }
    surface = text.text().substring(charStart, charEnd);
    String folded = Gazetteer.fold(surface);
    if (Gazetteer.NEVER_NAMES.contains(folded) || gazetteer.isCalendarWord(folded)) {
      return null;
    }

    EntityType type;
    double confidence;
    String previous = chunk.start > 0 ? fold(tokens.get(chunk.start - 1)) : "";
    String previous2 = chunk.start > 1 ? fold(tokens.get(chunk.start - 2)) : "";
    String next = end < tokens.size() ? fold(tokens.get(end)) : "";
    String next2 = end + 1 < tokens.size() ? fold(tokens.get(end + 1)) : "";
    int nameTokens = end - start;
    boolean acronym = surface.length() >= 2 && surface.length() <= 6 && isAcronym(surface);
    boolean firstIsPlaceWord = gazetteer.isDemonym(fold(tokens.get(start)));
    if (title != null) {
      type = EntityType.PERSON;
      confidence = 0.9;
    } else if (orgHead || anyOrgWord(tokens, start, end)) {
      type = EntityType.ORGANIZATION;
      confidence = 0.85;
    } else if (!placeHead
        && previous.equals("the")
        && !Gazetteer.PLACE_PREPOSITIONS.contains(previous2)
        && !Gazetteer.PLACE_WORDS.contains(next)
        && pluralName(tokens.get(end - 1).text())
        && !gazetteer.isPlace(folded)
        && !anyPlaceWordBeforeConnector(tokens, start, end)) {
      // "The Colts said", "the New Orleans Saints": a plural name after the article is a team,
      // band, party or paper, whatever verb follows it; after a place preposition ("in the
      // Rockies") or before a place noun ("the Ardennes region") it is more often a region. A
      // context cue, so a gazetteer or a head noun still
      // outvotes it.
      type = EntityType.ORGANIZATION;
      confidence = 0.8;
    } else if (placeHead
        || gazetteer.isPlace(folded)
        || anyPlaceWordBeforeConnector(tokens, start, end)
        || nameTokens >= 2 && Gazetteer.PLACE_PREFIXES.contains(fold(tokens.get(start)))) {
      type = EntityType.PLACE;
      confidence = gazetteer.isPlace(folded) ? 0.9 : 0.8;
    } else if (Gazetteer.PLACE_WORDS.contains(next) && !isCapitalised(tokens.get(end).text())) {
      type = EntityType.PLACE;
      confidence = 0.75;
    } else if (acronym) {
      type = EntityType.ORGANIZATION;
      confidence = 0.7;
    } else if (Gazetteer.ROLE_NOUNS.contains(previous)
        || Gazetteer.ROLE_NOUNS.contains(previous2) && previous.equals(",")) {
      type = EntityType.PERSON;
      confidence = 0.8;
    } else if (Gazetteer.SPEECH_VERBS.contains(next)
        || next.equals(",") && next2.matches("\\d+")
        || QUOTE_VERBS.contains(previous) && (next.isEmpty() || next.matches("[.,;]"))) {
      type = EntityType.PERSON;
      confidence = 0.7;
    } else if (Gazetteer.PLACE_PREPOSITIONS.contains(previous) || firstIsPlaceWord) {
      type = EntityType.PLACE;
      confidence = 0.6;
    } else if (nameTokens >= 2 && allProperNouns(tokens, tags, start, end)) {
      type = EntityType.PERSON;
      confidence = 0.55;
    } else if (nameTokens == 1
        && !"PROPN".equals(tags[start])
        && (start == firstWord(tokens) || isOpening(tokens.get(start - 1).text()))
        && !proseNames.contains(folded)) {
      return null; // a capitalised common word opening a sentence, with no cue at all
    } else {
      type = EntityType.OTHER;
      confidence = 0.3;
    }
    return new EntityMention(
        new Mention(surface, text.articleId(), charStart, charEnd), type, title, confidence);
  }

  /** Whether a capitalised word reads as an English plural ("Colts", "Chiefs", not "Ross"). */
  private static boolean pluralName(String word) {
    return word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")
        && Character.isLowerCase(word.charAt(word.length() - 2));
  }

  private static boolean anyPlaceWordBeforeConnector(List<Token> tokens, int start, int end) {
    for (int i = start; i + 1 < end; i++) {
      if (Gazetteer.PLACE_WORDS.contains(fold(tokens.get(i)))
          && Gazetteer.CONNECTORS.contains(tokens.get(i + 1).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyOrgWord(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Gazetteer.ORG_WORDS.contains(fold(tokens.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every capitalised token of the chunk is a proper noun (particles may be lower case).
   */
  private static boolean allProperNouns(List<Token> tokens, String[] tags, int start, int end) {
    for (int i = start; i < end; i++) {
      if (isCapitalised(tokens.get(i).text()) && !"PROPN".equals(tags[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(String surface) {
    int letters = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '&') {
        return false;
      }
    }
    return letters >= 2;
  }
}
