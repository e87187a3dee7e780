package dev.storyweave.entities;

import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityLink;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoreEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.commons.codec.language.DoubleMetaphone;

/*
 * Linking a story's entities to the store is the story resolver's problem one level up, with one
 * difference that shapes every rule: within a story the articles tell of one event, so a spelling
 * variant of a name there is almost surely the same person, while across a store of many events
 * two look-alike names are often two people. So the name rules are the resolver's (NameSimilarity:
 * ICU transliteration, Jaro-Winkler, Double Metaphone; surname plus compatible given name; CLDR
 * place ids; word-by-word and acronym matches for organisations), but only an identical name form
 * links on its own:
 *
 *   EXACT    a full person name (or, for places and organisations, any form) written the same
 *            after folding and transliteration, or the same CLDR place: links without context;
 *   VARIANT  a spelling variant of a full name, or of a place or organisation name: links only when
 *            the story and the store entity share at least one co-occurring store entity;
 *   SURNAME  a one-word name that spells the surname of a full name (or two one-word names): links
 *            only with shared context, and only when no other candidate has as much.
 *
 * Vetoes come first and are never outweighed by context: types that disagree (a person is never a
 * place; the one exception is a one-word name, whose type the detector took from its sentence, that
 * links to an entity with three times its mentions and two shared co-occurring entities, as the
 * story resolver lets a garbled city that "said" something join the city), two different CLDR places, and two full person names whose canonical forms have different
 * surnames or incompatible given names. That is what keeps "Anna Novak" and "Anna Kowal" apart
 * however often they appear together, and "Jon Smyth" apart from "John Smith" unless the stories
 * around them overlap.
 *
 * Context is computed in rounds: exact links first, then the variant and surname links that the
 * exact ones support, then once more with those. The story's own resolution is trusted where it
 * kept two entities apart: two story entities never link to one store entity (the better-attested
 * one gets it, the other is new). Candidates are tried in a fixed order (most mentioned first, then
 * by id) so a run is reproducible.
 */
final class ContextStoreEntityLinker implements StoreEntityLinker {

  /** Co-occurring store entities a variant or surname-only link needs (tuned on the seeds). */
  static final int MIN_SHARED_CONTEXT = 1;

  /**
   * A one-word name's type comes from its sentence ("Kief said" makes a city a speaker), so it may
   * link across a type difference to an entity with this many times its mentions...
   */
  static final int RETYPE_RATIO = 3;

  /** ...and only with this much shared context. */
  static final int MIN_RETYPE_CONTEXT = 2;

  private static final int CONTEXT_ROUNDS = 3;
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final ThreadLocal<DoubleMetaphone> METAPHONE =
      ThreadLocal.withInitial(DoubleMetaphone::new);

  /** Distinct name forms whose words are remembered; a store repeats its names endlessly. */
  private static final int WORDS_CACHE = 100_000;

  private final Gazetteer gazetteer = Gazetteer.instance();
  // ICU transliteration is most of the cost of a link; the same forms come back in every story.
  private final Map<String, List<String>> wordsCache = new ConcurrentHashMap<>();

  private enum Kind {
    NONE,
    RETYPED,
    SURNAME,
    VARIANT,
    EXACT
  }

  @Override
  public List<EntityLink> link(List<Entity> story, Function<Entity, List<StoreEntity>> candidates) {
    int n = story.size();
    List<List<StoreEntity>> options = new ArrayList<>(n);
    List<List<Kind>> kinds = new ArrayList<>(n);
    Map<String, Profile> storeProfiles = new HashMap<>();
    for (Entity entity : story) {
      Profile own = profile(entity.type(), entity.name(), forms(entity));
      Map<String, StoreEntity> byId = new LinkedHashMap<>();
      List<StoreEntity> found = candidates.apply(entity);
      for (StoreEntity candidate : found == null ? List.<StoreEntity>of() : found) {
        byId.putIfAbsent(candidate.id(), candidate);
      }
      List<StoreEntity> sorted = new ArrayList<>(byId.values());
      sorted.sort(
          Comparator.comparingInt((StoreEntity c) -> -c.mentionCount())
              .thenComparing(StoreEntity::id));
      List<Kind> matched = new ArrayList<>(sorted.size());
      for (StoreEntity candidate : sorted) {
        Profile theirs =
            storeProfiles.computeIfAbsent(
                candidate.id(),
                id -> profile(candidate.type(), candidate.name(), candidate.forms().keySet()));
        Kind kind = match(own, theirs);
        if (kind == Kind.NONE
            && weaklyTyped(entity, own)
            && candidate.mentionCount() >= RETYPE_RATIO * entity.mentions().size()) {
          Kind ignoringType = match(own.retyped(candidate.type()), theirs);
          kind = ignoringType == Kind.NONE ? Kind.NONE : Kind.RETYPED;
        }
        matched.add(kind);
      }
      options.add(sorted);
      kinds.add(matched);
    }

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingInt((Integer i) -> -story.get(i).mentions().size())
            .thenComparing(i -> story.get(i).name()));

    String[] chosen = new String[n];
    String[] evidence = new String[n];
    Set<String> taken = new HashSet<>();
    for (int i : order) {
      for (int k = 0; k < options.get(i).size(); k++) {
        String id = options.get(i).get(k).id();
        if (kinds.get(i).get(k) == Kind.EXACT && !taken.contains(id)) {
          chosen[i] = id;
          evidence[i] = "same name";
          taken.add(id);
          break;
        }
      }
    }
    for (int round = 0; round < CONTEXT_ROUNDS; round++) {
      Set<String> context = new HashSet<>(taken);
      boolean changed = false;
      for (int i : order) {
        if (chosen[i] != null) {
          continue;
        }
        int best = -1;
        int bestSupport = -1;
        boolean ambiguous = false;
        for (int k = 0; k < options.get(i).size(); k++) {
          StoreEntity candidate = options.get(i).get(k);
          Kind kind = kinds.get(i).get(k);
          if (kind == Kind.NONE || kind == Kind.EXACT || taken.contains(candidate.id())) {
            continue;
          }
          int support = support(context, candidate);
          if (support < (kind == Kind.RETYPED ? MIN_RETYPE_CONTEXT : MIN_SHARED_CONTEXT)) {
            continue;
          }
          if (best < 0) {
            best = k;
            bestSupport = support;
            continue;
          }
          Kind bestKind = kinds.get(i).get(best);
          int byKind = kind.compareTo(bestKind);
          if (byKind > 0 || byKind == 0 && support > bestSupport) {
            best = k;
            bestSupport = support;
            ambiguous = false;
          } else if (byKind == 0 && support == bestSupport) {
            ambiguous = true;
          }
        }
        if (best >= 0 && !ambiguous) {
          String id = options.get(i).get(best).id();
          chosen[i] = id;
          evidence[i] =
              switch (kinds.get(i).get(best)) {
                    case VARIANT -> "spelling variant";
                    case SURNAME -> "surname only";
                    default -> "one-word name typed otherwise by its story";
                  }
                  + ", "
                  + bestSupport
                  + " shared co-occurring "
                  + (bestSupport == 1 ? "entity" : "entities");
          taken.add(id);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }

    List<EntityLink> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new EntityLink(story.get(i), chosen[i], chosen[i] == null ? "new" : evidence[i]));
    }
    return links;
  }

  @Override
  public Set<String> searchKeys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> words = words(name);
    if (words.isEmpty()) {
      return keys;
    }
    String placeId = gazetteer.placeId(String.join(" ", words));
    if (placeId != null) {
      keys.add("place:" + placeId);
    }
    DoubleMetaphone metaphone = METAPHONE.get();
    for (String word : words) {
      keys.add("w:" + word);
      if (word.length() >= 4) {
        // Jaro-Winkler weighs the first letters, Double Metaphone the sound: a variant close in
        // either shares one of these keys.
        keys.add("f:" + word.substring(0, 3));
        keys.add("m:" + metaphone.doubleMetaphone(word));
        keys.add("m:" + metaphone.doubleMetaphone(word, true));
      }
    }
    return keys;
  }

  @Override
  public String canonicalName(Map<String, Integer> forms) {
    return CanonicalNames.best(forms, this::words);
  }

  private static List<String> forms(Entity entity) {
    List<String> forms = new ArrayList<>();
    forms.add(entity.name());
    for (Mention mention : entity.mentions()) {
      forms.add(mention.text());
    }
    return forms;
  }

  private static int support(Set<String> context, StoreEntity candidate) {
    int shared = 0;
    for (String id : context) {
      if (candidate.cooccurring().containsKey(id)) {
        shared++;
      }
    }
    return shared;
  }

  /** The name evidence of one side of a link: its written forms as folded words. */
  private static final class Profile {
    final EntityType type;
    final boolean person;
    final List<String> canonical;
    final Set<List<String>> forms = new LinkedHashSet<>();
    final Set<List<String>> fullNames = new LinkedHashSet<>();
    final Set<String> singles = new LinkedHashSet<>();
    final Set<String> placeIds = new HashSet<>();
    final Set<String> acronyms = new HashSet<>();
    final Set<String> initials = new HashSet<>();

    Profile(EntityType type, boolean person, List<String> canonical) {
      this.type = type;
      this.person = person;
      this.canonical = canonical;
    }

    /** The same name evidence under another type (only one-word names are ever retyped). */
    Profile retyped(EntityType other) {
      Profile copy = new Profile(other, other == EntityType.PERSON, canonical);
      copy.forms.addAll(forms);
      copy.singles.addAll(singles);
      copy.placeIds.addAll(placeIds);
      copy.acronyms.addAll(acronyms);
      copy.initials.addAll(initials);
      return copy;
    }
  }

  private Profile profile(EntityType type, String name, Iterable<String> written) {
    List<String> canonical = nameWords(words(name));
    boolean person =
        type == EntityType.PERSON
            || type == EntityType.OTHER
                && canonical.size() >= 2
                && gazetteer.placeId(String.join(" ", canonical)) == null
                && canonical.stream()
                    .noneMatch(w -> gazetteer.isPlaceWord(w) || gazetteer.isDemonym(w));
    Profile profile = new Profile(type, person, canonical);
    for (String form : written) {
      List<String> words = words(form);
      if (words.isEmpty()) {
        continue;
      }
      profile.forms.add(words);
      String placeId = gazetteer.placeId(String.join(" ", words));
      if (placeId != null) {
        profile.placeIds.add(placeId);
      }
      List<String> nameOnly = nameWords(words);
      if (nameOnly.size() == 1) {
        profile.singles.add(nameOnly.get(0));
      } else if (person) {
        profile.fullNames.add(nameOnly);
      }
      String plain = form.strip();
      if (words.size() == 1
          && plain.length() >= 2
          && plain.equals(plain.toUpperCase(Locale.ROOT))) {
        profile.acronyms.add(words.get(0));
      }
      StringBuilder initials = new StringBuilder();
      for (String word : plain.split("[\\s\\-]+")) {
        if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
          initials.append(Character.toLowerCase(word.charAt(0)));
        }
      }
      if (initials.length() >= 2 && words.size() >= 2) {
        profile.initials.add(initials.toString());
      }
    }
    return profile;
  }

  private List<String> words(String form) {
    List<String> words = wordsCache.get(form);
    if (words == null) {
      if (wordsCache.size() >= WORDS_CACHE) {
        wordsCache.clear();
      }
      words = List.copyOf(NameSimilarity.words(form));
      wordsCache.put(form, words);
    }
    return words;
  }

  /** A story entity known only by one-word names, typed by context rather than by its name. */
  private static boolean weaklyTyped(Entity entity, Profile profile) {
    return entity.type() != EntityType.OTHER
        && profile.fullNames.isEmpty()
        && profile.forms.stream().allMatch(words -> words.size() == 1);
  }

  private static List<String> nameWords(List<String> words) {
    int end = words.size();
    while (end > 1 && SUFFIXES.contains(words.get(end - 1))) {
      end--;
    }
    return words.subList(0, end);
  }

  private static boolean typesCompatible(EntityType a, EntityType b) {
    return a == b || a == EntityType.OTHER || b == EntityType.OTHER;
  }

  private static Kind match(Profile story, Profile store) {
    if (!typesCompatible(story.type, store.type)) {
      return Kind.NONE;
    }
    if (!story.placeIds.isEmpty() && !store.placeIds.isEmpty()) {
      for (String id : story.placeIds) {
        if (store.placeIds.contains(id)) {
          return Kind.EXACT;
        }
      }
      return Kind.NONE;
    }
    if (story.person || store.person) {
      return personMatch(story, store);
    }
    for (List<String> form : story.forms) {
      if (store.forms.contains(form)) {
        return Kind.EXACT;
      }
    }
    for (List<String> a : story.forms) {
      for (List<String> b : store.forms) {
        if (wordByWord(a, b)) {
          return Kind.VARIANT;
        }
      }
    }
    if (acronym(story, store) || acronym(store, story)) {
      return Kind.VARIANT;
    }
    return Kind.NONE;
  }

  private static Kind personMatch(Profile story, Profile store) {
    if (!story.fullNames.isEmpty() && !store.fullNames.isEmpty()) {
      if (story.canonical.size() >= 2
          && store.canonical.size() >= 2
          && !maybeSamePerson(story.canonical, store.canonical)) {
        return Kind.NONE;
      }
      for (List<String> name : story.fullNames) {
        if (store.fullNames.contains(name)) {
          return Kind.EXACT;
        }
      }
      for (List<String> a : story.fullNames) {
        for (List<String> b : store.fullNames) {
          if (samePerson(a, b)) {
            return Kind.VARIANT;
          }
        }
      }
      return Kind.NONE;
    }
    Profile full = !story.fullNames.isEmpty() ? story : store;
    Profile single = full == story ? store : story;
    if (!full.fullNames.isEmpty()) {
      for (String word : single.singles) {
        for (List<String> name : full.fullNames) {
          if (NameSimilarity.similar(word, name.get(name.size() - 1))) {
            return Kind.SURNAME;
          }
        }
      }
      return Kind.NONE;
    }
    for (String a : story.singles) {
      for (String b : store.singles) {
        if (NameSimilarity.similar(a, b)) {
          return Kind.SURNAME;
        }
      }
    }
    return Kind.NONE;
  }

  /**
   * Surnames spell one word and given names are compatible (or one's given is the other's middle).
   */
  private static boolean samePerson(List<String> a, List<String> b) {
    if (!NameSimilarity.similar(a.get(a.size() - 1), b.get(b.size() - 1))) {
      return false;
    }
    if (NameSimilarity.givenCompatible(a.get(0), b.get(0))) {
      return true;
    }
    List<String> longer = a.size() >= b.size() ? a : b;
    List<String> shorter = longer == a ? b : a;
    for (int i = 1; i < longer.size() - 1; i++) {
      if (NameSimilarity.givenCompatible(shorter.get(0), longer.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The veto: a different surname or an incompatible given name means two people. */
  private static boolean maybeSamePerson(List<String> a, List<String> b) {
    if (!NameSimilarity.loosely(a.get(a.size() - 1), b.get(b.size() - 1))) {
      return false;
    }
    if (NameSimilarity.loosely(a.get(0), b.get(0))
        || NameSimilarity.givenCompatible(a.get(0), b.get(0))) {
      return true;
    }
    List<String> longer = a.size() >= b.size() ? a : b;
    List<String> shorter = longer == a ? b : a;
    for (int i = 1; i < longer.size() - 1; i++) {
      if (NameSimilarity.loosely(shorter.get(0), longer.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordByWord(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!NameSimilarity.similar(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean acronym(Profile shortSide, Profile longSide) {
    for (String acronym : shortSide.acronyms) {
      if (longSide.initials.contains(acronym)) {
        return true;
      }
    }
    return false;
  }
}
