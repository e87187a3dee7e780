package dev.storyweave.quotes;

import dev.storyweave.model.Entity;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quote;
import dev.storyweave.model.QuoteMention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.signals.SentenceEmbedder;
import dev.storyweave.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/*
 * Two wordings are one statement when the shorter one's content words mostly occur in the longer
 * one (an excerpt, a light rewording: containment >= 0.6), or when their sentence embeddings are
 * close (a translation or paraphrase of at least four words sharing a content word: cosine >= 0.78
 * with BGE-small, when they share two content words or 30% of the shorter's; on the seeds two machine translations of one sentence score 0.79-0.80 while
 * different sentences of one speaker score 0.73-0.75). Requiring a shared word keeps the number
 * of embedded statements small.
 * Statements are grouped by union-find over those pairs, but a union that would put two different
 * speakers in one group is refused, so speaker-compatible chaining is the only transitive step.
 * A statement without a speaker may join a group with one. Embeddings are computed only for
 * pairs the word test did not already decide, at most once per statement.
 */
final class VariantQuoteMerger implements QuoteMerger {

  private static final double CONTAINMENT = 0.6;

  private static final double COSINE_WITH_SHARED_WORD = 0.78;
  private static final int MIN_EMBEDDED_WORDS = 4;
  private static final Set<String> STOPWORDS =
      Set.of(
          "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "is",
          "are", "was", "were", "be", "been", "it", "that", "this", "we", "i", "you", "he", "she",
          "they", "not", "as", "by", "if", "so", "do", "does", "did", "have", "has", "had", "will",
          "would", "can", "could", "there", "their", "our", "us", "me", "my", "his", "her", "its");

  private final SentenceEmbedder embedder;

  VariantQuoteMerger(SentenceEmbedder embedder) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /** One wording in one article: a quote mention, or the halves of a split quote. */
  private static final class Statement {
    final List<Mention> spans = new ArrayList<>();
    String text = "";
    String speaker;
    Set<String> words;
    float[] embedding;
    int wordCount;
  }

  @Override
  public List<Quote> merge(
      List<StoryArticle> story, List<QuoteMention> mentions, List<Entity> entities) {
    List<Statement> statements = statements(mentions, entities);
    int n = statements.size();
    int[] parent = new int[n];
    String[] groupSpeaker = new String[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      groupSpeaker[i] = statements.get(i).speaker;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int ri = find(parent, i);
        int rj = find(parent, j);
        if (ri == rj) {
          continue;
        }
        String si = groupSpeaker[ri];
        String sj = groupSpeaker[rj];
        if (si != null && sj != null && !sameSpeaker(si, sj)) {
          continue;
        }
        if (sameStatement(statements.get(i), statements.get(j))) {
          parent[rj] = ri;
          groupSpeaker[ri] = si != null ? si : sj;
        }
      }
    }
    Map<Integer, List<Statement>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(statements.get(i));
    }
    List<Quote> quotes = new ArrayList<>();
    for (Map.Entry<Integer, List<Statement>> group : groups.entrySet()) {
      quotes.add(quote(group.getValue(), groupSpeaker[group.getKey()]));
    }
    quotes.sort((a, b) -> Integer.compare(b.articles().size(), a.articles().size()));
    return quotes;
  }

  private static Quote quote(List<Statement> group, String speaker) {
    Map<String, String> wordingByKey = new LinkedHashMap<>();
    Map<String, Set<String>> articlesByKey = new HashMap<>();
    Set<String> articles = new LinkedHashSet<>();
    List<Mention> spans = new ArrayList<>();
    for (Statement s : group) {
      String key = TextNormalizer.fold(s.text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
      wordingByKey.putIfAbsent(key, s.text);
      String article = s.spans.get(0).article();
      articlesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(article);
      articles.add(article);
      spans.addAll(s.spans);
    }
    String best = null;
    for (String key : wordingByKey.keySet()) {
      if (best == null
          || articlesByKey.get(key).size() > articlesByKey.get(best).size()
          || articlesByKey.get(key).size() == articlesByKey.get(best).size()
              && key.length() > best.length()) {
        best = key;
      }
    }
    List<String> variants = new ArrayList<>();
    for (Map.Entry<String, String> e : wordingByKey.entrySet()) {
      if (!e.getKey().equals(best)) {
        variants.add(e.getValue());
      }
    }
    return new Quote(wordingByKey.get(best), variants, speaker, List.copyOf(articles), spans);
  }

  private List<Statement> statements(List<QuoteMention> mentions, List<Entity> entities) {
    List<Statement> out = new ArrayList<>();
    Map<Mention, Statement> byCue = new HashMap<>();
    for (QuoteMention m : mentions) {
      if (m == null) {
        continue;
      }
      Statement s = m.cue() != null ? byCue.get(m.cue()) : null;
      if (s == null) {
        s = new Statement();
        s.speaker = speaker(m, entities);
        out.add(s);
        if (m.cue() != null) {
          byCue.put(m.cue(), s);
        }
      }
      s.spans.add(m.content());
      s.text = s.text.isEmpty() ? m.content().text() : s.text + " " + m.content().text();
    }
    for (Statement s : out) {
      s.words = contentWords(s.text);
      s.wordCount = s.text.isBlank() ? 0 : s.text.trim().split("\\s+").length;
    }
    return out;
  }

  /** The entity that the speaker span or resolved name points to, else the resolved name. */
  static String speaker(QuoteMention m, List<Entity> entities) {
    if (m.speaker() != null) {
      for (Entity e : entities) {
        for (Mention em : e.mentions()) {
          if (em.article().equals(m.speaker().article())
              && em.start() < m.speaker().end()
              && m.speaker().start() < em.end()) {
            return e.name();
          }
        }
      }
    }
    if (m.speakerName() == null) {
      return null;
    }
    String name = TextNormalizer.fold(m.speakerName());
    Entity byLastWord = null;
    int lastWordMatches = 0;
    for (Entity e : entities) {
      if (TextNormalizer.fold(e.name()).equals(name)) {
        return e.name();
      }
      for (Mention em : e.mentions()) {
        if (TextNormalizer.fold(em.text()).equals(name)) {
          return e.name();
        }
      }
      if (lastWord(TextNormalizer.fold(e.name())).equals(lastWord(name))) {
        byLastWord = e;
        lastWordMatches++;
      }
    }
    return lastWordMatches == 1 ? byLastWord.name() : m.speakerName();
  }

  private static String lastWord(String s) {
    String[] words = s.trim().split("\\s+");
    return words[words.length - 1];
  }

  private static boolean sameSpeaker(String a, String b) {
    String fa = TextNormalizer.fold(a);
    String fb = TextNormalizer.fold(b);
    return fa.equals(fb)
        || lastWord(fa).equals(lastWord(fb)) && (fa.endsWith(fb) || fb.endsWith(fa));
  }

  private boolean sameStatement(Statement a, Statement b) {
    Set<String> small = a.words.size() <= b.words.size() ? a.words : b.words;
    Set<String> large = small == a.words ? b.words : a.words;
    if (small.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String w : small) {
      if (large.contains(w)) {
        shared++;
      }
    }
    if (shared >= CONTAINMENT * small.size() && (small.size() >= 2 || large.size() == 1)) {
      return true;
    }
    boolean related = shared >= 2 || shared >= 0.3 * small.size();
    if (!related || a.wordCount < MIN_EMBEDDED_WORDS || b.wordCount < MIN_EMBEDDED_WORDS) {
      return false;
    }
    double cosine = cosine(embedding(a), embedding(b));
    return cosine >= COSINE_WITH_SHARED_WORD;
  }

  private float[] embedding(Statement s) {
    if (s.embedding == null) {
      s.embedding = embedder.embed(s.text);
    }
    return s.embedding;
  }

  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : TextNormalizer.fold(text).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !STOPWORDS.contains(w)) {
        out.add(AttributionLexicon.singular(w));
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Cosine of two unit-length embeddings. */
  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
