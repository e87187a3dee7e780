package dev.storyweave.timeline;

import dev.storyweave.model.AnchorDate;
import dev.storyweave.model.DateGranularity;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TemporalExpression;
import dev.storyweave.model.TimelineEvent;
import dev.storyweave.model.Token;
import dev.storyweave.text.CalendarWords;
import dev.storyweave.text.PosTagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/*
 * An event is a sentence that names a specific day and states something: it has a verb, ends like
 * a statement (no questions, no headings or datelines) and has some words besides the date. Only
 * day-precise dates make events, since the report's timeline gives days; "in 2022" would claim a
 * precision the source does not have.
 *
 * Two sentences on the same day are the same event when they share enough content words; the date
 * is the strong signal, so the word test is lenient. The event's text is the member sentence most
 * like the others (the medoid), quoted verbatim; every member is cited.
 */
final class SentenceTimelineBuilder implements TimelineBuilder {

  /** Content-word Jaccard at or above which two same-day sentences are one event. */
  static final double SAME_EVENT_SIMILARITY = 0.2;

  /** Long sentences dilute Jaccard: this many shared content words at a lower Jaccard also do. */
  static final int SAME_EVENT_SHARED_WORDS = 4;

  static final double SAME_EVENT_MIN_SIMILARITY = 0.12;

  private static final int MIN_WORDS = 6;

  private static final Set<String> STOPWORDS =
      CalendarWords.weekdaysMonthsAnd(
          "the",
          "and",
          "that",
          "with",
          "for",
          "from",
          "this",
          "was",
          "were",
          "has",
          "have",
          "had",
          "his",
          "her",
          "its",
          "their",
          "they",
          "them",
          "but",
          "not",
          "are",
          "been",
          "would",
          "will",
          "said",
          "says",
          "also",
          "after",
          "before",
          "which",
          "who",
          "what",
          "when",
          "where",
          "there",
          "than",
          "then",
          "into",
          "about",
          "over",
          "such",
          "some",
          "any",
          "all",
          "did",
          "does",
          "can",
          "could",
          "should",
          "might",
          "one",
          "two",
          "him",
          "she",
          "our",
          "late",
          "early",
          "night",
          "morning",
          "evening",
          "afternoon");

  private final TemporalExtractor extractor;
  private final PublicationDateInferrer inferrer;

  SentenceTimelineBuilder(TemporalExtractor extractor, PublicationDateInferrer inferrer) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.inferrer = Objects.requireNonNull(inferrer, "inferrer");
  }

  /** A dated sentence of one article. */
  private record Candidate(
      LocalDate date,
      int articleOrder,
      StoryArticle article,
      boolean publishedAnchor,
      Sentence sentence,
      Set<String> words) {}

  @Override
  public List<TimelineEvent> build(List<StoryArticle> story) {
    Map<String, AnchorDate> anchors = inferrer.infer(story);
    TreeMap<LocalDate, List<List<Candidate>>> byDate = new TreeMap<>();
    for (int order = 0; order < story.size(); order++) {
      StoryArticle article = story.get(order);
      AnchorDate anchor = anchors.get(article.id());
      if (anchor == null || !anchor.isPresent()) {
        continue;
      }
      for (Candidate candidate : candidates(order, article, anchor)) {
        cluster(byDate.computeIfAbsent(candidate.date(), d -> new ArrayList<>()), candidate);
      }
    }
    List<TimelineEvent> events = new ArrayList<>();
    for (Map.Entry<LocalDate, List<List<Candidate>>> day : byDate.entrySet()) {
      List<List<Candidate>> clusters = new ArrayList<>(day.getValue());
      clusters.sort(
          Comparator.<List<Candidate>>comparingInt(c -> -articleCount(c))
              .thenComparingInt(c -> c.get(0).articleOrder())
              .thenComparingInt(c -> c.get(0).sentence().start()));
      for (List<Candidate> cluster : clusters) {
        events.add(event(day.getKey(), cluster));
      }
    }
    return events;
  }

  private List<Candidate> candidates(int order, StoryArticle article, AnchorDate anchor) {
    List<Candidate> out = new ArrayList<>();
    List<TemporalExpression> expressions = extractor.extract(article.text(), anchor.date());
    for (Sentence sentence : article.text().sentences()) {
      // the first day a sentence names is its event's day: "Lind proposed talks on Sunday, a day
      // after the deadline of May 12" reports Sunday's event; later dates are background
      LocalDate day = null;
      for (TemporalExpression e : expressions) {
        if (e.granularity() == DateGranularity.DAY
            && e.span().start() >= sentence.start()
            && e.span().end() <= sentence.end()) {
          day = e.date();
          break;
        }
      }
      if (day != null && statesSomething(sentence)) {
        out.add(
            new Candidate(
                day, order, article, !anchor.inferred(), sentence, contentWords(sentence)));
      }
    }
    return out;
  }

  private static boolean statesSomething(Sentence sentence) {
    String text = sentence.text().strip();
    char last = text.charAt(text.length() - 1);
    if (".!\"”’)".indexOf(last) < 0) {
      return false;
    }
    long words = sentence.tokens().stream().filter(t -> t.text().matches(".*\\p{L}.*")).count();
    if (words < MIN_WORDS) {
      return false;
    }
    List<String> tags = PosTagger.english().tag(sentence);
    return tags.contains("VERB") || tags.contains("AUX");
  }

  private static Set<String> contentWords(Sentence sentence) {
    Set<String> words = new HashSet<>();
    for (Token token : sentence.tokens()) {
      String word = token.normalized();
      if (word.length() >= 3
          && word.chars().allMatch(Character::isLetter)
          && !STOPWORDS.contains(word)) {
        words.add(word.length() > 5 ? word.substring(0, 5) : word);
      }
    }
    return words;
  }

  private static void cluster(List<List<Candidate>> clusters, Candidate candidate) {
    for (List<Candidate> cluster : clusters) {
      for (Candidate member : cluster) {
        if (member.sentence() == candidate.sentence()) {
          return;
        }
      }
      for (Candidate member : cluster) {
        if (sameEvent(member.words(), candidate.words())) {
          cluster.add(candidate);
          return;
        }
      }
    }
    List<Candidate> fresh = new ArrayList<>();
    fresh.add(candidate);
    clusters.add(fresh);
  }

  static boolean sameEvent(Set<String> a, Set<String> b) {
    double similarity = jaccard(a, b);
    if (similarity >= SAME_EVENT_SIMILARITY) {
      return true;
    }
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return shared >= SAME_EVENT_SHARED_WORDS && similarity >= SAME_EVENT_MIN_SIMILARITY;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }

  private static int articleCount(List<Candidate> cluster) {
    return (int) cluster.stream().map(c -> c.article().id()).distinct().count();
  }

  private static TimelineEvent event(LocalDate date, List<Candidate> cluster) {
    // the medoid speaks for the event; a sentence dated from a real publication date (rather than
    // an inferred one) wins a near tie, since its date is better evidence
    Candidate medoid = cluster.get(0);
    double best = -1;
    for (Candidate candidate : cluster) {
      double sum = 0;
      for (Candidate other : cluster) {
        sum += jaccard(candidate.words(), other.words());
      }
      if (candidate.publishedAnchor()) {
        sum *= 1.1;
      }
      if (sum > best) {
        best = sum;
        medoid = candidate;
      }
    }
    List<Candidate> ordered = new ArrayList<>(cluster);
    ordered.sort(
        Comparator.comparingInt(Candidate::articleOrder)
            .thenComparingInt(c -> c.sentence().start()));
    Set<String> articles = new LinkedHashSet<>();
    List<Mention> spans = new ArrayList<>();
    for (Candidate c : ordered) {
      articles.add(c.article().id());
      spans.add(
          new Mention(
              c.sentence().text(), c.article().id(), c.sentence().start(), c.sentence().end()));
    }
    return new TimelineEvent(date, medoid.sentence().text(), List.copyOf(articles), spans);
  }
}
