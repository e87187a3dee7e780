package dev.storyweave.claims;

import dev.storyweave.model.AnchorDate;
import dev.storyweave.model.Claim;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.ClaimStatus;
import dev.storyweave.model.Conflict;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.Entity;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Quote;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TemporalExpression;
import dev.storyweave.quality.QualityScorer;
import dev.storyweave.text.TextNormalizer;
import dev.storyweave.timeline.PublicationDateInferrer;
import dev.storyweave.timeline.TemporalExtractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/*
 * Units are sentences, or clauses when a sentence joins independent statements (ClauseSplitter:
 * semicolons, and coordinated main clauses found by POS tags); headings, questions, datelines and fragments are left out because they state nothing. Two units
 * from different articles are similar by 0.8 x the cosine of their BGE-small embeddings plus 0.2 x
 * their lexical overlap (half content-stem Jaccard, half shared entities). Units are clustered by
 * average linkage over cross-article pairs: a pair above LINK proposes a merge, accepted when the
 * average similarity between the two groups stays above AVERAGE, so one loosely related sentence
 * cannot chain two claims together. A cluster takes at most two units from one article.
 *
 * A garbled or loosely paraphrased article often spreads one statement over two or three short
 * sentences ("They called for a 30-day ceasefire ... If Lind does not accept, leaders promise
 * sanctions"). A claim's consensus terms (content stems used by at least half of its members,
 * numbers included) are looked for in windows of up to three consecutive sentences of every other
 * article; a window covering most of them, with every consensus number, is added as support.
 *
 * Conflicts are checked between units of different articles (ClaimFacts says what can be
 * compared): equal subject and relation with different values (a capital, an office one person
 * holds), numbers and days said of the same thing in similar sentences, two places for the same
 * happening, near-identical sentences of opposite polarity, and one quote given to two speakers.
 * Relative dates resolve against each article's anchor date from the timeline stage (published, or
 * inferred from the story). When both sides landed in one cluster (they are similar by construction)
 * the cluster is split by value. Independence of the two sides, like a claim's support, is counted
 * over source groups: articles joined by any provenance edge count once.
 */
final class SimilarityClaimBuilder implements ClaimBuilder {

  static final double LINK = 0.80;
  static final double AVERAGE = 0.76;
  static final double LEXICAL_WEIGHT = 0.15;
  static final double LEXICAL_BASE = 0.2;
  static final double CONFLICT_SIMILARITY = 0.70;
  static final double NEGATION_SIMILARITY = 0.85;
  static final double DAY_ANCHOR_AGREEMENT = 0.75;
  static final double WINDOW_COVERAGE = 0.5;
  static final double WINDOW_SIMILARITY = 0.83;
  static final int WINDOW_SENTENCES = 4;
  static final int WINDOW_WORDS = 90;
  static final int MAX_UNITS_PER_ARTICLE = 2;
  static final int MAX_DIAGNOSTICS = 20;
  static final int MIN_WORDS = 5;

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  /** A sentence or clause of one article. */
  static final class Unit {
    final int index;
    final String article;
    final int articleIndex;
    final int sentence;
    final int start;
    final int end;
    final String text;
    final Set<String> stems;
    final Set<String> entities;
    final ClaimFacts facts;
    float[] vector;

    Unit(
        int index,
        String article,
        int articleIndex,
        int sentence,
        int start,
        int end,
        String text,
        Set<String> entities,
        ClaimFacts facts) {
      this.index = index;
      this.article = article;
      this.articleIndex = articleIndex;
      this.sentence = sentence;
      this.start = start;
      this.end = end;
      this.text = text;
      this.stems = new HashSet<>(ContentTerms.stems(text));
      this.entities = entities;
      this.facts = facts;
    }

    Mention mention() {
      return new Mention(text, article, start, end);
    }
  }

  private final double link;
  private final double averageLink;

  SimilarityClaimBuilder() {
    this(LINK, AVERAGE);
  }

  SimilarityClaimBuilder(double link, double averageLink) {
    this.link = link;
    this.averageLink = averageLink;
  }

  /** A pair of units of different articles that state incompatible values. */
  private record UnitConflict(
      int left, int right, String reason, String leftValue, String rightValue) {
    UnitConflict(int left, int right, String reason) {
      this(left, right, reason, null, null);
    }

    /**
     * Whether the conflict is about an extra fact the sentences state (an attribute, a speaker).
     */
    boolean aboutAttribute() {
      return leftValue != null;
    }
  }

  @Override
  public ClaimAnalysis analyze(
      List<StoryArticle> story,
      List<Derivation> derivations,
      List<Entity> entities,
      List<Quote> quotes) {
    Objects.requireNonNull(story, "story");
    List<String> diagnostics = new ArrayList<>();
    IndependentSources sources =
        IndependentSources.of(derivations == null ? List.of() : derivations);
    List<Unit> units = units(story, entities == null ? List.of() : entities, diagnostics);
    if (units.isEmpty()) {
      diagnostics.add("no sentence states anything: " + story.size() + " articles");
      return new ClaimAnalysis(List.of(), List.of(), diagnostics);
    }
    for (Unit u : units) {
      u.vector = SentenceVectors.embed(u.text);
    }
    double[][] sim = similarities(units);
    List<List<Integer>> clusters = cluster(units, sim);
    List<UnitConflict> conflicts = conflicts(units, sim, quotes == null ? List.of() : quotes);
    clusters = split(clusters, conflicts);
    Map<String, List<Set<String>>> sentenceStems = new HashMap<>();
    for (StoryArticle a : story) {
      List<Set<String>> stems = new ArrayList<>();
      for (Sentence s : a.text().sentences()) {
        stems.add(new HashSet<>(ContentTerms.stems(s.text())));
      }
      sentenceStems.put(a.id(), stems);
    }
    List<Set<Mention>> windowSupport = new ArrayList<>();
    for (List<Integer> c : clusters) {
      windowSupport.add(windowSupport(c, units, story, sentenceStems));
    }
    Map<String, Double> fluency = fluency(story, diagnostics);
    return assemble(
        units, clusters, windowSupport, conflicts, sources, derivations, fluency, diagnostics);
  }

  /** Each article's text-quality score, so claims are worded from clean text when they can be. */
  private static Map<String, Double> fluency(List<StoryArticle> story, List<String> diagnostics) {
    Map<String, Double> out = new HashMap<>();
    try {
      for (Map.Entry<String, Quality> e : QualityScorer.create().score(story).entrySet()) {
        out.put(e.getKey(), e.getValue().score());
      }
    } catch (RuntimeException e) {
      // Wording preference is a nicety; a scorer failure must not cost the story its claims.
      diagnostics.add("quality scores unavailable: " + e);
    }
    return out;
  }

  // --- units -----------------------------------------------------------------------------------

  private static List<Unit> units(
      List<StoryArticle> story, List<Entity> entities, List<String> diagnostics) {
    Map<String, List<int[]>> entitySpans = new HashMap<>();
    for (int e = 0; e < entities.size(); e++) {
      for (Mention m : entities.get(e).mentions()) {
        entitySpans
            .computeIfAbsent(m.article(), k -> new ArrayList<>())
            .add(new int[] {m.start(), m.end(), e});
      }
    }
    Map<String, AnchorDate> anchors = anchors(story, diagnostics);
    List<Unit> units = new ArrayList<>();
    for (int a = 0; a < story.size(); a++) {
      StoryArticle article = story.get(a);
      String text = article.text().text();
      AnchorDate anchor = anchors.get(article.id());
      List<TemporalExpression> dates =
          TemporalExtractor.english()
              .extract(
                  article.text(), anchor == null || !anchor.isPresent() ? null : anchor.date());
      for (Sentence s : article.text().sentences()) {
        if (!statesSomething(s.text())) {
          continue;
        }
        for (int[] clause : ClauseSplitter.clauses(text, s)) {
          String clauseText = text.substring(clause[0], clause[1]);
          Set<String> keys =
              entityKeys(clauseText, clause[0], clause[1], entitySpans.get(article.id()), entities);
          units.add(
              new Unit(
                  units.size(),
                  article.id(),
                  a,
                  s.index(),
                  clause[0],
                  clause[1],
                  clauseText,
                  keys,
                  ClaimFacts.withDays(
                      clauseText,
                      ClaimFacts.days(
                          dates, clause[0], clause[1], anchor == null || anchor.inferred()))));
        }
      }
    }
    return units;
  }

  /** Each article's anchor date (published, else inferred from the story) for relative dates. */
  private static Map<String, AnchorDate> anchors(
      List<StoryArticle> story, List<String> diagnostics) {
    try {
      return PublicationDateInferrer.create().infer(story);
    } catch (RuntimeException e) {
      // Without anchors only explicit dates are compared; the claims themselves do not depend on
      // it.
      diagnostics.add("anchor dates unavailable: " + e);
      return Map.of();
    }
  }

  /** Whether a sentence can state a fact: not a heading, question, dateline or fragment. */
  static boolean statesSomething(String sentence) {
    String t = sentence.strip();
    if (t.endsWith("?") || ContentTerms.words(t).size() < MIN_WORDS) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    boolean terminated = ".!\"'\u201D\u2019)".indexOf(last) >= 0;
    if (!terminated && ContentTerms.words(t).size() < 15) {
      return false;
    }
    int letters = 0;
    int lower = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          lower++;
        }
      }
    }
    return letters > 0 && lower * 2 > letters;
  }

  private static Set<String> entityKeys(
      String clause, int start, int end, List<int[]> spans, List<Entity> entities) {
    Set<String> keys = new HashSet<>();
    if (spans != null) {
      for (int[] span : spans) {
        if (span[0] < end && start < span[1]) {
          keys.add("e" + span[2]);
        }
      }
    }
    if (entities.isEmpty()) {
      // No entity stage output: capitalised words after the first stand in for names.
      List<String> words = new ArrayList<>();
      for (String w : clause.split("[^\\p{L}\\p{N}'’-]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      for (int i = 1; i < words.size(); i++) {
        String w = words.get(i);
        String folded = TextNormalizer.fold(w).toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(w.charAt(0)) && !ContentTerms.isStopword(folded)) {
          String country = Countries.resolve(w);
          keys.add(country != null ? "c:" + country : ContentTerms.stem(folded));
        }
      }
    }
    return keys;
  }

  // --- similarity and clustering ---------------------------------------------------------------

  private static double[][] similarities(List<Unit> units) {
    int n = units.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      sim[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        Unit a = units.get(i);
        Unit b = units.get(j);
        double cos = SentenceVectors.cosine(a.vector, b.vector);
        double lexical =
            a.entities.isEmpty() && b.entities.isEmpty()
                ? jaccard(a.stems, b.stems)
                : 0.5 * jaccard(a.stems, b.stems) + 0.5 * jaccard(a.entities, b.entities);
        sim[i][j] = sim[j][i] = cos + LEXICAL_WEIGHT * (lexical - LEXICAL_BASE);
      }
    }
    return sim;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String x : a) {
      if (b.contains(x)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }

  private List<List<Integer>> cluster(List<Unit> units, double[][] sim) {
    int n = units.size();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!units.get(i).article.equals(units.get(j).article) && sim[i][j] >= link) {
          pairs.add(new int[] {i, j});
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble((int[] p) -> -sim[p[0]][p[1]])
            .thenComparingInt(p -> p[0])
            .thenComparingInt(p -> p[1]));
    int[] clusterOf = new int[n];
    List<List<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      clusterOf[i] = i;
      clusters.add(new ArrayList<>(List.of(i)));
    }
    for (int[] p : pairs) {
      int a = clusterOf[p[0]];
      int b = clusterOf[p[1]];
      if (a == b) {
        continue;
      }
      List<Integer> left = clusters.get(a);
      List<Integer> right = clusters.get(b);
      if (!fits(units, left, right) || average(sim, left, right) < averageLink) {
        continue;
      }
      left.addAll(right);
      for (int u : right) {
        clusterOf[u] = a;
      }
      clusters.set(b, new ArrayList<>());
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> c : clusters) {
      if (!c.isEmpty()) {
        c.sort(Integer::compare);
        out.add(c);
      }
    }
    return out;
  }

  private static boolean fits(List<Unit> units, List<Integer> left, List<Integer> right) {
    Map<String, Integer> perArticle = new HashMap<>();
    for (List<Integer> side : List.of(left, right)) {
      for (int u : side) {
        if (perArticle.merge(units.get(u).article, 1, Integer::sum) > MAX_UNITS_PER_ARTICLE) {
          return false;
        }
      }
    }
    return true;
  }

  private static double average(double[][] sim, List<Integer> left, List<Integer> right) {
    double sum = 0;
    for (int a : left) {
      for (int b : right) {
        sum += sim[a][b];
      }
    }
    return sum / (left.size() * (double) right.size());
  }

  // --- conflicts -------------------------------------------------------------------------------

  private static List<UnitConflict> conflicts(
      List<Unit> units, double[][] sim, List<Quote> quotes) {
    List<UnitConflict> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      for (int j = i + 1; j < units.size(); j++) {
        Unit a = units.get(i);
        Unit b = units.get(j);
        if (a.article.equals(b.article)) {
          continue;
        }
        String[] attribute = attributeConflict(a, b);
        if (attribute == null) {
          attribute = placeConflict(a, b, sim[i][j]);
        }
        if (attribute != null) {
          out.add(new UnitConflict(i, j, attribute[0], attribute[1], attribute[2]));
          continue;
        }
        String reason = conflict(a, b, sim[i][j]);
        if (reason != null) {
          out.add(new UnitConflict(i, j, reason));
        }
      }
    }
    quoteConflicts(units, quotes, out);
    return out;
  }

  /** Reason, left value key and right value key of an attribute clash, or null. */
  static String[] attributeConflict(Unit a, Unit b) {
    for (ClaimFacts.Attribute x : a.facts.attributes) {
      for (ClaimFacts.Attribute y : b.facts.attributes) {
        if (!x.key().equals(y.key()) || x.person() != y.person()) {
          continue;
        }
        boolean same =
            x.person() ? samePerson(x.value(), y.value()) : sameName(x.value(), y.value());
        if (!same) {
          String relation =
              x.person()
                  ? "office " + x.relation().toLowerCase(Locale.ROOT) + " of " + x.subject()
                  : x.relation() + " of " + x.subject();
          return new String[] {
            relation + ": " + x.value() + " vs " + y.value(),
            x.key() + "=" + TextNormalizer.fold(x.value()),
            y.key() + "=" + TextNormalizer.fold(y.value())
          };
        }
      }
    }
    return null;
  }

  /**
   * Reason and value keys of two places given for the same happening ("held in A", "held in B"), or
   * null.
   */
  static String[] placeConflict(Unit a, Unit b, double similarity) {
    // "The storm killed 12 people in A" and "... 20 people in B" are two events, not one event
    // placed twice: places are compared only when the sentences' other values agree.
    if (similarity < CONFLICT_SIMILARITY || differentValues(a, b) || differentValues(b, a)) {
      return null;
    }
    for (ClaimFacts.Located x : a.facts.places) {
      for (ClaimFacts.Located y : b.facts.places) {
        if (!x.preposition().equals(y.preposition())
            || x.country() != y.country()
            || sameName(x.place(), y.place())
            || a.facts.names(y.place())
            || b.facts.names(x.place())) {
          continue;
        }
        Set<String> shared = new HashSet<>(x.anchor());
        shared.retainAll(y.anchor());
        if (shared.size() < 2) {
          continue;
        }
        String what = String.join(" ", new java.util.TreeSet<>(shared));
        return new String[] {
          "place (" + what + "): " + x.place() + " vs " + y.place(),
          "place " + what + "=" + TextNormalizer.fold(x.place()),
          "place " + what + "=" + TextNormalizer.fold(y.place())
        };
      }
    }
    return null;
  }

  /** Whether {@code a} states a value with a unit {@code b} also uses but never with that value. */
  private static boolean differentValues(Unit a, Unit b) {
    for (ClaimFacts.Anchored x : a.facts.values) {
      boolean sameUnit = false;
      boolean sameValue = false;
      for (ClaimFacts.Anchored y : b.facts.values) {
        if (x.kind().equals(y.kind()) && x.unit().equals(y.unit())) {
          sameUnit = true;
          sameValue |= x.sameValue(y);
        }
      }
      if (sameUnit && !sameValue) {
        return true;
      }
    }
    return false;
  }

  /** Why {@code a} and {@code b} cannot both be true (beyond attributes), or null. */
  static String conflict(Unit a, Unit b, double similarity) {
    if (similarity >= CONFLICT_SIMILARITY) {
      String values = anchoredConflict(a.facts.values, b.facts.values);
      if (values != null) {
        return values;
      }
    }
    if (similarity >= NEGATION_SIMILARITY
        && a.facts.negated != b.facts.negated
        && jaccard(a.stems, b.stems) >= 0.6) {
      return "one account negates the other";
    }
    return null;
  }

  private static String anchoredConflict(
      List<ClaimFacts.Anchored> left, List<ClaimFacts.Anchored> right) {
    // Accounts of one event that differ on one figure conflict; two sentences that differ on
    // every figure they share ("10 killed, 50 injured" / "7 killed, 40 injured") are more likely
    // about two events, or two players' statistics, than a double slip.
    int differing = 0;
    int agreeing = 0;
    for (ClaimFacts.Anchored x : left) {
      for (ClaimFacts.Anchored y : right) {
        if (x.kind().equals(y.kind()) && x.unit().equals(y.unit()) && aboutTheSame(x, y)) {
          if (x.consistentWith(y)) {
            agreeing++;
          } else {
            differing++;
          }
        }
      }
    }
    if (differing >= 2 && agreeing == 0) {
      return null;
    }
    for (ClaimFacts.Anchored x : left) {
      boolean comparable = false;
      boolean agreed = false;
      ClaimFacts.Anchored other = null;
      for (ClaimFacts.Anchored y : right) {
        if (!x.kind().equals(y.kind()) || !x.unit().equals(y.unit()) || !aboutTheSame(x, y)) {
          continue;
        }
        comparable = true;
        if (x.consistentWith(y)) {
          agreed = true;
        } else {
          other = y;
        }
      }
      // The other account must state a different value and not also state this one.
      if (comparable && !agreed && other != null && !states(left, other)) {
        String what = x.kind().equals("day") ? "date" : "number of " + x.unit();
        return what + ": " + x.value() + " vs " + other.value();
      }
    }
    return null;
  }

  /**
   * Whether two values are said of the same thing: anchors share two content words, relations (the
   * words right around the value) share one when both have any, and neither side names something
   * near its value that the other does not.
   */
  static boolean aboutTheSame(ClaimFacts.Anchored x, ClaimFacts.Anchored y) {
    Set<String> shared = new HashSet<>(x.anchor());
    shared.retainAll(y.anchor());
    if (shared.size() < 2) {
      return false;
    }
    // A day has no unit noun to pin what it dates; the words before it must nearly all agree, so
    // "signed the deal on Monday" and "ratified the deal on Thursday" are two events.
    if (x.kind().equals("day") && jaccard(x.anchor(), y.anchor()) < DAY_ANCHOR_AGREEMENT) {
      return false;
    }
    if (!x.relation().agrees(y.relation())) {
      return false;
    }
    return !(hasOwnName(x.names(), y.names()) && hasOwnName(y.names(), x.names()));
  }

  /** Whether {@code names} holds a name that no name of {@code others} spells. */
  private static boolean hasOwnName(Set<String> names, Set<String> others) {
    for (String n : names) {
      boolean found = false;
      for (String o : others) {
        found |= sameName(n, o);
      }
      if (!found) {
        return true;
      }
    }
    return false;
  }

  private static boolean states(List<ClaimFacts.Anchored> values, ClaimFacts.Anchored like) {
    for (ClaimFacts.Anchored v : values) {
      if (v.kind().equals(like.kind()) && v.unit().equals(like.unit()) && v.sameValue(like)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two names can be one person: equal or spelling variants, the same surname ("Lind", "Ana
   * Lind"), or garbled copies of one name (Jaro-Winkler at least 0.85).
   */
  static boolean samePerson(String a, String b) {
    if (sameName(a, b)) {
      return true;
    }
    String[] x = TextNormalizer.fold(a).toLowerCase(Locale.ROOT).split("\\s+");
    String[] y = TextNormalizer.fold(b).toLowerCase(Locale.ROOT).split("\\s+");
    String lastX = x[x.length - 1];
    String lastY = y[y.length - 1];
    return sameName(lastX, lastY)
        || JARO_WINKLER.apply(lastX, lastY) >= 0.85
        || JARO_WINKLER.apply(String.join(" ", x), String.join(" ", y)) >= 0.85;
  }

  private static final org.apache.commons.text.similarity.JaroWinklerSimilarity JARO_WINKLER =
      new org.apache.commons.text.similarity.JaroWinklerSimilarity();

  /** Names equal after folding, or spelling variants of one name ("Kharkiv", "Kharkov"). */
  static boolean sameName(String a, String b) {
    String x = TextNormalizer.fold(a).replaceAll("[^\\p{L}]", "");
    String y = TextNormalizer.fold(b).replaceAll("[^\\p{L}]", "");
    return x.equals(y) || METAPHONE.isDoubleMetaphoneEqual(x, y);
  }

  /**
   * Fewest words a quote needs to be somebody's statement. Shorter quoted phrases ("root causes",
   * "special operation") are terms that many speakers repeat and reporters put in quotation marks;
   * who "said" them is no fact a source can get wrong.
   */
  private static final int STATEMENT_MIN_WORDS = 4;

  private static boolean isStatement(Quote quote) {
    return quote.text().strip().split("\\s+").length >= STATEMENT_MIN_WORDS;
  }

  private static void quoteConflicts(List<Unit> units, List<Quote> quotes, List<UnitConflict> out) {
    for (int i = 0; i < quotes.size(); i++) {
      for (int j = i + 1; j < quotes.size(); j++) {
        Quote q = quotes.get(i);
        Quote r = quotes.get(j);
        if (q.speaker() == null
            || r.speaker() == null
            || !isStatement(q)
            || !isStatement(r)
            || sameName(q.speaker(), r.speaker())
            || jaccard(
                    new HashSet<>(ContentTerms.stems(q.text())),
                    new HashSet<>(ContentTerms.stems(r.text())))
                < 0.5) {
          continue;
        }
        String reason =
            "quote attributed to "
                + q.speaker()
                + " and to "
                + r.speaker()
                + ": “"
                + q.text()
                + "”";
        for (Mention m : q.spans()) {
          for (Mention n : r.spans()) {
            Integer a = unitAt(units, m);
            Integer b = unitAt(units, n);
            if (a != null && b != null && !units.get(a).article.equals(units.get(b).article)) {
              String left = "quote " + i + "=" + TextNormalizer.fold(q.speaker());
              String right = "quote " + i + "=" + TextNormalizer.fold(r.speaker());
              out.add(
                  a < b
                      ? new UnitConflict(a, b, reason, left, right)
                      : new UnitConflict(b, a, reason, right, left));
            }
          }
        }
      }
    }
  }

  private static Integer unitAt(List<Unit> units, Mention m) {
    for (Unit u : units) {
      if (u.article.equals(m.article()) && u.start < m.end() && m.start() < u.end) {
        return u.index;
      }
    }
    return null;
  }

  /** Splits clusters that hold both sides of a conflict; the right-hand side moves out. */
  private static List<List<Integer>> split(
      List<List<Integer>> clusters, List<UnitConflict> conflicts) {
    // A sentence that adds a disputed fact to a statement others make is its own claim: pull
    // the units stating each disputed value out of their clusters, grouped by value.
    Map<Integer, String> disputedValue = new HashMap<>();
    for (UnitConflict uc : conflicts) {
      if (uc.aboutAttribute()) {
        disputedValue.putIfAbsent(uc.left(), uc.leftValue());
        disputedValue.putIfAbsent(uc.right(), uc.rightValue());
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> c : clusters) {
      Map<String, List<Integer>> byValue = new LinkedHashMap<>();
      List<Integer> rest = new ArrayList<>();
      for (int u : c) {
        String value = disputedValue.get(u);
        if (value == null) {
          rest.add(u);
        } else {
          byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(u);
        }
      }
      if (!rest.isEmpty()) {
        out.add(rest);
      }
      out.addAll(byValue.values());
    }
    for (UnitConflict uc : conflicts) {
      for (int k = 0; k < out.size(); k++) {
        List<Integer> c = out.get(k);
        if (c.contains(uc.left()) && c.contains(uc.right())) {
          List<Integer> moved = new ArrayList<>();
          moved.add(uc.right());
          // Units that conflict with the same left side go with the right side.
          for (UnitConflict other : conflicts) {
            if (other.left() == uc.left()
                && c.contains(other.right())
                && other.right() != uc.right()) {
              moved.add(other.right());
            }
          }
          c.removeAll(moved);
          moved.sort(Integer::compare);
          out.add(moved);
          break;
        }
      }
    }
    return out;
  }

  // --- support windows -------------------------------------------------------------------------

  private static Set<Mention> windowSupport(
      List<Integer> cluster,
      List<Unit> units,
      List<StoryArticle> story,
      Map<String, List<Set<String>>> sentenceStems) {
    Set<String> articles = new HashSet<>();
    for (int u : cluster) {
      articles.add(units.get(u).article);
    }
    Set<Mention> out = new LinkedHashSet<>();
    // Two members give no consensus to speak of: every word of either would count.
    if (articles.size() < 3) {
      return out;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int u : cluster) {
      for (String s : units.get(u).stems) {
        counts.merge(s, 1, Integer::sum);
      }
    }
    Set<String> consensus = new HashSet<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() * 2 >= cluster.size() + (cluster.size() > 2 ? 1 : 0)) {
        consensus.add(e.getKey());
      }
    }
    if (consensus.size() < 4) {
      return out;
    }
    float[] centroid = new float[units.get(cluster.get(0)).vector.length];
    for (int u : cluster) {
      float[] v = units.get(u).vector;
      for (int i = 0; i < v.length; i++) {
        centroid[i] += v[i];
      }
    }
    double norm = Math.sqrt(SentenceVectors.cosine(centroid, centroid));
    for (int i = 0; i < centroid.length; i++) {
      centroid[i] /= (float) norm;
    }
    Set<String> numbers = new HashSet<>();
    for (String s : consensus) {
      if (Character.isDigit(s.charAt(0))) {
        numbers.add(s);
      }
    }
    for (StoryArticle a : story) {
      if (articles.contains(a.id())) {
        continue;
      }
      List<Sentence> sentences = a.text().sentences();
      List<Set<String>> stems = sentenceStems.get(a.id());
      double bestScore = 0;
      double bestCoverage = 0;
      int bestStart = -1;
      int bestEnd = -1;
      for (int i = 0; i < sentences.size(); i++) {
        Set<String> window = new HashSet<>();
        int words = 0;
        for (int j = i; j < Math.min(sentences.size(), i + WINDOW_SENTENCES); j++) {
          words += ContentTerms.words(sentences.get(j).text()).size();
          if (words > WINDOW_WORDS) {
            break;
          }
          window.addAll(stems.get(j));
          if (!window.containsAll(numbers)) {
            continue;
          }
          int covered = 0;
          for (String s : consensus) {
            if (window.contains(s)) {
              covered++;
            }
          }
          double coverage = covered / (double) consensus.size();
          // Fewer sentences win at equal coverage: support is cited as tightly as possible.
          double score = coverage - 0.01 * (j - i);
          if (score > bestScore + 1e-9) {
            bestScore = score;
            bestCoverage = coverage;
            bestStart = i;
            bestEnd = j;
          }
        }
      }
      if (bestCoverage < WINDOW_COVERAGE) {
        continue;
      }
      // Edge sentences that add no consensus term are not support.
      while (bestStart < bestEnd && !containsAny(stems.get(bestStart), consensus)) {
        bestStart++;
      }
      while (bestEnd > bestStart && !containsAny(stems.get(bestEnd), consensus)) {
        bestEnd--;
      }
      String text = a.text().text();
      String windowText =
          text.substring(sentences.get(bestStart).start(), sentences.get(bestEnd).end());
      double similarity = SentenceVectors.cosine(centroid, SentenceVectors.embed(windowText));
      if (similarity >= WINDOW_SIMILARITY) {
        for (int j = bestStart; j <= bestEnd; j++) {
          Sentence s = sentences.get(j);
          out.add(new Mention(text.substring(s.start(), s.end()), a.id(), s.start(), s.end()));
        }
      }
    }
    return out;
  }

  private static boolean containsAny(Set<String> stems, Set<String> terms) {
    for (String s : stems) {
      if (terms.contains(s)) {
        return true;
      }
    }
    return false;
  }

  // --- assembly --------------------------------------------------------------------------------

  private static ClaimAnalysis assemble(
      List<Unit> units,
      List<List<Integer>> clusters,
      List<Set<Mention>> windowSupport,
      List<UnitConflict> unitConflicts,
      IndependentSources sources,
      List<Derivation> derivations,
      Map<String, Double> fluency,
      List<String> diagnostics) {
    Set<String> copies = new HashSet<>();
    if (derivations != null) {
      for (Derivation d : derivations) {
        copies.add(d.copy());
      }
    }
    Set<Integer> conflicted = new HashSet<>();
    for (UnitConflict c : unitConflicts) {
      conflicted.add(c.left());
      conflicted.add(c.right());
    }
    record Draft(
        List<Integer> members,
        List<String> articles,
        List<Mention> spans,
        int independent,
        int representative,
        double position) {}
    List<Draft> drafts = new ArrayList<>();
    for (int k = 0; k < clusters.size(); k++) {
      List<Integer> members = clusters.get(k);
      if (members.isEmpty()) {
        continue;
      }
      Set<String> articles = new LinkedHashSet<>();
      List<Mention> spans = new ArrayList<>();
      double position = Double.MAX_VALUE;
      for (int u : members) {
        articles.add(units.get(u).article);
        spans.add(units.get(u).mention());
        position = Math.min(position, units.get(u).sentence);
      }
      if (k < windowSupport.size()) {
        for (Mention m : windowSupport.get(k)) {
          articles.add(m.article());
          spans.add(m);
        }
      }
      int representative = representative(members, units, copies, conflicted, fluency);
      drafts.add(
          new Draft(
              members,
              new ArrayList<>(articles),
              spans,
              sources.count(articles),
              representative,
              position));
    }
    drafts.sort(
        Comparator.comparingInt((Draft d) -> -d.independent())
            .thenComparingInt(d -> -d.articles().size())
            .thenComparingDouble(Draft::position)
            .thenComparingInt(Draft::representative));
    Map<Integer, Integer> claimOfUnit = new HashMap<>();
    for (int k = 0; k < drafts.size(); k++) {
      for (int u : drafts.get(k).members()) {
        claimOfUnit.put(u, k);
      }
    }
    // Conflicts between claims, each pair once, with both sides' spans.
    Map<List<Integer>, String> reasons = new LinkedHashMap<>();
    Map<List<Integer>, Set<Integer>> leftUnits = new HashMap<>();
    Map<List<Integer>, Set<Integer>> rightUnits = new HashMap<>();
    for (UnitConflict c : unitConflicts) {
      Integer a = claimOfUnit.get(c.left());
      Integer b = claimOfUnit.get(c.right());
      if (a == null || b == null || a.equals(b)) {
        continue;
      }
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      List<Integer> key = List.of(lo, hi);
      reasons.putIfAbsent(key, c.reason());
      leftUnits
          .computeIfAbsent(key, x -> new LinkedHashSet<>())
          .add(a == lo ? c.left() : c.right());
      rightUnits
          .computeIfAbsent(key, x -> new LinkedHashSet<>())
          .add(a == lo ? c.right() : c.left());
    }
    List<Conflict> conflicts = new ArrayList<>();
    Map<Integer, Set<Integer>> conflictsWith = new HashMap<>();
    for (Map.Entry<List<Integer>, String> e : reasons.entrySet()) {
      int lo = e.getKey().get(0);
      int hi = e.getKey().get(1);
      List<Mention> left = new ArrayList<>();
      List<String> leftArticles = new ArrayList<>();
      for (int u : leftUnits.get(e.getKey())) {
        left.add(units.get(u).mention());
        leftArticles.add(units.get(u).article);
      }
      List<Mention> right = new ArrayList<>();
      List<String> rightArticles = new ArrayList<>();
      for (int u : rightUnits.get(e.getKey())) {
        right.add(units.get(u).mention());
        rightArticles.add(units.get(u).article);
      }
      conflicts.add(
          new Conflict(
              lo, hi, e.getValue(), sources.independent(leftArticles, rightArticles), left, right));
      conflictsWith.computeIfAbsent(lo, x -> new HashSet<>()).add(hi);
      conflictsWith.computeIfAbsent(hi, x -> new HashSet<>()).add(lo);
    }
    List<Claim> claims = new ArrayList<>();
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      List<Integer> against = new ArrayList<>(conflictsWith.getOrDefault(k, Set.of()));
      against.sort(Integer::compare);
      ClaimStatus status =
          !against.isEmpty()
              ? ClaimStatus.DISPUTED
              : d.independent() >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
      claims.add(
          new Claim(
              units.get(d.representative()).text,
              d.articles(),
              d.independent(),
              status,
              against,
              d.spans()));
    }
    if (diagnostics.size() > MAX_DIAGNOSTICS) {
      diagnostics = diagnostics.subList(0, MAX_DIAGNOSTICS);
    }
    return new ClaimAnalysis(claims, conflicts, diagnostics);
  }

  /**
   * The member that best stands for the claim: a sentence stating a disputed value when there is
   * one (so a disagreement reads as one), else the most central, preferring clean text to garbled
   * and originals to copies.
   */
  private static int representative(
      List<Integer> members,
      List<Unit> units,
      Set<String> copies,
      Set<Integer> conflicted,
      Map<String, Double> fluency) {
    int best = members.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int u : members) {
      Unit unit = units.get(u);
      double central = 0;
      for (int v : members) {
        if (v != u) {
          central += SentenceVectors.cosine(unit.vector, units.get(v).vector);
        }
      }
      central /= Math.max(1, members.size() - 1);
      int words = ContentTerms.words(unit.text).size();
      double score =
          central
              + (conflicted.contains(u) ? 1.0 : 0)
              - (copies.contains(unit.article) ? 0.05 : 0)
              - 0.3 * (1 - fluency.getOrDefault(unit.article, 1.0))
              - 0.004 * Math.max(0, words - 35);
      if (score > bestScore) {
        bestScore = score;
        best = u;
      }
    }
    return best;
  }
}
