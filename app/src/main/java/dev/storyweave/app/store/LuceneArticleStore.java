package dev.storyweave.app.store;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
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
 * Lucene gives exactly the durability model the store promises: IndexWriter.commit() writes a new
 * segments_N file only after every file it names is fsynced, and a reader opens the newest
 * complete segments_N, so a kill -9 at any moment leaves the last commit intact. The native write
 * lock dies with the process, so a crashed writer never blocks the next run.
 *
 * Reads go through a near-real-time SearcherManager over the writer, refreshed lazily when
 * something was written since the last refresh, so uncommitted puts are visible to get/all.
 * De-duplication during a large ingest must not refresh per put, so it checks the puts since the
 * last commit in two small maps first and the last refreshed searcher second.
 */
final class LuceneArticleStore implements ArticleStore {

  private static final String ID = "id";
  private static final String HASH = "hash";
  private static final String TITLE = "title";
  private static final String TITLE_SEARCH = "title_search";
  private static final String TEXT = "text";

  private final Path directory;
  private final FSDirectory index;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, String> pendingIdByHash = new HashMap<>();
  private final Map<String, String> pendingHashById = new HashMap<>();
  private boolean dirty;

  private LuceneArticleStore(Path directory, FSDirectory index, IndexWriter writer)
      throws IOException {
    this.directory = directory;
    this.index = index;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  static LuceneArticleStore open(Path directory) throws IOException {
    Files.createDirectories(directory);
    FSDirectory index = FSDirectory.open(directory.resolve("articles"));
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    try {
      return new LuceneArticleStore(directory, index, new IndexWriter(index, config));
    } catch (LockObtainFailedException e) {
      index.close();
      throw new IOException("store " + directory + " is in use by another storyweave process", e);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  @Override
  public synchronized PutResult put(Article article) throws IOException {
    String pendingSame = pendingIdByHash.get(article.contentHash());
    if (pendingSame != null) {
      return new PutResult(Outcome.DUPLICATE, pendingSame);
    }
    Optional<Document> sameContent =
        firstCommitted(new TermQuery(new Term(HASH, article.contentHash())));
    if (sameContent.isPresent() && !pendingHashById.containsKey(sameContent.get().get(ID))) {
      return new PutResult(Outcome.DUPLICATE, sameContent.get().get(ID));
    }
    boolean replacing =
        pendingHashById.containsKey(article.id())
            || firstCommitted(new TermQuery(new Term(ID, article.id()))).isPresent();
    writer.updateDocument(new Term(ID, article.id()), toDocument(article));
    String replacedHash = pendingHashById.put(article.id(), article.contentHash());
    if (replacedHash != null) {
      pendingIdByHash.remove(replacedHash);
    }
    pendingIdByHash.put(article.contentHash(), article.id());
    dirty = true;
    return new PutResult(replacing ? Outcome.REPLACED : Outcome.ADDED, null);
  }

  @Override
  public synchronized long commit() throws IOException {
    writer.commit();
    pendingIdByHash.clear();
    pendingHashById.clear();
    searchers.maybeRefreshBlocking();
    dirty = false;
    return writer.getDocStats().numDocs;
  }

  @Override
  public synchronized Optional<Article> get(String id) throws IOException {
    return first(new TermQuery(new Term(ID, id))).map(LuceneArticleStore::toArticle);
  }

  @Override
  public synchronized List<Article> all() throws IOException {
    return withSearcher(
        searcher -> {
          int n = Math.max(1, searcher.getIndexReader().numDocs());
          TopDocs top =
              searcher.search(
                  new MatchAllDocsQuery(), n, new Sort(new SortField(ID, SortField.Type.STRING)));
          List<Article> articles = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            articles.add(toArticle(searcher.storedFields().document(hit.doc)));
          }
          return articles;
        });
  }

  @Override
  public synchronized List<String> search(String query, int limit) throws IOException {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {TITLE_SEARCH, TEXT}, new StandardAnalyzer());
    org.apache.lucene.search.Query parsed;
    try {
      parsed = parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad search query: " + query + ": " + e.getMessage(), e);
    }
    return withSearcher(
        searcher -> {
          List<String> ids = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(parsed, limit).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(ID));
          }
          return ids;
        });
  }

  @Override
  public synchronized long size() throws IOException {
    return writer.getDocStats().numDocs;
  }

  @Override
  public Path directory() {
    return directory;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
      writer.rollback();
    } finally {
      index.close();
    }
  }

  private Optional<Document> first(org.apache.lucene.search.Query query) throws IOException {
    if (dirty) {
      searchers.maybeRefreshBlocking();
      dirty = false;
    }
    return firstCommitted(query);
  }

  /** The first match in the last refreshed view, without refreshing it. */
  private Optional<Document> firstCommitted(org.apache.lucene.search.Query query)
      throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    } finally {
      searchers.release(searcher);
    }
  }

  private interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearchFunction<T> function) throws IOException {
    if (dirty) {
      searchers.maybeRefreshBlocking();
      dirty = false;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return function.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  private static Document toDocument(Article a) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
    doc.add(new StringField(HASH, a.contentHash(), Field.Store.YES));
    doc.add(new StoredField("origin", a.origin()));
    if (a.url() != null) {
      doc.add(new StoredField("url", a.url()));
    }
    storeInferred(doc, TITLE, a.title(), Function.identity());
    if (a.title().isPresent()) {
      doc.add(new TextField(TITLE_SEARCH, a.title().value(), Field.Store.NO));
    }
    storeInferred(doc, "outlet", a.outlet(), Function.identity());
    storeInferred(doc, "byline", a.byline(), Function.identity());
    storeInferred(doc, "dateline", a.dateline(), Function.identity());
    storeInferred(doc, "published", a.published(), LocalDate::toString);
    storeInferred(doc, "language", a.language(), Function.identity());
    doc.add(new TextField(TEXT, a.text(), Field.Store.YES));
    return doc;
  }

  private static <T> void storeInferred(
      Document doc, String field, Inferred<T> value, Function<T, String> format) {
    if (value.isPresent()) {
      doc.add(new StoredField(field, format.apply(value.value())));
      doc.add(new StoredField(field + "_how", value.how().name()));
    }
  }

  private static Article toArticle(Document doc) {
    return new Article(
        doc.get(ID),
        doc.get("origin"),
        doc.get("url"),
        doc.get(HASH),
        inferred(doc, TITLE, Function.identity()),
        inferred(doc, "outlet", Function.identity()),
        inferred(doc, "byline", Function.identity()),
        inferred(doc, "dateline", Function.identity()),
        inferred(doc, "published", LocalDate::parse),
        inferred(doc, "language", Function.identity()),
        doc.get(TEXT));
  }

  private static <T> Inferred<T> inferred(Document doc, String field, Function<String, T> parse) {
    String value = doc.get(field);
    if (value == null) {
      return Inferred.none();
    }
    return Inferred.of(parse.apply(value), Inference.valueOf(doc.get(field + "_how")));
  }
}
