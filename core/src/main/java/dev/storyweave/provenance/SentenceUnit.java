package dev.storyweave.provenance;

import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence of an article prepared for alignment: its folded words, word n-gram shingles,
 * content words and embedding.
 */
record SentenceUnit(
    Sentence sentence,
    List<String> words,
    Set<String> bigrams,
    Set<String> trigrams,
    Set<String> content,
    float[] embedding) {

  /** Fewer words than this and a sentence is a bullet mark, a dateline or a stray heading. */
  static final int MIN_WORDS = 4;

  // Closed-class English words: they carry no evidence that two sentences share a source.
  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "if", "then", "than", "that", "this",
          "these", "those", "there", "here", "of", "in", "on", "at", "to", "from", "by", "for",
          "with", "without", "about", "as", "into", "onto", "over", "under", "after", "before",
          "since", "until", "while", "during", "between", "among", "through", "against", "up",
          "down", "out", "off", "is", "are", "was", "were", "be", "been", "being", "am", "has",
          "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
          "may", "might", "must", "not", "no", "so", "also", "too", "very", "it", "its", "he",
          "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us", "our", "you",
          "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why",
          "how", "all", "any", "some", "each", "both", "more", "most", "other", "such", "own",
          "only", "just", "said", "says", "'s", "s", "one");

  static SentenceUnit of(Sentence sentence) {
    List<String> words = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      String w = token.normalized();
      if (isWord(w)) {
        words.add(w);
      }
    }
    Set<String> bigrams = new HashSet<>();
    Set<String> trigrams = new HashSet<>();
    Set<String> content = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      if (!FUNCTION_WORDS.contains(words.get(i))) {
        content.add(words.get(i));
      }
      if (i + 1 < words.size()) {
        bigrams.add(words.get(i) + ' ' + words.get(i + 1));
      }
      if (i + 2 < words.size()) {
        trigrams.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
      }
    }
    return new SentenceUnit(sentence, List.copyOf(words), bigrams, trigrams, content, null);
  }

  SentenceUnit withEmbedding(float[] vector) {
    return new SentenceUnit(sentence, words, bigrams, trigrams, content, vector);
  }

  int weight() {
    return words.size();
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
