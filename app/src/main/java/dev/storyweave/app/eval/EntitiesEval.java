package dev.storyweave.app.eval;

import dev.storyweave.app.eval.EcbPlusCorpus.EcbDocument;
import dev.storyweave.app.eval.EcbPlusCorpus.GoldMention;
import dev.storyweave.entities.EntityResolver;
import dev.storyweave.entities.MentionDetector;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityMention;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextNormalizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/*
 * Cross-document entity coreference on ECB+, the way the literature scores it (MUC, B-cubed,
 * CEAF-e, CoNLL F1 over HUMAN, LOC and NON_HUMAN chains, singletons included, only the sentences
 * ECB+ selected for coreference), but with mentions Storyweave finds itself: each predicted mention
 * is aligned one-to-one to the gold mention of the same document it overlaps most, and unmatched
 * mentions on either side count against the system. Resolution runs per gold topic (all
 * documents of a topic, both sub-topics, resolved together as one story), the common practice.
 *
 * Two extra rows put the number in context: the same resolver over the gold mentions (typed from
 * their ECB+ tags), which is the setting of the published scores, and an exact-string baseline
 * (mentions with equal folded text are one entity) over both mention sets.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Cross-document entity coreference on ECB+ (HUMAN, LOC, NON_HUMAN chains).")
public final class EntitiesEval implements Callable<Integer> {

  @Option(names = "--corpus", required = true, description = "The ECB+ folder (with docs.tsv).")
  Path corpus;

  @Option(
      names = "--split",
      defaultValue = "all",
      description = "train, dev or all (train and dev, each scored separately).")
  String split;

  @Option(
      names = "--dump",
      description =
          "write every gold and predicted (names+references) mention as TSV to this file, for"
              + " error analysis: kind (gold|pred), document, start, end, chain or entity, text")
  Path dump;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One scored configuration. */
  record Row(
      String name,
      CorefMetrics.Result result,
      double mentionP,
      double mentionR,
      double typeAccuracy) {
    Row(String name, CorefMetrics.Result result, double mentionP, double mentionR) {
      this(name, result, mentionP, mentionR, Double.NaN);
    }

    Row withTypeAccuracy(double accuracy) {
      return new Row(name, result, mentionP, mentionR, accuracy);
    }

    double mentionF1() {
      return mentionP + mentionR == 0 ? 0 : 2 * mentionP * mentionR / (mentionP + mentionR);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> splits = EcbPlusCorpus.splits(spec, corpus, split);
    out.println("ECB+ cross-document entity coreference: HUMAN, LOC, NON_HUMAN chains,");
    out.println("  sentences of ECBplus_coreference_sentences.csv only, singletons included.");
    out.println(
        "  Resolution scope: per gold topic (both sub-topics of a topic resolved as one story).");
    out.println("  Predicted mentions align to gold by largest character overlap, one to one;");
    out.println("  unmatched predicted and gold mentions count against precision and recall.");
    out.println("  names+references = EntityResolver.withReferences() (names, pronouns, roles,");
    out.println("  participant nouns by WordNet class); names only = EntityResolver.create(),");
    out.println("  what the report lists. Predicted mentions never see the gold mentions; they");
    out.println("  use the gold tokens and sentences, and only the selected sentences are scored.");
    out.println("  Rules were tuned on the train split only.");
    List<Row> last = List.of();
    for (String name : splits) {
      long started = System.nanoTime();
      List<EcbDocument> documents = EcbPlusCorpus.readAnnotated(corpus, Set.of(name));
      List<String> dumped = new ArrayList<>();
      List<Row> rows = evaluate(documents, dumped);
      if (dump != null) {
        try {
          java.nio.file.Files.write(
              splits.size() == 1 ? dump : dump.resolveSibling(name + "-" + dump.getFileName()),
              dumped);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long gold = documents.stream().mapToLong(d -> d.mentions().size()).sum();
      long chains =
          documents.stream()
              .flatMap(d -> d.mentions().stream())
              .map(GoldMention::chain)
              .distinct()
              .count();
      out.printf(
          Locale.ROOT,
          "%nsplit=%s docs=%d gold_mentions=%d gold_chains=%d (%.1f s, %.0f docs/s)%n",
          name,
          documents.size(),
          gold,
          chains,
          seconds,
          documents.size() / seconds);
      out.printf(
          Locale.ROOT,
          "  %-38s %6s %6s %6s | %6s %6s %6s %6s%n",
          "system",
          "men_P",
          "men_R",
          "men_F1",
          "MUC",
          "B3",
          "CEAF-e",
          "CoNLL");
      for (Row row : rows) {
        out.printf(
            Locale.ROOT,
            "  %-38s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f %6.3f%n",
            row.name(),
            row.mentionP(),
            row.mentionR(),
            row.mentionF1(),
            row.result().muc().f1(),
            row.result().bcubed().f1(),
            row.result().ceafe().f1(),
            row.result().conllF1());
      }
      out.printf(
          Locale.ROOT,
          "  typing: %.3f of the system's mentions aligned to a gold mention have its tag's type"
              + " (PER person, ORG organisation, GPE and LOC place, NON_HUMAN other)%n",
          rows.get(0).typeAccuracy());
      last = rows;
    }
    out.println();
    out.println("Published reference points (ECB+ test topics 36-45, GOLD mentions, CoNLL F1):");
    out.println("  entity coreference: Barhom et al. 2019 ~0.71, Cattan et al. 2021 ~0.73.");
    out.println(
        "  Scores with predicted mentions are much lower; ECB+ chains include pronouns and");
    out.println(
        "  common-noun mentions (\"the actress\", \"he\"), which a name detector does not find.");
    Row system = last.get(0);
    out.printf(
        Locale.ROOT,
        "entities: conll_f1=%.4f b3_f1=%.4f muc_f1=%.4f ceafe_f1=%.4f mention_f1=%.4f type_accuracy=%.4f split=%s scope=gold-topic system=names+references%n",
        system.result().conllF1(),
        system.result().bcubed().f1(),
        system.result().muc().f1(),
        system.result().ceafe().f1(),
        system.mentionF1(),
        system.typeAccuracy(),
        splits.get(splits.size() - 1));
    out.flush();
    return 0;
  }

  /** Scores the system and the baselines on {@code documents}, system first. */
  static List<Row> evaluate(List<EcbDocument> documents) {
    return evaluate(documents, new ArrayList<>());
  }

  /** As {@link #evaluate(List)}, adding one TSV line per gold and predicted mention to dump. */
  static List<Row> evaluate(List<EcbDocument> documents, List<String> dump) {
    MentionDetector detector = MentionDetector.english();
    EntityResolver resolver = EntityResolver.create();
    EntityResolver withReferences = EntityResolver.withReferences();
    Map<String, EcbDocument> byName = new HashMap<>();
    documents.forEach(d -> byName.put(d.name(), d));
    Map<String, String> predicted = new LinkedHashMap<>();
    Map<String, String> predictedReferences = new LinkedHashMap<>();
    Map<String, String> predictedExact = new LinkedHashMap<>();
    Map<String, String> goldSystem = new LinkedHashMap<>();
    Map<String, String> goldExact = new LinkedHashMap<>();
    Map<String, String> key = new LinkedHashMap<>();
    Map<String, EntityType> keyTypes = new HashMap<>();
    Map<String, EntityType> predictedTypes = new HashMap<>();
    for (Map.Entry<String, List<EcbDocument>> topic : EcbPlusCorpus.byTopic(documents).entrySet()) {
      List<EntityMention> detected = new ArrayList<>();
      List<EntityMention> goldAsDetected = new ArrayList<>();
      List<StoryArticle> story = new ArrayList<>();
      for (EcbDocument document : topic.getValue()) {
        story.add(new StoryArticle(document.article(), document.analyzed()));
        detected.addAll(detector.detect(document.analyzed()));
        for (GoldMention gold : document.mentions()) {
          key.put(id(gold.doc(), gold.start(), gold.end()), gold.chain());
          keyTypes.put(id(gold.doc(), gold.start(), gold.end()), typeOf(gold.tag()));
          goldAsDetected.add(
              new EntityMention(
                  new Mention(gold.text(), gold.doc(), gold.start(), gold.end()),
                  typeOf(gold.tag()),
                  null,
                  0.9));
        }
      }
      String prefix = topic.getKey() + ":";
      assign(resolver.resolve(story), e -> prefix + "e" + e, byName, predicted);
      assign(
          resolver.resolveMentions(goldAsDetected, List.of()),
          e -> prefix + "e" + e,
          byName,
          goldSystem);
      List<Entity> referenced = withReferences.resolve(story);
      assign(referenced, e -> prefix + "e" + e, byName, predictedReferences);
      for (int e = 0; e < referenced.size(); e++) {
        for (Mention m : referenced.get(e).mentions()) {
          if (byName.get(m.article()).selected(m.start())) {
            dump.add(dumpLine("pred", m, prefix + "e" + e + ":" + referenced.get(e).type()));
            predictedTypes.put(id(m.article(), m.start(), m.end()), referenced.get(e).type());
          }
        }
      }
      for (EntityMention g : goldAsDetected) {
        Mention m = g.mention();
        dump.add(
            dumpLine("gold", m, key.get(id(m.article(), m.start(), m.end())) + ":" + g.type()));
      }
      for (EntityMention mention : detected) {
        Mention m = mention.mention();
        if (byName.get(m.article()).selected(m.start())) {
          predictedExact.put(id(m.article(), m.start(), m.end()), prefix + fold(m.text()));
        }
      }
      for (EntityMention mention : goldAsDetected) {
        Mention m = mention.mention();
        goldExact.put(id(m.article(), m.start(), m.end()), prefix + fold(m.text()));
      }
    }
    List<Row> rows = new ArrayList<>();
    Map<String, String> systemAlignment = align(key.keySet(), predictedReferences.keySet());
    Row system =
        scored("storyweave names+references, predicted", key, predictedReferences, systemAlignment);
    rows.add(system.withTypeAccuracy(typeAccuracy(keyTypes, predictedTypes, systemAlignment)));
    rows.add(scored("storyweave names only, predicted", key, predicted));
    rows.add(scored("baseline exact string, predicted", key, predictedExact));
    rows.add(scored("storyweave, gold mentions", key, goldSystem));
    rows.add(scored("baseline exact string, gold mentions", key, goldExact));
    return rows;
  }

  private static String fold(String text) {
    return TextNormalizer.fold(text).toLowerCase(Locale.ROOT);
  }

  private static EntityType typeOf(String tag) {
    if (tag.startsWith("LOC")) {
      return EntityType.PLACE;
    }
    return switch (tag) {
      case "HUMAN_PART_PER" -> EntityType.PERSON;
      case "HUMAN_PART_ORG" -> EntityType.ORGANIZATION;
      case "HUMAN_PART_GPE" -> EntityType.PLACE;
      default -> EntityType.OTHER;
    };
  }

  /** The key of one mention in the scored maps: document, start and end. */
  static String id(String doc, int start, int end) {
    return doc + ":" + start + ":" + end;
  }

  /**
   * Puts each mention of {@code entities} that lies in a selected sentence into {@code out}, keyed
   * by {@link #id} and valued by its entity's id in the response ({@code entityId} of its index).
   */
  static void assign(
      List<Entity> entities,
      IntFunction<String> entityId,
      Map<String, EcbDocument> byName,
      Map<String, String> out) {
    for (int e = 0; e < entities.size(); e++) {
      for (Mention m : entities.get(e).mentions()) {
        if (byName.get(m.article()).selected(m.start())) {
          out.put(id(m.article(), m.start(), m.end()), entityId.apply(e));
        }
      }
    }
  }

  private record Span(String doc, int start, int end) {}

  private static Span span(String id) {
    String[] parts = id.split(":");
    int n = parts.length;
    return new Span(
        String.join(":", java.util.Arrays.copyOf(parts, n - 2)),
        Integer.parseInt(parts[n - 2]),
        Integer.parseInt(parts[n - 1]));
  }

  /**
   * Aligns response mentions to key mentions of the same document by largest overlap, one to one,
   * renames matched response mentions to their key mention, and scores.
   */
  static Row scored(String name, Map<String, String> key, Map<String, String> response) {
    return scored(name, key, response, align(key.keySet(), response.keySet()));
  }

  /** As {@link #scored(String, Map, Map)} with the alignment {@link #align} already made. */
  static Row scored(
      String name,
      Map<String, String> key,
      Map<String, String> response,
      Map<String, String> responseToKey) {
    Map<String, String> aligned = new LinkedHashMap<>();
    response.forEach(
        (r, entity) -> aligned.put(responseToKey.getOrDefault(r, "unmatched:" + r), entity));
    CorefMetrics.Result result = CorefMetrics.score(key, aligned);
    double precision = response.isEmpty() ? 0 : (double) responseToKey.size() / response.size();
    double recall = key.isEmpty() ? 0 : (double) responseToKey.size() / key.size();
    return new Row(name, result, precision, recall);
  }

  /**
   * Of the response mentions aligned to a key mention ({@code responseToKey}, from {@link #align}),
   * the share whose entity type is the type of the key mention's ECB+ tag.
   */
  static double typeAccuracy(
      Map<String, EntityType> key,
      Map<String, EntityType> response,
      Map<String, String> responseToKey) {
    long right =
        responseToKey.entrySet().stream()
            .filter(e -> response.get(e.getKey()) == key.get(e.getValue()))
            .count();
    return responseToKey.isEmpty() ? 0 : (double) right / responseToKey.size();
  }

  /**
   * Response mention to key mention, within each document, by largest character overlap, then
   * closest length, one to one; unmatched response mentions are absent.
   */
  static Map<String, String> align(Set<String> key, Set<String> response) {
    Map<String, List<String>> keyByDoc = new HashMap<>();
    key.forEach(id -> keyByDoc.computeIfAbsent(span(id).doc(), d -> new ArrayList<>()).add(id));
    Map<String, List<String>> responseByDoc = new HashMap<>();
    response.forEach(
        id -> responseByDoc.computeIfAbsent(span(id).doc(), d -> new ArrayList<>()).add(id));
    Map<String, String> responseToKey = new HashMap<>();
    for (Map.Entry<String, List<String>> doc : responseByDoc.entrySet()) {
      List<String> gold = keyByDoc.getOrDefault(doc.getKey(), List.of());
      record Pair(String response, String key, int overlap, int lengthGap) {}
      List<Pair> pairs = new ArrayList<>();
      for (String r : doc.getValue()) {
        Span rs = span(r);
        for (String k : gold) {
          Span ks = span(k);
          int overlap = Math.min(rs.end(), ks.end()) - Math.max(rs.start(), ks.start());
          if (overlap > 0) {
            int gap = Math.abs((rs.end() - rs.start()) - (ks.end() - ks.start()));
            pairs.add(new Pair(r, k, overlap, gap));
          }
        }
      }
      pairs.sort(
          Comparator.comparingInt((Pair p) -> -p.overlap())
              .thenComparingInt(Pair::lengthGap)
              .thenComparing(Pair::response)
              .thenComparing(Pair::key));
      Set<String> usedKeys = new java.util.HashSet<>();
      for (Pair pair : pairs) {
        if (!responseToKey.containsKey(pair.response()) && usedKeys.add(pair.key())) {
          responseToKey.put(pair.response(), pair.key());
        }
      }
    }
    return responseToKey;
  }

  /** One TSV line of {@code --dump}: kind, article, start, end, chain:type, mention text. */
  private static String dumpLine(String kind, Mention m, String chain) {
    return String.join(
        "\t",
        kind,
        m.article(),
        Integer.toString(m.start()),
        Integer.toString(m.end()),
        chain,
        m.text().replace('\t', ' ').replace('\n', ' '));
  }
}
