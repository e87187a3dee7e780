package dev.storyweave.briefing;

import dev.storyweave.claims.ContentTerms;
import dev.storyweave.model.AnchorDate;
import dev.storyweave.model.Article;
import dev.storyweave.model.Briefing;
import dev.storyweave.model.Claim;
import dev.storyweave.model.ClaimStatus;
import dev.storyweave.model.Conflict;
import dev.storyweave.model.DateGranularity;
import dev.storyweave.model.Entity;
import dev.storyweave.model.Inference;
import dev.storyweave.model.KeyPoint;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Quote;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Story;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TemporalExpression;
import dev.storyweave.model.TimelineEvent;
import dev.storyweave.quality.QualityScorer;
import dev.storyweave.signals.SparseVectors;
import dev.storyweave.timeline.PublicationDateInferrer;
import dev.storyweave.timeline.TemporalExtractor;
import dev.storyweave.timeline.TimelineBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Key points are claims, worded by one of their own sentences. A claim's relevance mixes its
 * independent support (the main signal: what several independent outlets report is what
 * happened), its centrality (TF-IDF cosine to the whole story), how early its sentence comes in its
 * article (news puts the essentials first) and, with a focus question, its closeness to the
 * question. Disputed claims lose some relevance: they belong to "where sources disagree" first.
 * MMR then trades relevance against redundancy with the points already taken.
 *
 * The wording of a point is the claim sentence from the cleanest article (highest quality score),
 * then the earliest; the point cites that sentence first and every other supporting span after it,
 * so the reader can check each outlet's wording.
 *
 * The timeline is the story's own when the timeline stage produced one; otherwise each claim's
 * first sentence with a day-level date gives an event, resolved by the timeline stage's
 * TemporalExtractor against the article's anchor date (published, else inferred from the story).
 */
final class SelectingBriefingWriter implements BriefingWriter {

  static final double LAMBDA = 0.7;
  static final double REDUNDANCY_CEILING = 0.6;
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 60;
  static final int MAX_TIMELINE = 12;
  static final int MAX_PEOPLE = 15;
  static final int MAX_QUOTES = 8;

  private static final TimelineBuilder TIMELINE = TimelineBuilder.create();

  private final int min;
  private final int max;

  SelectingBriefingWriter(int min, int max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public Briefing write(
      Story storySoFar,
      List<StoryArticle> articles,
      List<Claim> claims,
      List<Conflict> conflicts,
      Map<String, Quality> quality,
      String focus) {
    Map<String, StoryArticle> byId = new LinkedHashMap<>();
    for (StoryArticle a : articles) {
      byId.putIfAbsent(a.id(), a);
    }
    Map<String, Quality> qualities =
        quality == null || quality.isEmpty() ? scored(articles) : quality;
    TermWeights weights = TermWeights.of(articles);
    Map<String, Double> centroid = weights.centroid(articles);
    Map<String, Double> focusVector =
        focus == null || focus.isBlank() ? null : weights.vector(focus);

    List<KeyPoint> keyPoints = keyPoints(claims, byId, qualities, weights, centroid, focusVector);
    Headline headline = headline(articles, keyPoints, weights, centroid, qualities);
    List<TimelineEvent> timeline = timeline(storySoFar, articles, claims, byId);
    return new Briefing(
        headline.text,
        headline.article,
        headline.span,
        keyPoints,
        timeline,
        whosWho(storySoFar),
        quotes(storySoFar),
        conflicts == null ? List.of() : conflicts,
        outlets(storySoFar, articles),
        storySoFar == null ? List.of() : storySoFar.derivations());
  }

  /** Quality scores when the caller has none: wording from clean articles reads better. */
  private static Map<String, Quality> scored(List<StoryArticle> articles) {
    try {
      return QualityScorer.create().score(articles);
    } catch (RuntimeException e) {
      return Map.of();
    }
  }

  // --- key points ------------------------------------------------------------------------------

  private record Candidate(
      Claim claim, Mention span, Map<String, Double> vector, double relevance) {}

  private List<KeyPoint> keyPoints(
      List<Claim> claims,
      Map<String, StoryArticle> byId,
      Map<String, Quality> quality,
      TermWeights weights,
      Map<String, Double> centroid,
      Map<String, Double> focus) {
    int maxSupport = 1;
    for (Claim c : claims) {
      maxSupport = Math.max(maxSupport, c.independentSources());
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Claim c : claims) {
      Mention span = wording(c, byId, quality);
      if (span == null) {
        continue;
      }
      Map<String, Double> vector = weights.vector(span.text());
      if (vector.isEmpty()) {
        continue;
      }
      int index = sentenceIndex(byId.get(span.article()), span);
      double support = c.independentSources() / (double) maxSupport;
      double position = 1.0 / Math.sqrt(1.0 + index);
      double relevance =
          0.45 * support + 0.25 * SparseVectors.dot(vector, centroid) + 0.2 * position;
      if (focus != null) {
        relevance += 0.4 * SparseVectors.dot(vector, focus);
      }
      if (c.status() == ClaimStatus.DISPUTED) {
        relevance -= 0.15;
      }
      // A point worded only by garbled or machine-translated text reads badly and may carry slips.
      Quality q = quality.get(span.article());
      if (q != null) {
        relevance -= 0.3 * (1 - q.score());
      }
      candidates.add(new Candidate(c, span, vector, relevance));
    }
    double[] relevance = new double[candidates.size()];
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      relevance[i] = candidates.get(i).relevance();
      vectors.add(candidates.get(i).vector());
    }
    List<Integer> order = MmrSelector.select(relevance, vectors, LAMBDA, max, REDUNDANCY_CEILING);
    if (order.size() < min) {
      // Not enough distinct points under the ceiling: relax it rather than give too few.
      order = MmrSelector.select(relevance, vectors, LAMBDA, Math.min(min, relevance.length), 1.0);
    }
    List<KeyPoint> out = new ArrayList<>();
    for (int i : order) {
      Candidate k = candidates.get(i);
      List<Mention> spans = new ArrayList<>();
      spans.add(k.span());
      for (Mention m : k.claim().spans()) {
        if (!m.equals(k.span())) {
          spans.add(m);
        }
      }
      out.add(new KeyPoint(k.span().text(), k.claim().articles(), spans));
    }
    return out;
  }

  /** The claim's sentence to quote: from the cleanest article, then the earliest in it. */
  private static Mention wording(
      Claim c, Map<String, StoryArticle> byId, Map<String, Quality> quality) {
    Mention best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Mention m : c.spans()) {
      StoryArticle a = byId.get(m.article());
      if (a == null || !traceable(a, m) || !readable(m.text())) {
        continue;
      }
      Quality q = quality.get(m.article());
      double score =
          (q == null ? 1.0 : q.score())
              - 0.001 * sentenceIndex(a, m)
              + (m.text().equals(c.text()) ? 0.0005 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = m;
      }
    }
    return best == null ? null : withoutDateline(best);
  }

  // "(Agency) — ", "CITY and CITY — ", "City, Country - ": a credit or dateline before a dash.
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:\\([^)]{1,30}\\)|\\p{Lu}[\\p{L}.]*(?:,? (?:and )?\\p{Lu}[\\p{L}.]*){0,4})"
              + "\\s+[\u2014\u2013-]{1,2}\\s+(?=\\p{Lu})");

  /**
   * The sentence without a leading credit or dateline: a faithful compression that stays an exact
   * span of the article, so the citation still points at the words shown.
   */
  static Mention withoutDateline(Mention m) {
    Matcher d = DATELINE.matcher(m.text());
    if (!d.find() || ContentTerms.words(m.text().substring(d.end())).size() < MIN_WORDS) {
      return m;
    }
    return new Mention(m.text().substring(d.end()), m.article(), m.start() + d.end(), m.end());
  }

  static boolean traceable(StoryArticle a, Mention m) {
    if (a == null) {
      return false;
    }
    String text = a.text().text();
    return m.end() <= text.length() && text.substring(m.start(), m.end()).equals(m.text());
  }

  private static boolean readable(String sentence) {
    String t = sentence.strip();
    int words = ContentTerms.words(t).size();
    if (words < MIN_WORDS || words > MAX_WORDS || t.endsWith("?") || t.endsWith(":")) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return ".!\"'\u201D\u2019)".indexOf(last) >= 0;
  }

  private static int sentenceIndex(StoryArticle a, Mention m) {
    if (a == null) {
      return 1000;
    }
    for (Sentence s : a.text().sentences()) {
      if (s.end() > m.start()) {
        return s.index();
      }
    }
    return a.text().sentences().size();
  }

  // --- headline --------------------------------------------------------------------------------

  private record Headline(String text, String article, Mention span) {}

  /**
   * The most central article title; else the most central heading line near the top of an article;
   * else the first key point.
   */
  private static Headline headline(
      List<StoryArticle> articles,
      List<KeyPoint> keyPoints,
      TermWeights weights,
      Map<String, Double> centroid,
      Map<String, Quality> quality) {
    Headline best = null;
    double bestScore = 0.05;
    for (StoryArticle a : articles) {
      String title = a.article().title().value();
      if (title == null || title.isBlank()) {
        continue;
      }
      String t = title.strip();
      // A title guessed from the text (often a cut first sentence) earns no trust over a heading.
      boolean given = a.article().title().how() != Inference.TEXT_PATTERN;
      boolean cut = t.endsWith("\u2026") || t.endsWith("...");
      int words = ContentTerms.words(t).size();
      double score =
          SparseVectors.dot(weights.vector(t), centroid)
              + (given ? 0.1 : 0)
              - (cut ? 0.2 : 0)
              - (words > 16 ? 0.1 : 0)
              - penalty(quality, a.id());
      if (score > bestScore) {
        bestScore = score;
        best = new Headline(t, a.id(), null);
      }
    }
    if (best != null && a(best, articles).title().how() != Inference.TEXT_PATTERN) {
      return best;
    }
    for (StoryArticle a : articles) {
      List<Sentence> sentences = a.text().sentences();
      for (int i = 0; i < Math.min(12, sentences.size()); i++) {
        Sentence s = sentences.get(i);
        String t = s.text().strip();
        int words = ContentTerms.words(t).size();
        if (words < 4) {
          continue;
        }
        char last = t.charAt(t.length() - 1);
        boolean heading = words >= 4 && words <= 14 && ".?!:;,".indexOf(last) < 0;
        if (!heading || !Character.isUpperCase(t.charAt(0))) {
          continue;
        }
        double score =
            SparseVectors.dot(weights.vector(t), centroid) - 0.002 * i - penalty(quality, a.id());
        if (score > bestScore) {
          bestScore = score;
          best = new Headline(t, a.id(), new Mention(s.text(), a.id(), s.start(), s.end()));
        }
      }
    }
    if (best != null) {
      return best;
    }
    if (!keyPoints.isEmpty()) {
      Mention m = keyPoints.get(0).spans().get(0);
      return new Headline(m.text(), m.article(), m);
    }
    return new Headline("Untitled story", articles.isEmpty() ? null : articles.get(0).id(), null);
  }

  private static double penalty(Map<String, Quality> quality, String article) {
    Quality q = quality.get(article);
    return q == null ? 0 : 0.3 * (1 - q.score());
  }

  private static Article a(Headline h, List<StoryArticle> articles) {
    for (StoryArticle a : articles) {
      if (a.id().equals(h.article())) {
        return a.article();
      }
    }
    throw new IllegalStateException("headline article not in the story: " + h.article());
  }

  // --- timeline --------------------------------------------------------------------------------

  private static List<TimelineEvent> timeline(
      Story story,
      List<StoryArticle> articles,
      List<Claim> claims,
      Map<String, StoryArticle> byId) {
    List<TimelineEvent> events = new ArrayList<>();
    List<TimelineEvent> given =
        story != null && !story.timeline().isEmpty() ? story.timeline() : TIMELINE.build(articles);
    for (TimelineEvent e : given) {
      if (e.date() != null
          && !e.spans().isEmpty()
          && e.spans().stream().allMatch(m -> traceable(byId.get(m.article()), m))) {
        events.add(e);
      }
    }
    if (events.isEmpty()) {
      Map<String, AnchorDate> anchors = PublicationDateInferrer.create().infer(articles);
      Map<String, List<TemporalExpression>> dates = new HashMap<>();
      Set<LocalDate> seen = new HashSet<>();
      for (Claim c : claims) {
        if (events.size() >= MAX_TIMELINE) {
          break;
        }
        for (Mention m : c.spans()) {
          StoryArticle a = byId.get(m.article());
          if (a == null || !traceable(a, m) || !readable(m.text())) {
            continue;
          }
          LocalDate date = null;
          for (TemporalExpression e :
              dates.computeIfAbsent(a.id(), id -> dates(a, anchors.get(id)))) {
            if (e.granularity() == DateGranularity.DAY
                && e.span().start() >= m.start()
                && e.span().end() <= m.end()) {
              date = e.date();
              break;
            }
          }
          if (date == null) {
            continue;
          }
          // One event per day from the best-supported claim keeps the timeline readable.
          if (seen.add(date) || c.independentSources() >= 2) {
            events.add(new TimelineEvent(date, m.text(), c.articles(), List.of(m)));
          }
          break;
        }
      }
    }
    events.sort(Comparator.comparing(TimelineEvent::date));
    return events;
  }

  private static List<TemporalExpression> dates(StoryArticle article, AnchorDate anchor) {
    return TemporalExtractor.english()
        .extract(article.text(), anchor == null || !anchor.isPresent() ? null : anchor.date());
  }

  // --- who's who, quotes, coverage -------------------------------------------------------------

  private static List<Entity> whosWho(Story story) {
    if (story == null) {
      return List.of();
    }
    List<Entity> entities = new ArrayList<>(story.entities());
    entities.sort(
        Comparator.comparingInt(ReportRenderer::whoFirst)
            .thenComparingInt(e -> -e.mentions().size())
            .thenComparing(Entity::name));
    return entities.subList(0, Math.min(MAX_PEOPLE, entities.size()));
  }

  private static List<Quote> quotes(Story story) {
    if (story == null) {
      return List.of();
    }
    List<Quote> quotes = new ArrayList<>(story.quotes());
    quotes.sort(
        Comparator.comparingInt((Quote q) -> q.speaker() == null ? 1 : 0)
            .thenComparingInt(q -> -q.articles().size())
            .thenComparingInt(q -> -q.text().length()));
    return quotes.subList(0, Math.min(MAX_QUOTES, quotes.size()));
  }

  private static Map<String, List<String>> outlets(Story story, List<StoryArticle> articles) {
    Map<String, List<String>> out = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    for (StoryArticle a : articles) {
      if (ids.add(a.id())) {
        String outlet = a.article().outlet().value();
        out.computeIfAbsent(outlet == null ? "unknown outlet" : outlet, k -> new ArrayList<>())
            .add(a.id());
      }
    }
    if (story != null) {
      for (String id : story.articles()) {
        if (ids.add(id)) {
          out.computeIfAbsent("unknown outlet", k -> new ArrayList<>()).add(id);
        }
      }
    }
    return out;
  }

  // --- term weights ----------------------------------------------------------------------------

  /** TF-IDF over the story's sentences, with Porter stems of content words as terms. */
  static final class TermWeights {
    private final Map<String, Double> idf;
    private final double unseen;

    private TermWeights(Map<String, Double> idf, double unseen) {
      this.idf = idf;
      this.unseen = unseen;
    }

    static TermWeights of(List<StoryArticle> articles) {
      Map<String, Integer> df = new HashMap<>();
      int n = 0;
      for (StoryArticle a : articles) {
        for (Sentence s : a.text().sentences()) {
          n++;
          for (String t : new HashSet<>(ContentTerms.stems(s.text()))) {
            df.merge(t, 1, Integer::sum);
          }
        }
      }
      Map<String, Double> idf = new HashMap<>();
      for (Map.Entry<String, Integer> e : df.entrySet()) {
        idf.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 0.5)));
      }
      return new TermWeights(idf, Math.log(n + 1.0));
    }

    Map<String, Double> vector(String text) {
      Map<String, Double> v = new HashMap<>();
      for (String t : ContentTerms.stems(text)) {
        v.merge(t, idf.getOrDefault(t, unseen), Double::sum);
      }
      return normalise(v);
    }

    Map<String, Double> centroid(List<StoryArticle> articles) {
      Map<String, Double> sum = new HashMap<>();
      for (StoryArticle a : articles) {
        for (Sentence s : a.text().sentences()) {
          for (Map.Entry<String, Double> e : vector(s.text()).entrySet()) {
            sum.merge(e.getKey(), e.getValue(), Double::sum);
          }
        }
      }
      return normalise(sum);
    }

    private static Map<String, Double> normalise(Map<String, Double> v) {
      double norm = 0;
      for (double x : v.values()) {
        norm += x * x;
      }
      if (norm == 0) {
        return Map.of();
      }
      double length = Math.sqrt(norm);
      v.replaceAll((k, x) -> x / length);
      return v;
    }
  }
}
