package dev.storyweave.pipeline;

import dev.storyweave.briefing.BriefingWriter;
import dev.storyweave.claims.ClaimBuilder;
import dev.storyweave.entities.EntityResolver;
import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;
import dev.storyweave.model.Briefing;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.Entity;
import dev.storyweave.model.IngestError;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Quote;
import dev.storyweave.model.QuoteMention;
import dev.storyweave.model.Report;
import dev.storyweave.model.ReportArticle;
import dev.storyweave.model.Story;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TimelineEvent;
import dev.storyweave.provenance.DerivationDetector;
import dev.storyweave.quality.QualityScorer;
import dev.storyweave.quotes.QuoteExtractor;
import dev.storyweave.quotes.QuoteMerger;
import dev.storyweave.signals.SignalExtractor;
import dev.storyweave.stories.StoryAssigner;
import dev.storyweave.stories.StorySettings;
import dev.storyweave.text.TextAnalyzer;
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

/*
 * Articles are processed in publication order (undated ones last, then by id) because story
 * assignment is online: the order an article arrives in is part of its input, and batch analyze
 * gives the same stories as a stream fed in that order. Everything after assignment runs per
 * story, because provenance, entity resolution, quote merging and claims only compare articles
 * about the same event.
 */
final class DefaultStoryPipeline implements StoryPipeline {

  private static final Comparator<Article> PUBLICATION_ORDER =
      Comparator.comparing(
              (Article a) -> a.published().value(), Comparator.nullsLast(LocalDate::compareTo))
          .thenComparing(Article::id);

  private final TextAnalyzer textAnalyzer = TextAnalyzer.english();
  private final SignalExtractor signalExtractor = SignalExtractor.create();
  private final QualityScorer qualityScorer = QualityScorer.create();
  private final DerivationDetector derivationDetector = DerivationDetector.create();
  private final EntityResolver entityResolver = EntityResolver.create();
  private final QuoteExtractor quoteExtractor = QuoteExtractor.english();
  private final QuoteMerger quoteMerger = QuoteMerger.create();
  private final TimelineBuilder timelineBuilder = TimelineBuilder.create();
  private final ClaimBuilder claimBuilder = ClaimBuilder.create();
  private final BriefingWriter briefingWriter = BriefingWriter.create();

  @Override
  public Report analyze(List<Article> articles, List<IngestError> errors) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(PUBLICATION_ORDER);
    Map<String, StoryArticle> analyzed = new LinkedHashMap<>();
    for (Article article : ordered) {
      AnalyzedText text = textAnalyzer.analyze(article.id(), article.text());
      analyzed.put(article.id(), new StoryArticle(article, text));
    }

    Map<String, List<StoryArticle>> groups = assignStories(analyzed);
    Map<String, Quality> quality = new HashMap<>();
    List<Story> stories = new ArrayList<>();
    int number = 1;
    for (List<StoryArticle> members : groups.values()) {
      stories.add(analyzeStory("story-" + number++, members, quality));
    }

    List<ReportArticle> reportArticles = new ArrayList<>();
    for (StoryArticle a : analyzed.values()) {
      reportArticles.add(
          ReportArticle.of(a.article(), quality.getOrDefault(a.id(), Quality.unscored())));
    }
    return new Report(reportArticles, errors, stories);
  }

  /** Story members in arrival order, stories in order of their first article. */
  private Map<String, List<StoryArticle>> assignStories(Map<String, StoryArticle> analyzed) {
    Map<String, String> storyOfArticle;
    try (StoryAssigner assigner = StoryAssigner.inMemory(StorySettings.defaults())) {
      for (StoryArticle a : analyzed.values()) {
        assigner.assign(signalExtractor.extract(a.article(), a.text()));
      }
      assigner.consolidate();
      storyOfArticle = assigner.storyOfArticle();
    }
    Map<String, List<StoryArticle>> groups = new LinkedHashMap<>();
    for (StoryArticle a : analyzed.values()) {
      String story = storyOfArticle.getOrDefault(a.id(), a.id());
      groups.computeIfAbsent(story, s -> new ArrayList<>()).add(a);
    }
    return groups;
  }

  /**
   * The contract makes a quote's speaker the canonical name of one of the story's entities; a
   * speaker the entity stage did not resolve (a generic "officials") is reported as unknown.
   */
  private static List<Quote> speakersAmong(List<Quote> quotes, List<Entity> entities) {
    Set<String> names = new HashSet<>();
    for (Entity e : entities) {
      names.add(e.name());
    }
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      boolean known = q.speaker() == null || names.contains(q.speaker());
      out.add(known ? q : new Quote(q.text(), q.variants(), null, q.articles(), q.spans()));
    }
    return out;
  }

  private Story analyzeStory(
      String id, List<StoryArticle> members, Map<String, Quality> qualityOut) {
    Map<String, Quality> quality = qualityScorer.score(members);
    qualityOut.putAll(quality);
    List<Derivation> derivations = derivationDetector.detect(members, quality);
    List<Entity> entities = entityResolver.resolve(members);
    List<QuoteMention> quoteMentions = new ArrayList<>();
    for (StoryArticle a : members) {
      quoteMentions.addAll(quoteExtractor.extract(a.text()));
    }
    List<Quote> quotes =
        speakersAmong(quoteMerger.merge(members, quoteMentions, entities), entities);
    List<TimelineEvent> timeline = timelineBuilder.build(members);
    ClaimAnalysis claims = claimBuilder.analyze(members, derivations, entities, quotes);
    List<String> ids = members.stream().map(StoryArticle::id).toList();
    Story draft =
        new Story(
            id,
            "",
            ids,
            derivations,
            entities,
            quotes,
            claims.claims(),
            timeline,
            List.of(),
            claims.conflicts());
    Briefing briefing =
        briefingWriter.write(draft, members, claims.claims(), claims.conflicts(), quality, null);
    return new Story(
        id,
        briefing.headline(),
        ids,
        derivations,
        entities,
        quotes,
        claims.claims(),
        timeline.isEmpty() ? briefing.timeline() : timeline,
        briefing.keyPoints(),
        claims.conflicts());
  }
}
