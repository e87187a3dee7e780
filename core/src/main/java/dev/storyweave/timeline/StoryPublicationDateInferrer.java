package dev.storyweave.timeline;

import dev.storyweave.model.AnchorDate;
import dev.storyweave.model.Article;
import dev.storyweave.model.DateGranularity;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TemporalExpression;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/*
 * Articles of one story are published within days of each other and talk about the same days. So
 * an undated article is tried against every date near the story's dated articles (or, when none is
 * dated, near the explicit dates written in the texts), and the date under which most of its
 * date-dependent mentions ("on Sunday", "late Wednesday", "May 12th") land on days the story
 * already dates wins. A past-tense "on Thursday" rules out dates before that Thursday and after the
 * next Wednesday, so a few weekday mentions pin the date within a day or two. Ties go to the date
 * nearest the story's median date, then to the later date (reports follow events). An article
 * with no date-dependent mention simply gets the median, and its note says so.
 */
final class StoryPublicationDateInferrer implements PublicationDateInferrer {

  /** How far before or after the reference dates an undated article may be placed. */
  private static final int WINDOW_DAYS = 7;

  /** At most this many reference dates (nearest the median) open a search window. */
  private static final int MAX_REFERENCE_DATES = 5;

  private final TemporalExtractor extractor;

  StoryPublicationDateInferrer(TemporalExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  @Override
  public Map<String, AnchorDate> infer(List<StoryArticle> story) {
    Map<String, AnchorDate> out = new LinkedHashMap<>();
    List<LocalDate> published = new ArrayList<>();
    Set<LocalDate> knownDays = new HashSet<>();
    for (StoryArticle article : story) {
      Article meta = article.article();
      if (meta.published().isPresent()) {
        LocalDate date = meta.published().value();
        out.put(
            article.id(),
            new AnchorDate(
                article.id(),
                date,
                false,
                "published date (" + meta.published().how().label() + ")"));
        published.add(date);
        knownDays.add(date);
        for (TemporalExpression e : extractor.extract(article.text(), date)) {
          if (e.granularity() == DateGranularity.DAY) {
            knownDays.add(e.date());
          }
        }
      }
    }
    List<LocalDate> explicit = new ArrayList<>();
    for (StoryArticle article : story) {
      for (TemporalExpression e : extractor.extract(article.text(), null)) {
        if (e.granularity() == DateGranularity.DAY) {
          explicit.add(e.date());
          knownDays.add(e.date());
        }
      }
    }
    List<LocalDate> reference = published.isEmpty() ? explicit : published;
    String referenceName =
        published.isEmpty() ? "explicit dates in the story's texts" : "the dated articles";
    for (StoryArticle article : story) {
      if (out.containsKey(article.id())) {
        continue;
      }
      if (reference.isEmpty()) {
        out.put(
            article.id(),
            new AnchorDate(
                article.id(),
                null,
                true,
                "no publication date, and no dated article or explicit date in the story"));
        continue;
      }
      out.put(article.id(), inferOne(article, reference, referenceName, knownDays));
    }
    return Collections.unmodifiableMap(out);
  }

  private AnchorDate inferOne(
      StoryArticle article, List<LocalDate> reference, String referenceName, Set<LocalDate> known) {
    LocalDate median = median(reference);
    // a story's dates cluster; the few nearest the median bound the search (and its cost)
    List<LocalDate> nearest =
        reference.stream()
            .distinct()
            .sorted(Comparator.comparingLong(r -> Math.abs(ChronoUnit.DAYS.between(r, median))))
            .limit(MAX_REFERENCE_DATES)
            .toList();
    TreeSet<LocalDate> candidates = new TreeSet<>();
    for (LocalDate r : nearest) {
      for (int shift = -WINDOW_DAYS; shift <= WINDOW_DAYS; shift++) {
        candidates.add(r.plusDays(shift));
      }
    }
    LocalDate best = null;
    int bestScore = -1;
    int bestMentions = 0;
    for (LocalDate d : candidates) {
      int score = 0;
      int mentions = 0;
      for (TemporalExpression e : extractor.extract(article.text(), d)) {
        if (e.granularity() != DateGranularity.DAY || e.resolvedHow().startsWith("explicit date")) {
          continue;
        }
        mentions++;
        if (known.contains(e.date())) {
          score++;
        }
      }
      if (best == null || score > bestScore || (score == bestScore && closer(d, best, median))) {
        best = d;
        bestScore = score;
        bestMentions = mentions;
      }
    }
    String how =
        bestMentions == 0
            ? "inferred: no date-dependent mention in the text; the median date of "
                + referenceName
                + " ("
                + median
                + ")"
            : "inferred: "
                + bestScore
                + " of "
                + bestMentions
                + " weekday or relative mentions then fall on days the story already dates"
                + " (from "
                + referenceName
                + ", median "
                + median
                + ")";
    return new AnchorDate(article.id(), best, true, how);
  }

  private static boolean closer(LocalDate candidate, LocalDate current, LocalDate median) {
    long a = Math.abs(ChronoUnit.DAYS.between(candidate, median));
    long b = Math.abs(ChronoUnit.DAYS.between(current, median));
    return a < b || (a == b && candidate.isAfter(current));
  }

  private static LocalDate median(List<LocalDate> dates) {
    List<LocalDate> sorted = new ArrayList<>(dates);
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2);
  }
}
