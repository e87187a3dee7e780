package dev.storyweave.signals;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import dev.storyweave.text.CalendarWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/*
 * Four signals, each cheap to compare later:
 *
 * - MinHash over word 3-shingles of the whole body finds copies and near-copies (LSH buckets).
 * - The lead embedding is computed on the title plus the first real sentences (at least a few
 *   words each, so dashes, bylines and datelines are skipped) up to about 60 words: news puts what
 *   happened first, and embedding cost grows with length, so the lead is both the best summary
 *   and the cheapest input. It is the only model call per article.
 * - Name keys are the folded capitalised words of the body that are not sentence-initial (a
 *   sentence-initial word counts only if it also appears capitalised inside a sentence), minus a
 *   short list of capitalised function words, honorifics and calendar words. Single words rather
 *   than full names, so "President Lind" and "Mara Lind" share a key. The assigner weights
 *   keys by rarity, so frequent words that slip through count little. Up to MAX_KEYS keys, most
 *   frequent first, keep the stored set small.
 * - Key terms are the MAX_TERMS most frequent content-word stems (Lucene's English stop words
 *   removed, Snowball stems) and numbers: a truncated bag of words for lexical overlap, weighted
 *   by rarity in the assigner like a TF-IDF vector, without a global vocabulary here.
 * - Figures are the numbers of two digits or more the text states (years, tolls, magnitudes,
 *   scores, amounts): two events of one kind (two earthquakes, two arrests) share topic words and
 *   often names, but rarely their year, death toll or score, and figures are cheap to compare.
 */
final class NewsSignalExtractor implements SignalExtractor {

  static final int LEAD_WORDS = 60;
  static final int MAX_LEAD_SENTENCES = 4;
  static final int MIN_SENTENCE_WORDS = 4;
  static final int MAX_KEYS = 24;
  static final int MAX_TERMS = 48;
  static final int MAX_FIGURES = 16;

  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private static final Set<String> NOT_NAMES =
      CalendarWords.weekdaysMonthsAnd(
          "a",
          "an",
          "the",
          "and",
          "or",
          "but",
          "if",
          "in",
          "on",
          "at",
          "of",
          "to",
          "for",
          "from",
          "by",
          "with",
          "as",
          "it",
          "its",
          "he",
          "she",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "their",
          "our",
          "my",
          "this",
          "that",
          "these",
          "those",
          "there",
          "here",
          "what",
          "when",
          "where",
          "who",
          "why",
          "how",
          "not",
          "no",
          "yes",
          "after",
          "before",
          "while",
          "also",
          "mr",
          "mrs",
          "ms",
          "dr",
          "sir",
          "madam",
          "president",
          "prime",
          "minister",
          "secretary",
          "senator",
          "sen",
          "rep",
          "gov",
          "governor",
          "gen",
          "general",
          "chief",
          "king",
          "queen",
          "prince",
          "lord",
          "judge",
          "officer",
          "police",
          "am",
          "pm",
          "jr",
          "sr",
          "st",
          "said",
          "says",
          "read",
          "more",
          "update",
          "updated",
          "news");

  private final SentenceEmbedder embedder;

  NewsSignalExtractor(SentenceEmbedder embedder) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  @Override
  public ArticleSignals extract(Article article, AnalyzedText text) {
    if (!article.id().equals(text.articleId())) {
      throw new IllegalArgumentException(
          "text of another article: article=" + article.id() + " text=" + text.articleId());
    }
    List<String> words = words(text);
    int[] minHash = MinHash.signature(words);
    float[] embedding = embedder.embed(lead(article.title().value(), text));
    return new ArticleSignals(
        article.id(),
        minHash,
        embedding,
        nameKeys(text),
        article.published().value(),
        keyTerms(words),
        figures(words));
  }

  /** Normalized word tokens (with a letter or digit) of {@code text}, in order. */
  static List<String> words(AnalyzedText text) {
    List<String> words = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        if (isWord(t.text())) {
          words.add(t.normalized());
        }
      }
    }
    return words;
  }

  /**
   * The numbers of {@code words} with two digits or more, thousands separators dropped (so "1,247"
   * and "1247" are one figure), most frequent first, at most {@link #MAX_FIGURES}.
   */
  static Set<String> figures(List<String> words) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String word : words) {
      if (!Character.isDigit(word.charAt(0))) {
        continue;
      }
      StringBuilder figure = new StringBuilder();
      int digits = 0;
      boolean number = true;
      for (int i = 0; i < word.length() && number; i++) {
        char c = word.charAt(i);
        if (Character.isDigit(c)) {
          figure.append(c);
          digits++;
        } else if (c == '.' || c == ':') {
          figure.append(c);
        } else if (c != ',') {
          number = false;
        }
      }
      if (number && digits >= 2) {
        counts.merge(figure.toString(), 1, Integer::sum);
      }
    }
    return mostFrequent(counts, MAX_FIGURES);
  }

  private static Set<String> mostFrequent(Map<String, Integer> counts, int max) {
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    // Stable sort: equal counts keep first-occurrence order, so the result is deterministic.
    ranked.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, Integer> e : ranked) {
      if (out.size() == max) {
        break;
      }
      out.add(e.getKey());
    }
    return out;
  }

  /** The most frequent content-word stems and numbers of {@code words}, most frequent first. */
  static Set<String> keyTerms(List<String> words) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    EnglishStemmer stemmer = new EnglishStemmer();
    for (String word : words) {
      boolean number = word.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
      if (number ? word.length() < 2 : word.length() < 3 || STOP_WORDS.contains(word)) {
        continue;
      }
      String term = word;
      if (!number) {
        stemmer.setCurrent(word);
        stemmer.stem();
        term = stemmer.getCurrent();
      }
      counts.merge(term, 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    Set<String> terms = new LinkedHashSet<>();
    for (Map.Entry<String, Integer> e : ranked) {
      if (terms.size() == MAX_TERMS) {
        break;
      }
      terms.add(e.getKey());
    }
    return terms;
  }

  /** Title plus the first real sentences, about {@link #LEAD_WORDS} words. */
  static String lead(String title, AnalyzedText text) {
    StringBuilder lead = new StringBuilder();
    int words = 0;
    if (title != null && !title.isBlank()) {
      lead.append(title.strip());
      words += title.strip().split("\\s+").length;
    }
    int sentences = 0;
    for (Sentence s : text.sentences()) {
      if (words >= LEAD_WORDS || sentences >= MAX_LEAD_SENTENCES) {
        break;
      }
      int sentenceWords = 0;
      for (Token t : s.tokens()) {
        if (isWord(t.text())) {
          sentenceWords++;
        }
      }
      if (sentenceWords < MIN_SENTENCE_WORDS) {
        continue;
      }
      if (lead.length() > 0) {
        lead.append(lead.charAt(lead.length() - 1) == '.' ? " " : ". ");
      }
      List<Token> tokens = s.tokens();
      int end = s.end();
      int budget = LEAD_WORDS - words;
      if (sentenceWords > budget + MIN_SENTENCE_WORDS) {
        int counted = 0;
        for (Token t : tokens) {
          if (isWord(t.text()) && ++counted == budget) {
            end = t.end();
            break;
          }
        }
      }
      lead.append(text.text(), s.start(), end);
      words += Math.min(sentenceWords, budget + MIN_SENTENCE_WORDS);
      sentences++;
    }
    return lead.toString();
  }

  /** Folded capitalised name words, most frequent first. */
  static Set<String> nameKeys(AnalyzedText text) {
    Map<String, Integer> inner = new LinkedHashMap<>();
    Map<String, Integer> initial = new HashMap<>();
    for (Sentence s : text.sentences()) {
      boolean first = true;
      for (Token t : s.tokens()) {
        String word = t.text();
        if (!isWord(word)) {
          continue;
        }
        boolean sentenceInitial = first;
        first = false;
        if (!Character.isUpperCase(word.codePointAt(0)) || word.length() < 2) {
          continue;
        }
        String key = key(t.normalized());
        if (key.length() < 2 || NOT_NAMES.contains(key) || !Character.isLetter(key.charAt(0))) {
          continue;
        }
        (sentenceInitial ? initial : inner).merge(key, 1, Integer::sum);
      }
    }
    initial.forEach((k, n) -> inner.computeIfPresent(k, (kk, m) -> m + n));
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(inner.entrySet());
    // Stable sort: equal counts keep first-occurrence order, so the result is deterministic.
    ranked.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    Set<String> keys = new LinkedHashSet<>();
    for (Map.Entry<String, Integer> e : ranked) {
      if (keys.size() == MAX_KEYS) {
        break;
      }
      keys.add(e.getKey());
    }
    return keys;
  }

  private static String key(String normalized) {
    String k = normalized;
    if (k.endsWith("'s")) {
      k = k.substring(0, k.length() - 2);
    } else if (k.endsWith("'")) {
      k = k.substring(0, k.length() - 1);
    }
    return k;
  }

  static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
