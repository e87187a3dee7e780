package dev.storyweave.entities;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.Token;
import dev.storyweave.signals.SparseVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/*
 * Adds the mentions that are not names to resolved entities: third-person pronouns, role words
 * ("the host", "the surgeon general") and common nouns for the participants of a news event
 * ("the man", "the vessel", "the scene").
 *
 *  - A singular personal pronoun refers to the most recent person mentioned in the same or the
 *    previous two sentences (no gender model: news sentences rarely juggle two people); further
 *    from any person, to the person the article has named most so far.
 *  - A role written before a name ("host Ellen Hart"), after it in apposition ("Ann Lee, 33, the
 *    actress") or as the detector's title refers to that person wherever else it occurs without a
 *    name in the same article group, as long as the group gives the role to one entity only, or
 *    the article names only one of its holders. Any singular WordNet person noun can be a role.
 *  - Other participant nouns (a closed list of event nouns, and every noun whose first WordNet
 *    sense is a person, group, place, artifact or similar; see NounSenses) are grouped by lemma
 *    and number within an article group: within one event "the driver" of every article is the
 *    same driver. This is the same-head baseline of the coreference literature. Only a phrase's
 *    head counts ("prison" in "the prison van" does not), and a name modifying the head ("the
 *    Acme plant", or with one lower-case word between, "the Acme chemical plant") becomes part of
 *    the noun's mention instead of a mention of its own; allowing that one word raised ECB+ CoNLL
 *    F1 by 0.002 on train and 0.001 on dev, as ECB+ annotates the whole phrase.
 *  - An article group is one event of the story: articles are clustered by average linkage over
 *    half their resolved names' overlap and half the TF-IDF cosine of their words. Single-link
 *    name overlap, used before, chained two events that shared a place or an outlet into one group
 *    (ECB+ train: article B-cubed against sub-topics 0.79, now 0.87), so "the clinic" of one event
 *    was the clinic of the other; the change raised CoNLL F1 by 0.004 on train and on dev.
 *  - A noun's entity then joins a name's when the group has one name ending in that noun ("the
 *    church" / "Wasilla Bible Church"), or when one organisation or product name is the only name
 *    ever written before it ("the Acme plant" / "the plant"). Places modifying a noun ("a Boston
 *    man") never count, nor do person nouns ("an Acme employee").
 *  - A common noun opening a sentence ("Police said", "Prosecutors argued") counts as well,
 *    though capitalised: the detector leaves it alone, and skipping every capitalised noun lost
 *    those mentions (ECB+ CoNLL F1 +0.005 on train, +0.004 on dev). In a headline's title case a
 *    capital still means a name: taking its nouns too lost 0.001 on train.
 *  - A game's final score ("31-24", "20 - 13") is a participant mention, grouped by its digits
 *    within an article group. With the two joining rules, ECB+ CoNLL F1 rose by 0.005 on train
 *    and 0.003 on dev; the scores alone gave most of it (train has many games).
 *
 * Runs after name resolution so names decide identity; references only attach. Nothing here is
 * used unless the resolver is created with references, so the report's entity list (names only)
 * never holds a pronoun or a common noun.
 */
final class ReferenceLinker {

  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  // "their" is left out: a possessive determiner, it is seldom annotated as a mention itself.
  private static final Set<String> PLURAL = Set.of("they", "them", "themselves");

  /** Common nouns that name participants of news events, by the type they refer to. */
  private static final Map<String, EntityType> EVENT_NOUNS = new HashMap<>();

  static {
    for (String noun :
        List.of(
            "man",
            "woman",
            "boy",
            "girl",
            "officer",
            "suspect",
            "victim",
            "player",
            "actress",
            "singer",
            "star",
            "employee",
            "worker",
            "doctor",
            "gunman",
            "shooter",
            "attacker",
            "robber",
            "thief",
            "firefighter",
            "rescuer",
            "resident",
            "wife",
            "son",
            "daughter",
            "father",
            "mother",
            "brother",
            "sister",
            "teen",
            "teenager",
            "passenger",
            "pilot",
            "captain",
            "sailor",
            "soldier",
            "troop",
            "official",
            "spokeswoman",
            "publicist",
            "representative",
            "rep",
            "lawyer",
            "attorney",
            "judge",
            "prosecutor",
            "defendant",
            "family",
            "mayor",
            "governor",
            "president",
            "minister",
            "senator",
            "winner",
            "comedian",
            "rapper",
            "producer",
            "ceo",
            "chief",
            "founder",
            "quarterback",
            "guard",
            "forward",
            "center",
            "pitcher")) {
      EVENT_NOUNS.put(noun, EntityType.PERSON);
    }
    // Groups are organisations, never a person: "police said he ..." is not about the police.
    // Typed as persons before, they drew singular pronouns (ECB+ CoNLL F1 +0.001 train, +0.004
    // dev when they moved).
    for (String noun :
        List.of("police", "authorities", "company", "team", "crew", "army", "jury")) {
      EVENT_NOUNS.put(noun, EntityType.ORGANIZATION);
    }
    for (String noun :
        List.of(
            "scene",
            "area",
            "home",
            "building",
            "hospital",
            "store",
            "shop",
            "restaurant",
            "hotel",
            "school",
            "church",
            "street",
            "road",
            "highway",
            "freeway",
            "airport",
            "prison",
            "jail",
            "facility",
            "rehab",
            "center",
            "coast",
            "island",
            "region",
            "village",
            "town",
            "city",
            "site",
            "plant",
            "factory",
            "mine",
            "stadium",
            "arena",
            "court",
            "headquarters",
            "apartment",
            "residence",
            "bar",
            "club",
            "theater",
            "studio",
            "venue")) {
      EVENT_NOUNS.putIfAbsent(noun, EntityType.PLACE);
    }
    for (String noun :
        List.of(
            "car",
            "vehicle",
            "boat",
            "plane",
            "aircraft",
            "jet",
            "helicopter",
            "truck",
            "bus",
            "train",
            "gun",
            "weapon",
            "rifle",
            "phone",
            "laptop",
            "processor",
            "chip",
            "software",
            "device",
            "bomb",
            "missile",
            "drug",
            "drugs",
            "contract",
            "film",
            "movie",
            "album",
            "song",
            "book",
            "product")) {
      EVENT_NOUNS.putIfAbsent(noun, EntityType.OTHER);
    }
  }

  /**
   * Similarity of two groups of articles (average over their article pairs of half name overlap,
   * half TF-IDF cosine) above which they tell of one event. Tuned on ECB+ train, where it splits
   * each topic into its two sub-topics best (article B-cubed 0.87 against 0.79 for the single-link
   * name overlap it replaced).
   */
  static final double SAME_EVENT = 0.08;

  /** Stories with more articles than this are grouped by single linkage (quadratic). */
  static final int AVERAGE_LINKAGE_MAX = 400;

  private static final Set<String> STOP_WORDS =
      Set.of(
          "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "been", "has",
          "have", "had", "will", "would", "its", "his", "her", "their", "they", "who", "said",
          "says", "after", "over", "into", "than", "but", "not", "also", "which", "when");

  private final PosTagger tagger = PosTagger.shared();
  private final NounSenses senses = NounSenses.shared();

  /** A mutable entity under construction. */
  static final class Draft {
    String name;
    EntityType type;
    final List<Mention> mentions;
    final List<String> roles;

    Draft(String name, EntityType type, List<Mention> mentions, List<String> roles) {
      this.name = name;
      this.type = type;
      this.mentions = new ArrayList<>(mentions);
      this.roles = roles;
    }

    Entity toEntity() {
      mentions.sort(
          java.util.Comparator.comparing(Mention::article).thenComparingInt(Mention::start));
      return new Entity(name, type, mentions, roles);
    }
  }

  /** The entities with pronoun, role and event-noun mentions added. */
  List<Entity> link(List<StoryArticle> story, List<Entity> entities) {
    List<Draft> drafts = new ArrayList<>();
    Map<String, Integer> entityAt = new HashMap<>();
    Map<String, Integer> nameEndingAt = new HashMap<>();
    Map<String, Mention> nameAt = new HashMap<>();
    // Name mentions that take in the role written before them, applied once the walk is done.
    Map<Mention, Mention> widened = new HashMap<>();
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        nameAt.put(mention.article() + ":" + mention.start(), mention);
        entityAt.put(mention.article() + ":" + mention.start(), drafts.size());
        nameEndingAt.put(mention.article() + ":" + mention.end(), drafts.size());
      }
      drafts.add(new Draft(entity.name(), entity.type(), entity.mentions(), entity.roles()));
    }
    // Roles written right before a name: which entities does each role word introduce? Keyed by
    // article group and role, since two events of one story each have their own "the actress".
    Map<String, Integer> group = articleGroups(story, entities);
    Map<String, Set<Integer>> roleOwners = new HashMap<>();
    List<String[]> allTags = new ArrayList<>();
    for (StoryArticle article : story) {
      AnalyzedText text = article.text();
      String roleGroup = group.get(text.articleId()) + "#";
      for (Sentence sentence : text.sentences()) {
        String[] tags = tagger.tag(sentence);
        allTags.add(tags);
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
          Integer owner = entityAt.get(text.articleId() + ":" + tokens.get(i + 1).start());
          String lemma = roleLemma(tokens.get(i).text());
          if (owner != null && drafts.get(owner).type == EntityType.PERSON && lemma != null) {
            roleOwners.computeIfAbsent(roleGroup + lemma, k -> new HashSet<>()).add(owner);
          }
          // "The driver, Ann Lee, ...": the role, a comma and the name (ECB+ CoNLL F1 +0.001
          // on train and on dev).
          if (lemma != null && i + 2 < tokens.size() && tokens.get(i + 1).text().equals(",")) {
            Integer after = entityAt.get(text.articleId() + ":" + tokens.get(i + 2).start());
            if (after != null && drafts.get(after).type == EntityType.PERSON) {
              roleOwners.computeIfAbsent(roleGroup + lemma, k -> new HashSet<>()).add(after);
            }
          }
          // Apposition: "Ann Lee, the 33-year-old actress, ..." gives Ann Lee the role "actress".
          Integer named = entityAt.get(text.articleId() + ":" + tokens.get(i).start());
          if (named != null && drafts.get(named).type == EntityType.PERSON) {
            int end = endOfMention(tokens, i, text.articleId(), drafts.get(named));
            if (end + 1 < tokens.size() && tokens.get(end + 1).text().equals(",")) {
              int from = end + 2;
              // "Ann Lee, 33, the actress": an age between commas comes before the role.
              if (from + 1 < tokens.size()
                  && tags[from].equals("NUM")
                  && tokens.get(from + 1).text().equals(",")) {
                from += 2;
              }
              for (int k = from; k < Math.min(tokens.size(), from + 5); k++) {
                String appositive = roleLemma(tokens.get(k).text());
                if (tags[k].equals("NOUN")
                    && appositive != null
                    && (k + 1 >= tokens.size() || !tags[k + 1].equals("NOUN"))) {
                  roleOwners
                      .computeIfAbsent(roleGroup + appositive, x -> new HashSet<>())
                      .add(named);
                  break;
                }
                if (!Set.of("DET", "ADJ", "NUM", "PUNCT", "NOUN", "PROPN").contains(tags[k])
                    || tokens.get(k).text().equals(",")) {
                  break;
                }
              }
            }
          }
        }
      }
    }
    // Titles cut off names by the detector ("Surgeon General"): each word is a role of its owner,
    // in every article group where the owner is named.
    for (int e = 0; e < drafts.size(); e++) {
      if (drafts.get(e).type != EntityType.PERSON) {
        continue;
      }
      Set<Integer> groups = new HashSet<>();
      for (Mention mention : drafts.get(e).mentions) {
        Integer g = group.get(mention.article());
        if (g != null) {
          groups.add(g);
        }
      }
      for (String role : drafts.get(e).roles) {
        for (String word : role.toLowerCase(Locale.ROOT).split("\\s+")) {
          String lemma = roleLemma(word);
          if (lemma == null && Gazetteer.TITLES.contains(word) && word.length() > 3) {
            lemma = word;
          }
          if (lemma != null) {
            for (int g : groups) {
              roleOwners.computeIfAbsent(g + "#" + lemma, k -> new HashSet<>()).add(e);
            }
          }
        }
      }
    }
    Map<String, Integer> nominalEntity = new LinkedHashMap<>();
    // Names absorbed as modifiers by each noun entity ("the Acme plant"), by entity index.
    Map<Integer, Set<Integer>> modifiersOf = new HashMap<>();
    int tagIndex = 0;
    for (StoryArticle article : story) {
      AnalyzedText text = article.text();
      List<Integer> recentPersons = new ArrayList<>();
      List<Integer> recentSentence = new ArrayList<>();
      int lastPersonEnd = -1;
      int recentGroup = -1;
      int recentGroupSentence = -1;
      for (Sentence sentence : text.sentences()) {
        String[] tags = allTags.get(tagIndex++);
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          Token token = tokens.get(i);
          String id = text.articleId() + ":" + token.start();
          Integer named = entityAt.get(id);
          if (named != null) {
            if (drafts.get(named).type == EntityType.PERSON) {
              recentPersons.add(named);
              recentSentence.add(sentence.index());
              lastPersonEnd = endOfMention(tokens, i, text.articleId(), drafts.get(named));
            } else if (drafts.get(named).type == EntityType.ORGANIZATION) {
              recentGroup = named;
              recentGroupSentence = sentence.index();
            }
            continue;
          }
          String word = token.text().toLowerCase(Locale.ROOT);
          // "they" and "their" refer to the last group (an organisation or a plural noun) of the
          // same or the previous sentence.
          if (PLURAL.contains(word)) {
            if (recentGroup >= 0 && sentence.index() - recentGroupSentence <= 1) {
              drafts.get(recentGroup).mentions.add(mention(text, token));
            }
            continue;
          }
          // "Ann Lee, who ...": the relative pronoun right after a person and a comma.
          if (word.equals("who")
              && i >= 1
              && (lastPersonEnd == i - 1
                  || i >= 2 && tokens.get(i - 1).text().equals(",") && lastPersonEnd == i - 2)
              && !recentPersons.isEmpty()) {
            drafts
                .get(recentPersons.get(recentPersons.size() - 1))
                .mentions
                .add(mention(text, token));
            continue;
          }
          boolean possessive =
              word.equals("his")
                  || word.equals("her")
                      && i + 1 < tokens.size()
                      && Set.of("NOUN", "ADJ", "NUM", "PROPN").contains(tags[i + 1]);
          if ((MALE.contains(word) || FEMALE.contains(word))
              && !possessive
              && !recentPersons.isEmpty()) {
            int last = recentPersons.size() - 1;
            int lastSentence = recentSentence.get(last);
            if (i == 0 && lastSentence < sentence.index()) {
              // A pronoun opening a sentence continues the previous sentence's subject: the
              // first person of the last sentence that had one.
              while (last > 0 && recentSentence.get(last - 1) == lastSentence) {
                last--;
              }
            }
            if (recentPersons.get(last) >= entities.size()) {
              // "Ann Lee ... the star ... she": a person named in this sentence or the one before
              // is likelier than an unnamed one (the noun may be Lee herself, unlinked); ECB+
              // CoNLL F1 +0.0018 train, +0.0013 dev
              for (int k = last - 1; k >= 0 && sentence.index() - recentSentence.get(k) <= 1; k--) {
                if (recentPersons.get(k) < entities.size()) {
                  last = k;
                  lastSentence = recentSentence.get(k);
                  break;
                }
              }
            }
            if (sentence.index() - lastSentence <= 2) {
              drafts.get(recentPersons.get(last)).mentions.add(mention(text, token));
            } else {
              // Far from any person: the person the article is about so far.
              drafts.get(salient(recentPersons)).mentions.add(mention(text, token));
            }
            continue;
          }
          // A game's final score ("31-24", "20 - 13") is a participant of the game; every
          // article of the group that gives the same score means the same result.
          int scoreEnd = scoreEnd(tokens, i);
          if (scoreEnd >= 0) {
            String score = text.text().substring(token.start(), tokens.get(scoreEnd).end());
            String key = "score " + score.replace(" ", "") + "#" + group.get(text.articleId());
            Integer existing = nominalEntity.get(key);
            if (existing == null) {
              existing = drafts.size();
              drafts.add(new Draft(score.replace(" ", ""), EntityType.OTHER, List.of(), List.of()));
              nominalEntity.put(key, existing);
            }
            drafts
                .get(existing)
                .mentions
                .add(
                    new Mention(
                        score, text.articleId(), token.start(), tokens.get(scoreEnd).end()));
            i = scoreEnd;
            continue;
          }
          // A capital is a name's, except on the first word of a sentence ("Police said"); the
          // noun must still be a participant noun below.
          boolean capitalised = Character.isUpperCase(token.text().charAt(0));
          boolean opening =
              opensSentence(tokens, i)
                  && (tags[i].equals("NOUN") || tags[i].equals("PROPN"))
                  && token
                      .text()
                      .substring(1)
                      .equals(token.text().substring(1).toLowerCase(Locale.ROOT));
          if (capitalised ? !opening : !tags[i].equals("NOUN")) {
            continue;
          }
          String lemma = lemma(token.text());
          EntityType type = EVENT_NOUNS.get(lemma);
          boolean groupNoun = false;
          if (type == null) {
            NounSenses.Sense sense = senses.participant(token.text()).orElse(null);
            if (sense != null) {
              lemma = sense.lemma();
              type = sense.type();
              groupNoun = sense.group();
            }
          }
          Set<Integer> owners = roleOwners.get(group.get(text.articleId()) + "#" + lemma);
          if (type == null && (owners == null || owners.size() != 1)) {
            continue;
          }
          // Part of a name's role ("host Ellen Hart"): one noun phrase, so the name's mention
          // grows to take the role in. A mention of its own for the role, used before, was a
          // second mention of one phrase: ECB+ annotates the phrase once, and the extra mention
          // cost 0.010 of CoNLL F1 on train and 0.012 on dev.
          if (i + 1 < tokens.size()
              && entityAt.containsKey(text.articleId() + ":" + tokens.get(i + 1).start())) {
            Mention name = nameAt.get(text.articleId() + ":" + tokens.get(i + 1).start());
            widened.put(
                name,
                new Mention(
                    text.text().substring(token.start(), name.end()),
                    name.article(),
                    token.start(),
                    name.end()));
            continue;
          }
          // A noun modifying the next noun ("the prison van") is not the phrase's head.
          if (i + 1 < tokens.size()
              && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("PROPN"))) {
            continue;
          }
          Mention nounMention = mention(text, token);
          Integer absorbed = null;
          // A name before the head is its modifier ("the Acme plant", "a Boston man"): the
          // phrase is one mention, of the noun's entity, not also one of the name's.
          // One lower-case modifier may sit between the name and the head ("the Acme chemical
          // plant", "an Ohio rehab center"): the name still modifies the phrase.
          int before = i - 1;
          if (i >= 2
              && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("ADJ"))
              && !Character.isUpperCase(tokens.get(i - 1).text().charAt(0))
              && !nameEndingAt.containsKey(text.articleId() + ":" + tokens.get(i - 1).end())
              && nameEndingAt.containsKey(text.articleId() + ":" + tokens.get(i - 2).end())) {
            before = i - 2;
          }
          int modifierEnd = tokens.get(Math.max(before, 0)).end();
          if (i >= 1) {
            Integer modifier = nameEndingAt.get(text.articleId() + ":" + modifierEnd);
            if (modifier != null) {
              Mention name = null;
              for (Mention m : drafts.get(modifier).mentions) {
                if (m.article().equals(text.articleId()) && m.end() == modifierEnd) {
                  name = m;
                }
              }
              if (name != null) {
                drafts.get(modifier).mentions.remove(name);
                // the phrase starts where the name does, with any role it took in ("the office
                // Christmas party")
                int from = widened.getOrDefault(name, name).start();
                absorbed = modifier;
                nounMention =
                    new Mention(
                        text.text().substring(from, token.end()),
                        text.articleId(),
                        from,
                        token.end());
              }
            }
          }
          Integer namedHere = null;
          if (owners != null && owners.size() > 1) {
            // Two people of the story hold the role: the one this article names.
            for (int owner : owners) {
              if (drafts.get(owner).mentions.stream()
                  .anyMatch(m -> m.article().equals(text.articleId()))) {
                namedHere = namedHere == null ? owner : -1;
              }
            }
          }
          int target;
          if (owners != null && owners.size() == 1) {
            target = owners.iterator().next();
          } else if (namedHere != null && namedHere >= 0) {
            target = namedHere;
          } else {
            // "the officer" and "the officers" are different participants.
            String number = lemma.equals(word) ? "" : "+s";
            String key = lemma + number + "#" + group.get(text.articleId());
            Integer existing = nominalEntity.get(key);
            if (existing == null) {
              existing = drafts.size();
              drafts.add(new Draft(lemma, type, List.of(), List.of()));
              nominalEntity.put(key, existing);
            }
            target = existing;
          }
          drafts.get(target).mentions.add(nounMention);
          if (absorbed != null && target >= entities.size()) {
            modifiersOf.computeIfAbsent(target, k -> new HashSet<>()).add(absorbed);
          }
          boolean plural =
              groupNoun
                  || !lemma.equals(word)
                  || lemma.equals("police")
                  || lemma.equals("authorities");
          if (plural) {
            recentGroup = target;
            recentGroupSentence = sentence.index();
          } else if (drafts.get(target).type == EntityType.PERSON) {
            recentPersons.add(target);
            recentSentence.add(sentence.index());
            lastPersonEnd = i;
          }
        }
      }
    }
    if (!widened.isEmpty()) {
      for (Draft draft : drafts) {
        draft.mentions.replaceAll(m -> widened.getOrDefault(m, m));
      }
    }
    attachByGender(drafts, entities.size(), nominalEntity, group);
    attachToDominantOrganisation(drafts, entities.size(), nominalEntity, group);
    joinPlaceWithRegion(story, drafts);
    attachToNamesWithTheirHead(drafts, entities.size(), nominalEntity, group);
    attachToModifyingNames(drafts, modifiersOf);
    List<Entity> out = new ArrayList<>();
    for (Draft draft : drafts) {
      // A name whose only mentions modified nouns ("the Acme plant") has nothing left.
      if (!draft.mentions.isEmpty()) {
        out.add(draft.toEntity());
      }
    }
    return out;
  }

  /**
   * Articles that tell of the same event: average-linkage clustering of the story's articles over a
   * similarity that mixes the overlap of their resolved names (Jaccard) and the cosine of their
   * TF-IDF word vectors (weights from the story itself), stopping when the best pair of groups is
   * below {@link #SAME_EVENT}. Within one event "the driver" of every article is the same driver; a
   * story that holds two events (or a mis-clustered article) keeps their nouns apart. Stories of
   * more than {@link #AVERAGE_LINKAGE_MAX} articles use single linkage on the same similarity,
   * which is quadratic instead of cubic.
   */
  static Map<String, Integer> articleGroups(List<StoryArticle> story, List<Entity> entities) {
    Map<String, Set<Integer>> names = new LinkedHashMap<>();
    for (StoryArticle article : story) {
      names.put(article.id(), new HashSet<>());
    }
    for (int e = 0; e < entities.size(); e++) {
      for (Mention mention : entities.get(e).mentions()) {
        Set<Integer> set = names.get(mention.article());
        if (set != null) {
          set.add(e);
        }
      }
    }
    List<String> ids = new ArrayList<>(names.keySet());
    List<Map<String, Double>> vectors = tfIdf(story);
    int n = ids.size();
    double[][] similarity = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Set<Integer> a = names.get(ids.get(i));
        Set<Integer> b = names.get(ids.get(j));
        long shared = a.stream().filter(b::contains).count();
        int union = a.size() + b.size() - (int) shared;
        double jaccard = union == 0 ? 0 : (double) shared / union;
        double value = (jaccard + SparseVectors.dot(vectors.get(i), vectors.get(j))) / 2;
        similarity[i][j] = value;
        similarity[j][i] = value;
      }
    }
    int[] cluster =
        n > AVERAGE_LINKAGE_MAX ? singleLinkage(similarity) : averageLinkage(similarity);
    Map<String, Integer> group = new HashMap<>();
    for (int i = 0; i < n; i++) {
      group.put(ids.get(i), cluster[i]);
    }
    return group;
  }

  /**
   * Average linkage (UPGMA, Lance-Williams update) down to {@link #SAME_EVENT}; a group id each.
   */
  private static int[] averageLinkage(double[][] similarity) {
    int n = similarity.length;
    double[][] s = new double[n][];
    for (int i = 0; i < n; i++) {
      s[i] = similarity[i].clone();
    }
    int[] size = new int[n];
    int[] owner = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      owner[i] = i;
      alive[i] = true;
    }
    double threshold = SAME_EVENT;
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (alive[j] && s[i][j] > best) {
            best = s[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0 || best < threshold) {
        break;
      }
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bi && k != bj) {
          double merged = (s[bi][k] * size[bi] + s[bj][k] * size[bj]) / (size[bi] + size[bj]);
          s[bi][k] = merged;
          s[k][bi] = merged;
        }
      }
      size[bi] += size[bj];
      alive[bj] = false;
      for (int k = 0; k < n; k++) {
        if (owner[k] == bj) {
          owner[k] = bi;
        }
      }
    }
    return owner;
  }

  private static int[] singleLinkage(double[][] similarity) {
    int n = similarity.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    double threshold = SAME_EVENT;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (similarity[i][j] >= threshold) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = root(parent, i);
    }
    return group;
  }

  /**
   * Unit-length TF-IDF vectors of the articles' content words (lower-cased letters, three or more,
   * no English stop words), with document frequencies counted over the story; a word every article
   * uses tells nothing apart and is left out.
   */
  private static List<Map<String, Double>> tfIdf(List<StoryArticle> story) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (StoryArticle article : story) {
      Map<String, Integer> tf = new HashMap<>();
      for (Sentence sentence : article.text().sentences()) {
        for (Token token : sentence.tokens()) {
          String word = token.text().toLowerCase(Locale.ROOT);
          if (word.length() >= 3
              && word.chars().allMatch(Character::isLetter)
              && !STOP_WORDS.contains(word)) {
            tf.merge(word, 1, Integer::sum);
          }
        }
      }
      counts.add(tf);
    }
    return SparseVectors.tfIdf(counts);
  }

  /**
   * "the woman" and "the actress" are the one woman the article group names: a singular person noun
   * whose first WordNet sense is a male or female person joins the named person of its group whose
   * linked pronouns give the same gender, when exactly one does. A name's gender is read from its
   * own pronouns (two or more, four to one against the other gender), never from the name, so the
   * rule needs no list of first names and holds for names of any origin. ECB+ CoNLL F1 +0.0002 on
   * train, +0.0008 on dev: small, because most groups name more than one person of a gender.
   */
  /**
   * The gender of each named person (index below {@code names}) that its linked pronouns give: two
   * or more, four to one against the other gender. True for female.
   */
  private static Map<Integer, Boolean> pronounGenders(List<Draft> drafts, int names) {
    Map<Integer, Boolean> femaleOf = new HashMap<>();
    for (int e = 0; e < names; e++) {
      Draft draft = drafts.get(e);
      if (draft.type != EntityType.PERSON) {
        continue;
      }
      int male = 0;
      int female = 0;
      for (Mention m : draft.mentions) {
        String word = m.text().toLowerCase(Locale.ROOT);
        if (MALE.contains(word)) {
          male++;
        } else if (FEMALE.contains(word)) {
          female++;
        }
      }
      if (male >= 2 && female * 4 <= male) {
        femaleOf.put(e, false);
      } else if (female >= 2 && male * 4 <= female) {
        femaleOf.put(e, true);
      }
    }
    return femaleOf;
  }

  private void attachByGender(
      List<Draft> drafts,
      int names,
      Map<String, Integer> nominalEntity,
      Map<String, Integer> group) {
    Map<Integer, Boolean> femaleOf = pronounGenders(drafts, names);
    for (Map.Entry<String, Integer> nominal : nominalEntity.entrySet()) {
      Draft noun = drafts.get(nominal.getValue());
      if (noun.mentions.isEmpty()
          || noun.type != EntityType.PERSON
          || nominal.getKey().contains("+s#")) {
        continue;
      }
      Boolean female = senses.female(noun.name).orElse(null);
      if (female == null) {
        continue;
      }
      String nounGroup = groupOfKey(nominal.getKey());
      Set<Integer> fits = new HashSet<>();
      for (Map.Entry<Integer, Boolean> person : femaleOf.entrySet()) {
        if (person.getValue().equals(female)
            && mentionsIn(drafts.get(person.getKey()), group, nounGroup) > 0) {
          fits.add(person.getKey());
        }
      }
      if (fits.size() == 1) {
        drafts.get(fits.iterator().next()).mentions.addAll(noun.mentions);
        noun.mentions.clear();
      }
    }
  }

  /** What joins a place to the place that locates it: a comma, or in/of/near/outside/at. */
  private static final java.util.regex.Pattern PLACE_LINK =
      java.util.regex.Pattern.compile("\\s*,\\s+|\\s+(?:in|of|near|outside|at)\\s+(?:the\\s+)?");

  /**
   * "Wasilla, Alaska", "the federal prison in Springfield, Mo.", "a store near downtown Lyon": a
   * place (a name or a place noun) and the places that locate it are one place phrase, so they
   * become one mention, of the first place; the others keep their other mentions. Two or three
   * mentions for one phrase counted against precision wherever a corpus annotates the phrase whole,
   * as ECB+ does its locations (CoNLL F1 +0.0026 on train and +0.0001 on dev for the comma; with
   * the prepositions +0.0044 and +0.0083 more). Only for references: the report's names list every
   * place.
   */
  private static void joinPlaceWithRegion(List<StoryArticle> story, List<Draft> drafts) {
    Map<String, String> texts = new HashMap<>();
    for (StoryArticle article : story) {
      texts.put(article.id(), article.text().text());
    }
    record Placed(Draft draft, Mention mention) {}
    Map<String, List<Placed>> byArticle = new HashMap<>();
    for (Draft draft : drafts) {
      if (draft.type != EntityType.PERSON) {
        for (Mention m : draft.mentions) {
          byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Placed(draft, m));
        }
      }
    }
    for (Map.Entry<String, List<Placed>> entry : byArticle.entrySet()) {
      String text = texts.get(entry.getKey());
      List<Placed> places = entry.getValue();
      places.sort(java.util.Comparator.comparingInt(p -> p.mention().start()));
      for (int k = 0; k + 1 < places.size(); k++) {
        Placed place = places.get(k);
        Placed region = places.get(k + 1);
        String between =
            text == null ? "" : text.substring(place.mention().end(), region.mention().start());
        if (text == null
            || place.draft() == region.draft()
            || !PLACE_LINK.matcher(between).matches()) {
          continue;
        }
        // After a comma the region may be a name the gazetteer does not know ("Mo.", "Calif."),
        // so untyped; after a preposition only a place locates (+0.0008 train, +0.0003 dev).
        EntityType regionType = region.draft().type;
        boolean locates =
            regionType == EntityType.PLACE
                || regionType == EntityType.OTHER && between.contains(",");
        if (place.draft().type != EntityType.PLACE || !locates) {
          continue;
        }
        Mention joined =
            new Mention(
                text.substring(place.mention().start(), region.mention().end()),
                place.mention().article(),
                place.mention().start(),
                region.mention().end());
        place.draft().mentions.set(place.draft().mentions.indexOf(place.mention()), joined);
        region.draft().mentions.remove(region.mention());
        // the joined phrase may take the next place in too ("a prison in Springfield, Mo.")
        places.set(k + 1, new Placed(place.draft(), joined));
      }
    }
  }

  /** The article group of a noun entity's key ("driver+s#3" gives "3"). */
  private static String groupOfKey(String key) {
    return key.substring(key.lastIndexOf('#') + 1);
  }

  /** How many of the draft's mentions lie in articles of article group {@code groupId}. */
  private static int mentionsIn(Draft draft, Map<String, Integer> group, String groupId) {
    int count = 0;
    for (Mention m : draft.mentions) {
      if (String.valueOf(group.get(m.article())).equals(groupId)) {
        count++;
      }
    }
    return count;
  }

  /** WordNet senses whose kinds stand for the one business or side a story is about. */
  private static final Set<String> BUSINESS_KINDS = Set.of("company", "team");

  /** How many times the next organisation's mentions the dominant one needs. */
  static final int DOMINANCE = 3;

  /**
   * "the company" and "the team": a singular noun for a business or a side (WordNet: a kind of
   * company or team) joins the organisation its article group names most, when that one has at
   * least three mentions there and three times those of any other organisation. Joining any
   * participant noun to the most-mentioned name of its type lost on ECB+; these two kinds, where a
   * story's company or team is nearly always the one it is about, gained +0.0012 CoNLL F1 on dev
   * (train unchanged).
   */
  private void attachToDominantOrganisation(
      List<Draft> drafts,
      int names,
      Map<String, Integer> nominalEntity,
      Map<String, Integer> group) {
    for (Map.Entry<String, Integer> nominal : nominalEntity.entrySet()) {
      Draft noun = drafts.get(nominal.getValue());
      if (noun.mentions.isEmpty()
          || nominal.getKey().contains("+s#")
          || !senses.isKindOf(noun.name, BUSINESS_KINDS)) {
        continue;
      }
      String nounGroup = groupOfKey(nominal.getKey());
      int best = -1;
      int bestCount = 0;
      int second = 0;
      for (int e = 0; e < names; e++) {
        Draft name = drafts.get(e);
        if (name.type != EntityType.ORGANIZATION) {
          continue;
        }
        int count = mentionsIn(name, group, nounGroup);
        if (count > bestCount) {
          second = bestCount;
          bestCount = count;
          best = e;
        } else if (count > second) {
          second = count;
        }
      }
      if (best >= 0 && bestCount >= 3 && bestCount >= DOMINANCE * second) {
        drafts.get(best).mentions.addAll(noun.mentions);
        noun.mentions.clear();
      }
    }
  }

  /**
   * "the church" and "Wasilla Bible Church": the name of the article group whose last word is a
   * common noun's head is what the noun stands for, when the group has exactly one such name. The
   * noun's whole entity (every article of the group) joins the name's. A one-word name counts too
   * ("the Navy" / "the navy"; ECB+ CoNLL F1 +0.002 train, +0.001 dev).
   */
  private static void attachToNamesWithTheirHead(
      List<Draft> drafts,
      int names,
      Map<String, Integer> nominalEntity,
      Map<String, Integer> group) {
    Map<String, Set<Integer>> namesByHead = new HashMap<>();
    for (int e = 0; e < names; e++) {
      for (Mention m : drafts.get(e).mentions) {
        List<String> words = NameSimilarity.words(m.text());
        if (!words.isEmpty()) {
          namesByHead
              .computeIfAbsent(
                  lemma(words.get(words.size() - 1)) + "#" + group.get(m.article()),
                  k -> new HashSet<>())
              .add(e);
        }
      }
    }
    for (Map.Entry<String, Integer> nominal : nominalEntity.entrySet()) {
      // Keys are lemma, "+s" for a plural, "#" and the group: "cables" goes with "SMW4 cable".
      Set<Integer> named = namesByHead.get(nominal.getKey().replace("+s#", "#"));
      if (named != null && named.size() == 1) {
        Draft from = drafts.get(nominal.getValue());
        Draft name = drafts.get(named.iterator().next());
        // A one-word name is the noun itself capitalised ("the Navy" / "the navy"): it needs the
        // noun's type, or none, and an untyped one takes the noun's.
        if (name.type != from.type
            && name.type != EntityType.OTHER
            && name.mentions.stream().allMatch(m -> NameSimilarity.words(m.text()).size() == 1)) {
          continue;
        }
        if (name.type == EntityType.OTHER) {
          name.type = from.type;
        }
        name.mentions.addAll(from.mentions);
        from.mentions.clear();
      }
    }
  }

  /**
   * "the Internet Explorer browser", "the Acme store": a common noun that an organisation or
   * product name modifies names that organisation or product, so the noun's entity joins the name's
   * when only one such name ever modifies it. A place ("a Boston man", "the Paris store") modifies
   * without being the thing, and a person noun ("an Acme employee") is never the organisation it
   * works for.
   */
  private static void attachToModifyingNames(
      List<Draft> drafts, Map<Integer, Set<Integer>> modifiersOf) {
    for (Map.Entry<Integer, Set<Integer>> entry : modifiersOf.entrySet()) {
      Draft nominal = drafts.get(entry.getKey());
      if (nominal.type == EntityType.PERSON || nominal.mentions.isEmpty()) {
        continue;
      }
      Set<Integer> owners = new HashSet<>();
      for (int m : entry.getValue()) {
        if (drafts.get(m).type != EntityType.PLACE) {
          owners.add(m);
        }
      }
      if (owners.size() == 1) {
        drafts.get(owners.iterator().next()).mentions.addAll(nominal.mentions);
        nominal.mentions.clear();
      }
    }
  }

  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("[1-9][0-9]{0,2}-[0-9]{1,3}");
  private static final java.util.regex.Pattern POINTS =
      java.util.regex.Pattern.compile("[1-9][0-9]{0,2}|0");
  private static final java.util.regex.Pattern POINTS_DASH =
      java.util.regex.Pattern.compile("(?:[1-9][0-9]{0,2}|0)-");

  /**
   * The index of the last token of a score that starts at token {@code i}, or -1: "31-24" as one
   * token, as "31-" and "24", or as "20", "-", "13". A number joined by another hyphen, slash or
   * decimal point on either side (a date "2009-10-12", a range, "5.6") is not a score.
   */
  static int scoreEnd(List<Token> tokens, int i) {
    String first = tokens.get(i).text();
    if (i > 0 && joins(tokens.get(i - 1).text(), true)) {
      return -1;
    }
    int end;
    if (SCORE.matcher(first).matches()) {
      end = i;
    } else if (POINTS_DASH.matcher(first).matches()
        && i + 1 < tokens.size()
        && POINTS.matcher(tokens.get(i + 1).text()).matches()) {
      end = i + 1;
    } else if (POINTS.matcher(first).matches()
        && i + 2 < tokens.size()
        && tokens.get(i + 1).text().equals("-")
        && POINTS.matcher(tokens.get(i + 2).text()).matches()) {
      end = i + 2;
    } else {
      return -1;
    }
    if (end + 1 < tokens.size() && joins(tokens.get(end + 1).text(), false)) {
      return -1;
    }
    return end;
  }

  /** Whether a token next to a number ties it into a longer number, date or range. */
  private static boolean joins(String token, boolean before) {
    if (token.equals("-") || token.equals("/")) {
      return true;
    }
    return before
        ? token.endsWith("-") || token.endsWith("/") || token.matches(".*[0-9]\\.")
        : token.startsWith("-") || token.startsWith("/") || token.matches("\\.[0-9].*");
  }

  /** Whether token {@code i} is the first word of its sentence, after any opening quotes. */
  private static boolean opensSentence(List<Token> tokens, int i) {
    for (int k = 0; k < i; k++) {
      String t = tokens.get(k).text();
      if (t.chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return true;
  }

  /** The person mentioned most often in {@code recent}, the earliest on a tie. */
  private static int salient(List<Integer> recent) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (int person : recent) {
      counts.merge(person, 1, Integer::sum);
    }
    int best = recent.get(0);
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > counts.get(best)) {
        best = entry.getKey();
      }
    }
    return best;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * The lemma of a singular noun that can be a person's role ("actress", "teenager", "deputy"), or
   * null.
   */
  private String roleLemma(String word) {
    String lemma = lemma(word);
    if (EVENT_NOUNS.get(lemma) == EntityType.PERSON || Gazetteer.ROLE_NOUNS.contains(lemma)) {
      return lemma;
    }
    NounSenses.Sense sense = senses.participant(word).orElse(null);
    if (sense != null && sense.type() == EntityType.PERSON && !sense.group()) {
      return sense.lemma();
    }
    return null;
  }

  /** Index of the last token of the name mention that starts at token {@code i}. */
  private static int endOfMention(List<Token> tokens, int i, String article, Draft draft) {
    int start = tokens.get(i).start();
    for (Mention mention : draft.mentions) {
      // a name's mention may start earlier, at the role written before it ("host Ann Lee")
      if (mention.article().equals(article) && mention.start() <= start && mention.end() > start) {
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).start() < mention.end()) {
          j++;
        }
        return j;
      }
    }
    return i;
  }

  private static Mention mention(AnalyzedText text, Token token) {
    return new Mention(token.text(), text.articleId(), token.start(), token.end());
  }

  /** Lower case, a regular plural cut to its singular. */
  static String lemma(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (EVENT_NOUNS.containsKey(lower)) {
      return lower;
    }
    if (lower.endsWith("men")) {
      return lower.substring(0, lower.length() - 3) + "man";
    }
    if (lower.endsWith("ies") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }
}
