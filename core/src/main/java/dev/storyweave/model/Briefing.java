package dev.storyweave.model;

import java.util.List;
import java.util.Map;

/**
 * A story's briefing: selected and ordered from the sources, never written anew. Every text in it
 * is a source sentence (or an article's own title) with the spans it comes from.
 *
 * @param headline an article title or a source sentence that names the story
 * @param headlineArticle the article the headline comes from
 * @param headlineSpan the span of the headline in that article's text, null when it is the title
 * @param keyPoints 5-10 points ranked by independent support and novelty
 * @param timeline dated events in date order, each with an absolute date
 * @param whosWho the story's entities, most mentioned first, with the roles sources give them
 * @param quotes notable quotes with their speakers
 * @param disagreements where sources disagree; indexes point into the story's claims
 * @param outlets outlet name (or "unknown outlet") to the ids of its articles
 * @param copies which articles are copies of which
 */
public record Briefing(
    String headline,
    String headlineArticle,
    Mention headlineSpan,
    List<KeyPoint> keyPoints,
    List<TimelineEvent> timeline,
    List<Entity> whosWho,
    List<Quote> quotes,
    List<Conflict> disagreements,
    Map<String, List<String>> outlets,
    List<Derivation> copies) {
  public Briefing {
    keyPoints = List.copyOf(keyPoints);
    timeline = List.copyOf(timeline);
    whosWho = List.copyOf(whosWho);
    quotes = List.copyOf(quotes);
    disagreements = List.copyOf(disagreements);
    outlets = Map.copyOf(outlets);
    copies = List.copyOf(copies);
    for (TimelineEvent e : timeline) {
      if (e.date() == null) {
        throw new IllegalArgumentException("timeline event without a date: " + e.text());
      }
    }
  }
}
