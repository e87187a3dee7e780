package dev.storyweave.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyweave.entities.StoreEntityLinker;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityLink;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoreEntity;
import dev.storyweave.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/*
 * Where the registry lives. It is a second Lucene index, entities/, next to the article index
 * articles/ in the store directory, rather than documents of another kind inside articles/:
 *
 *  - articles are committed during ingest, every N articles, so that a killed ingest resumes; the
 *    registry can only be written after analysis, minutes later. One commit for both would mean
 *    holding every article of a run uncommitted until its analysis ends, giving up the ingest's
 *    crash-resume contract. What matters for consistency is the order, and two indexes give it: the
 *    registry is committed only after the articles it cites, so after a kill at any point every
 *    article the registry names is in the article store, and the worst a kill does is drop the
 *    links of the run in flight (re-running analyze links them again, idempotently);
 *  - the article index's readers (all(), size(), the "committed N articles" count, content-hash
 *    de-duplication) treat every document as an article; another kind of document there would have
 *    to be filtered out of each of them, now and in every future reader;
 *  - the registry's write lock is its own, so `storyweave entities` reads the last registry commit
 *    while an ingest writes articles, and a second analyze is refused up front.
 *
 * Inside entities/, three kinds of documents change together in one commit per analyze run, so a
 * commit is atomic for all of them (Lucene writes segments_N only after fsyncing every file it
 * names; a reader opens the newest complete one):
 *
 *  - entity:  id, search keys of every form (StoreEntityLinker.searchKeys), and a JSON summary —
 *             forms with counts, type votes, co-occurring entity ids with counts;
 *  - mention: one per (article, start, end), keyed by that, naming its entity and story. The key
 *             makes re-linking idempotent: a mention already linked to the same entity adds
 *             nothing, one linked elsewhere moves and its count with it;
 *  - story:   keyed by a hash of its sorted article ids, with its headline and articles.
 *
 * The next free entity id travels in the commit's user data, so ids are never reused, even for an
 * entity that was linked in a run killed before its commit. Reads go through a near-real-time
 * searcher refreshed before each link, so a run's later stories see its earlier ones.
 */
final class LuceneEntityRegistry implements EntityRegistry {

  private static final String KIND = "kind";
  private static final String KIND_ENTITY = "entity";
  private static final String KIND_MENTION = "mention";
  private static final String KIND_STORY = "story";
  private static final String ID = "id";
  private static final String SEARCH_KEY = "key";
  private static final String DATA = "data";
  private static final String COUNT = "count";
  private static final String MENTION_KEY = "mention_key";
  private static final String OF = "of";
  private static final String STORY_KEY = "story_key";
  private static final String NEXT_ID = "next_id";

  private static final int CANDIDATES = 20;
  private static final int MAX_KEYS = 256;

  /** Co-occurring entities kept per entity; the rarest go first (a hub names thousands). */
  private static final int MAX_CONTEXT = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;
  private final FSDirectory index;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final IndexSearcher readOnly;
  private final StoreEntityLinker linker = StoreEntityLinker.create();
  private long nextId;
  private boolean dirty;

  private LuceneEntityRegistry(
      Path directory, FSDirectory index, IndexWriter writer, IndexSearcher readOnly)
      throws IOException {
    this.directory = directory;
    this.index = index;
    this.writer = writer;
    this.searchers = writer == null ? null : new SearcherManager(writer, null);
    this.readOnly = readOnly;
    this.nextId = 1;
    if (writer != null && writer.getLiveCommitData() != null) {
      for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
        if (entry.getKey().equals(NEXT_ID)) {
          nextId = Long.parseLong(entry.getValue());
        }
      }
    }
  }

  static LuceneEntityRegistry open(Path storeDirectory) throws IOException {
    Files.createDirectories(storeDirectory);
    FSDirectory index = FSDirectory.open(storeDirectory.resolve("entities"));
    IndexWriterConfig config = new IndexWriterConfig();
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    try {
      return new LuceneEntityRegistry(storeDirectory, index, new IndexWriter(index, config), null);
    } catch (LockObtainFailedException e) {
      index.close();
      throw new IOException(
          "entity registry of store " + storeDirectory + " is in use by another storyweave process",
          e);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  static LuceneEntityRegistry openReadOnly(Path storeDirectory) throws IOException {
    Path path = storeDirectory.resolve("entities");
    if (!Files.isDirectory(path)) {
      return new LuceneEntityRegistry(
          storeDirectory, null, null, new IndexSearcher(new MultiReader()));
    }
    FSDirectory index = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(index)) {
        return new LuceneEntityRegistry(
            storeDirectory, index, null, new IndexSearcher(new MultiReader()));
      }
      return new LuceneEntityRegistry(
          storeDirectory, index, null, new IndexSearcher(DirectoryReader.open(index)));
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  @Override
  public synchronized Story link(Story story) throws IOException {
    if (writer == null) {
      throw new IllegalStateException("entity registry of " + directory + " is open read-only");
    }
    refresh();
    List<Entity> entities = story.entities();
    if (entities.isEmpty()) {
      return story;
    }
    String storyKey = storyKey(story.articles());
    List<EntityLink> links = linker.link(entities, this::candidates);

    Map<String, Summary> touched = new LinkedHashMap<>();
    String[] ids = new String[entities.size()];
    boolean[] fresh = new boolean[entities.size()];
    Set<String> seenMentions = new HashSet<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      List<Mention> own = new ArrayList<>();
      for (Mention mention : entity.mentions()) {
        if (seenMentions.add(mentionKey(mention))) {
          own.add(mention);
        }
      }
      if (own.isEmpty() && links.get(i).isNew()) {
        continue; // nothing of its own to record: no store entity without a mention
      }
      String id = links.get(i).isNew() ? "E" + nextId++ : links.get(i).storeEntityId();
      ids[i] = id;
      Summary summary = summary(touched, id);
      for (Mention mention : own) {
        String key = mentionKey(mention);
        Document previous = first(new TermQuery(new Term(MENTION_KEY, key)));
        String previousEntity = previous == null ? null : previous.get(OF);
        if (!id.equals(previousEntity)) {
          if (previousEntity != null) {
            summary(touched, previousEntity).remove(previous.get("text"), previous.get("type"));
          }
          summary.add(mention.text(), entity.type());
          fresh[i] = true;
        }
        writer.updateDocument(
            new Term(MENTION_KEY, key), mentionDocument(key, id, storyKey, mention, entity));
      }
    }
    for (int i = 0; i < entities.size(); i++) {
      if (!fresh[i]) {
        continue;
      }
      Summary summary = touched.get(ids[i]);
      for (int j = 0; j < entities.size(); j++) {
        if (ids[j] != null && !ids[j].equals(ids[i])) {
          summary.cooccurring.merge(ids[j], 1, Integer::sum);
        }
      }
    }
    for (Map.Entry<String, Summary> entry : touched.entrySet()) {
      Term term = new Term(ID, entry.getKey());
      if (entry.getValue().forms.isEmpty()) {
        writer.deleteDocuments(term);
      } else {
        writer.updateDocument(term, entityDocument(entry.getKey(), entry.getValue()));
      }
    }
    Document storyDocument = new Document();
    storyDocument.add(new StringField(KIND, KIND_STORY, Field.Store.NO));
    storyDocument.add(new StringField(STORY_KEY, storyKey, Field.Store.YES));
    storyDocument.add(new StoredField("headline", story.headline()));
    for (String article : story.articles()) {
      storyDocument.add(new StoredField("article", article));
    }
    writer.updateDocument(new Term(STORY_KEY, storyKey), storyDocument);
    dirty = true;

    List<Entity> linked = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      linked.add(entities.get(i).withStoreEntityId(ids[i]));
    }
    return new Story(
        story.id(),
        story.headline(),
        story.articles(),
        story.derivations(),
        linked,
        story.quotes(),
        story.claims(),
        story.timeline(),
        story.keyPoints(),
        story.disagreements());
  }

  @Override
  public synchronized long commit() throws IOException {
    if (writer == null) {
      throw new IllegalStateException("entity registry of " + directory + " is open read-only");
    }
    writer.setLiveCommitData(Map.of(NEXT_ID, Long.toString(nextId)).entrySet());
    writer.commit();
    dirty = true;
    return size();
  }

  @Override
  public synchronized Optional<StoreEntity> get(String id) throws IOException {
    return Optional.ofNullable(first(new TermQuery(new Term(ID, id))))
        .map(LuceneEntityRegistry::toStoreEntity);
  }

  @Override
  public synchronized List<StoreEntity> entities(int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    return withSearcher(
        searcher -> {
          Sort sort =
              new Sort(
                  new SortField(COUNT, SortField.Type.LONG, true),
                  new SortField(ID, SortField.Type.STRING));
          TopDocs top = searcher.search(kind(KIND_ENTITY), limit, sort);
          List<StoreEntity> out = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            out.add(toStoreEntity(searcher.storedFields().document(hit.doc)));
          }
          return out;
        });
  }

  @Override
  public synchronized List<StoreEntity> find(String name) throws IOException {
    Optional<StoreEntity> byId = get(name.strip());
    if (byId.isPresent()) {
      return List.of(byId.get());
    }
    Set<String> wanted = words(name);
    if (wanted.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(kind(KIND_ENTITY), BooleanClause.Occur.FILTER);
    for (String word : wanted) {
      query.add(new TermQuery(new Term(SEARCH_KEY, "w:" + word)), BooleanClause.Occur.MUST);
    }
    List<StoreEntity> exact = new ArrayList<>();
    List<StoreEntity> containing = new ArrayList<>();
    for (StoreEntity entity : search(query.build(), 1000)) {
      boolean same = false;
      for (String form : entity.forms().keySet()) {
        same |= words(form).equals(wanted);
      }
      (same ? exact : containing).add(entity);
    }
    List<StoreEntity> out = exact.isEmpty() ? containing : exact;
    out.sort(
        Comparator.comparingInt((StoreEntity e) -> -e.mentionCount())
            .thenComparing(StoreEntity::id));
    return out;
  }

  @Override
  public synchronized List<Occurrence> occurrences(String id) throws IOException {
    return withSearcher(
        searcher -> {
          BooleanQuery query =
              new BooleanQuery.Builder()
                  .add(kind(KIND_MENTION), BooleanClause.Occur.FILTER)
                  .add(new TermQuery(new Term(OF, id)), BooleanClause.Occur.FILTER)
                  .build();
          int n = Math.max(1, searcher.count(query));
          List<Occurrence> out = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            out.add(
                new Occurrence(
                    new Mention(
                        doc.get("text"),
                        doc.get("article"),
                        doc.getField("start").numericValue().intValue(),
                        doc.getField("end").numericValue().intValue()),
                    doc.get("story")));
          }
          out.sort(
              Comparator.comparing((Occurrence o) -> o.mention().article())
                  .thenComparingInt(o -> o.mention().start()));
          return out;
        });
  }

  @Override
  public synchronized List<StoredStory> stories(String id) throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    for (Occurrence occurrence : occurrences(id)) {
      keys.add(occurrence.story());
    }
    List<StoredStory> out = new ArrayList<>();
    for (String key : keys) {
      Document doc = first(new TermQuery(new Term(STORY_KEY, key)));
      if (doc != null) {
        out.add(new StoredStory(key, doc.get("headline"), List.of(doc.getValues("article"))));
      }
    }
    return out;
  }

  @Override
  public synchronized long size() throws IOException {
    return withSearcher(searcher -> (long) searcher.count(kind(KIND_ENTITY)));
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (writer != null) {
        searchers.close();
        writer.rollback();
      } else {
        readOnly.getIndexReader().close();
      }
    } finally {
      if (index != null) {
        index.close();
      }
    }
  }

  private List<StoreEntity> candidates(Entity entity) {
    Set<String> keys = new LinkedHashSet<>(linker.searchKeys(entity.name()));
    for (Mention mention : entity.mentions()) {
      keys.addAll(linker.searchKeys(mention.text()));
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(kind(KIND_ENTITY), BooleanClause.Occur.FILTER);
    int added = 0;
    for (String key : keys) {
      if (added++ == MAX_KEYS) {
        break;
      }
      query.add(new TermQuery(new Term(SEARCH_KEY, key)), BooleanClause.Occur.SHOULD);
    }
    query.setMinimumNumberShouldMatch(1);
    try {
      return search(query.build(), CANDIDATES);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<StoreEntity> search(Query query, int limit) throws IOException {
    return withSearcher(
        searcher -> {
          List<StoreEntity> out = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
            out.add(toStoreEntity(searcher.storedFields().document(hit.doc)));
          }
          return out;
        });
  }

  /** Lower-case folded words of a name, as indexed under the "w:" keys. */
  private Set<String> words(String name) {
    Set<String> words = new LinkedHashSet<>();
    for (String key : linker.searchKeys(name)) {
      if (key.startsWith("w:")) {
        words.add(key.substring(2));
      }
    }
    return words;
  }

  private Summary summary(Map<String, Summary> touched, String id) throws IOException {
    Summary summary = touched.get(id);
    if (summary == null) {
      Document doc = first(new TermQuery(new Term(ID, id)));
      summary = doc == null ? new Summary() : Summary.parse(doc.get(DATA));
      touched.put(id, summary);
    }
    return summary;
  }

  private Document entityDocument(String id, Summary summary) {
    String name = linker.canonicalName(summary.forms);
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_ENTITY, Field.Store.NO));
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    doc.add(new NumericDocValuesField(COUNT, summary.mentionCount()));
    Set<String> keys = new LinkedHashSet<>(linker.searchKeys(name));
    for (String form : summary.forms.keySet()) {
      keys.addAll(linker.searchKeys(form));
    }
    for (String key : keys) {
      doc.add(new StringField(SEARCH_KEY, key, Field.Store.NO));
    }
    summary.name = name;
    summary.trimContext();
    doc.add(new StoredField(DATA, summary.json()));
    return doc;
  }

  private static Document mentionDocument(
      String key, String id, String storyKey, Mention mention, Entity entity) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_MENTION, Field.Store.NO));
    doc.add(new StringField(MENTION_KEY, key, Field.Store.NO));
    doc.add(new StringField(OF, id, Field.Store.YES));
    doc.add(new StoredField("text", mention.text()));
    doc.add(new StoredField("article", mention.article()));
    doc.add(new StoredField("start", mention.start()));
    doc.add(new StoredField("end", mention.end()));
    doc.add(new StoredField("type", entity.type().label()));
    doc.add(new StoredField("story", storyKey));
    return doc;
  }

  private static StoreEntity toStoreEntity(Document doc) {
    Summary summary = Summary.parse(doc.get(DATA));
    return new StoreEntity(
        doc.get(ID), summary.name, summary.type(), summary.forms, summary.cooccurring);
  }

  private static Query kind(String kind) {
    return new TermQuery(new Term(KIND, kind));
  }

  private static String mentionKey(Mention mention) {
    return mention.article() + '\u0000' + mention.start() + ':' + mention.end();
  }

  /** A store-wide story key: the same articles give the same key in every run. */
  static String storyKey(List<String> articles) {
    List<String> sorted = new ArrayList<>(articles);
    sorted.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
      return "S" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private void refresh() throws IOException {
    if (searchers != null && dirty) {
      searchers.maybeRefreshBlocking();
      dirty = false;
    }
  }

  private Document first(Query query) throws IOException {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(query, 1);
          return top.scoreDocs.length == 0
              ? null
              : searcher.storedFields().document(top.scoreDocs[0].doc);
        });
  }

  private interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearchFunction<T> function) throws IOException {
    if (searchers == null) {
      return function.apply(readOnly);
    }
    refresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      return function.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The stored form of a summary. */
  private record Stored(
      String name,
      Map<String, Integer> forms,
      Map<String, Integer> types,
      Map<String, Integer> cooccurring) {}

  /** The mutable summary of one entity, stored as JSON in its document. */
  private static final class Summary {
    String name = "";
    final Map<String, Integer> forms = new TreeMap<>();
    final Map<String, Integer> types = new TreeMap<>();
    final Map<String, Integer> cooccurring = new TreeMap<>();

    void add(String form, EntityType type) {
      forms.merge(form, 1, Integer::sum);
      types.merge(type.label(), 1, Integer::sum);
    }

    void remove(String form, String typeLabel) {
      forms.computeIfPresent(form, (k, v) -> v > 1 ? v - 1 : null);
      if (typeLabel != null) {
        types.computeIfPresent(typeLabel, (k, v) -> v > 1 ? v - 1 : null);
      }
    }

    int mentionCount() {
      return forms.values().stream().mapToInt(Integer::intValue).sum();
    }

    EntityType type() {
      EntityType best = EntityType.OTHER;
      int bestVotes = 0;
      for (EntityType type : EntityType.values()) {
        int votes = types.getOrDefault(type.label(), 0);
        if (type != EntityType.OTHER && votes > bestVotes) {
          best = type;
          bestVotes = votes;
        }
      }
      return best;
    }

    void trimContext() {
      if (cooccurring.size() <= MAX_CONTEXT) {
        return;
      }
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(cooccurring.entrySet());
      entries.sort(
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      Map<String, Integer> kept = new HashMap<>();
      for (Map.Entry<String, Integer> entry : entries.subList(0, MAX_CONTEXT)) {
        kept.put(entry.getKey(), entry.getValue());
      }
      cooccurring.keySet().retainAll(kept.keySet());
    }

    String json() {
      try {
        return JSON.writeValueAsString(new Stored(name, forms, types, cooccurring));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write entity summary", e);
      }
    }

    static Summary parse(String json) {
      Stored stored;
      try {
        stored = JSON.readValue(json, Stored.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("corrupt entity summary: " + json, e);
      }
      Summary summary = new Summary();
      summary.name = stored.name();
      summary.forms.putAll(stored.forms());
      summary.types.putAll(stored.types());
      summary.cooccurring.putAll(stored.cooccurring());
      return summary;
    }
  }
}
