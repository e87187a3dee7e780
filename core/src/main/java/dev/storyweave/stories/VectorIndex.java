package dev.storyweave.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MergeScheduler;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/*
 * Lead embeddings live in a Lucene index with HNSW vectors, so a million of them cost disk (or
 * page cache), not heap. Lucene only sees documents after a reader refresh, and refreshing after
 * every article would make a tiny segment per article; instead the index is refreshed every
 * refreshEvery additions and the few vectors added since are kept on the heap and scanned
 * exactly. Determinism: by default merges run in the adding thread (SerialMergeScheduler) and
 * segments are flushed only at refreshes, so the same input order builds the same segments and
 * HNSW graphs (Lucene seeds HNSW levels with a fixed seed). The price is a pause whenever a merge
 * rebuilds a large graph: 10 s at 100k stored vectors, minutes at a million. With background
 * merges a ConcurrentMergeScheduler thread rebuilds graphs while the adding thread goes on, and a
 * refresh picks up whatever merges have finished; searches then see a timing-dependent set of
 * segments, so approximate neighbours (not exact scores) can differ between runs. LogDocMergePolicy
 * merges only adjacent segments in either case, which keeps Lucene doc ids equal to article
 * ordinals: no id field to store or look up.
 */
final class VectorIndex implements AutoCloseable {

  static final int NO_DAY = Integer.MIN_VALUE;

  // Graph building during flushes and merges dominated assignment time in the 100k benchmark;
  // a beam of 32 instead of Lucene's 100 builds about three times faster, and candidates only
  // need to be good, not exact (the scan over unflushed vectors and LSH add the rest).
  private static final int MAX_CONNECTIONS = 16;
  private static final int BEAM_WIDTH = 32;
  private static final String VECTOR = "v";
  private static final String DAY = "day";

  /** One neighbour: article ordinal and cosine similarity. */
  record Hit(int ordinal, double cosine) {}

  private final Directory directory;
  private final IndexWriter writer;
  private final int refreshEvery;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private int indexed;
  private final List<float[]> pending = new ArrayList<>();
  private final IntList pendingDays = new IntList(64);
  private int dimension = -1;
  private int minDay = Integer.MAX_VALUE;
  private int maxDay = Integer.MIN_VALUE;

  private VectorIndex(
      Directory directory, int refreshEvery, boolean quantized, boolean backgroundMerges) {
    this.directory = directory;
    this.refreshEvery = refreshEvery;
    KnnVectorsFormat format =
        quantized
            ? new Lucene99HnswScalarQuantizedVectorsFormat()
            : new Lucene99HnswVectorsFormat();
    IndexWriterConfig config =
        new IndexWriterConfig()
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setMergeScheduler(
                backgroundMerges ? backgroundScheduler() : new SerialMergeScheduler())
            .setMergePolicy(new LogDocMergePolicy())
            .setRAMBufferSizeMB(256)
            .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
            .setCommitOnClose(false)
            .setCodec(
                new Lucene912Codec() {
                  @Override
                  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return format;
                  }
                });
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open vector index", e);
    }
  }

  static VectorIndex inMemory(int refreshEvery) {
    return new VectorIndex(new ByteBuffersDirectory(), refreshEvery, false, false);
  }

  static VectorIndex onDisk(
      Path dir, int refreshEvery, boolean quantized, boolean backgroundMerges) {
    try {
      return new VectorIndex(FSDirectory.open(dir), refreshEvery, quantized, backgroundMerges);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open vector index in " + dir, e);
    }
  }

  private static MergeScheduler backgroundScheduler() {
    ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
    // One merge thread: the adding thread keeps the other core. Up to six queued merges before
    // Lucene stalls the adder, which a log merge policy with factor 10 does not reach.
    scheduler.setMaxMergesAndThreads(6, 1);
    return scheduler;
  }

  int size() {
    return indexed + pending.size();
  }

  /** Adds the vector of the next ordinal ({@link #size()}); {@code day} may be {@link #NO_DAY}. */
  void add(float[] vector, int day) {
    if (dimension < 0) {
      dimension = vector.length;
    } else if (vector.length != dimension) {
      throw new IllegalArgumentException(
          "embedding has " + vector.length + " dimensions, the index " + dimension);
    }
    Document doc = new Document();
    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    doc.add(new IntPoint(DAY, day));
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add to vector index", e);
    }
    pending.add(vector);
    pendingDays.add(day);
    if (day != NO_DAY) {
      minDay = Math.min(minDay, day);
      maxDay = Math.max(maxDay, day);
    }
    if (pending.size() >= refreshEvery) {
      refresh();
    }
  }

  void checkDimension(float[] vector) {
    if (dimension >= 0 && vector.length != dimension) {
      throw new IllegalArgumentException(
          "embedding has " + vector.length + " dimensions, the index " + dimension);
    }
  }

  /**
   * The {@code k} nearest stored vectors to {@code query} by cosine, best first, among those with a
   * day in {@code [fromDay, toDay]} or no day; no day filter when {@code fromDay} is {@link
   * #NO_DAY}.
   */
  List<Hit> nearest(float[] query, int k, int fromDay, int toDay) {
    List<Hit> hits = new ArrayList<>(k * 2);
    if (searcher != null) {
      Query filter = null;
      // A filter costs a pass over the matching documents per segment: skip it when every
      // stored day is inside the window anyway (the common case for a live stream).
      if (fromDay != NO_DAY && (minDay < fromDay || maxDay > toDay)) {
        filter =
            new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(DAY, fromDay, toDay), BooleanClause.Occur.SHOULD)
                .add(IntPoint.newExactQuery(DAY, NO_DAY), BooleanClause.Occur.SHOULD)
                .build();
      }
      try {
        TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, query, k, filter), k);
        for (ScoreDoc sd : top.scoreDocs) {
          // DOT_PRODUCT scores are (1 + cosine) / 2 for unit vectors.
          hits.add(new Hit(sd.doc, 2.0 * sd.score - 1.0));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("vector search failed", e);
      }
    }
    for (int i = 0; i < pending.size(); i++) {
      int day = pendingDays.get(i);
      if (fromDay == NO_DAY || day == NO_DAY || (day >= fromDay && day <= toDay)) {
        hits.add(new Hit(indexed + i, dot(query, pending.get(i))));
      }
    }
    hits.sort(
        (a, b) ->
            a.cosine != b.cosine ? Double.compare(b.cosine, a.cosine) : a.ordinal - b.ordinal);
    return hits.size() > k ? new ArrayList<>(hits.subList(0, k)) : hits;
  }

  /** Exact cosines of {@code query} with the stored vectors of {@code ordinals}, in their order. */
  double[] cosines(float[] query, int[] ordinals) {
    double[] out = new double[ordinals.length];
    int[] order = sortedPositions(ordinals);
    try {
      FloatVectorValues values = null;
      int leafIndex = -1;
      List<LeafReaderContext> leaves = reader == null ? List.of() : reader.leaves();
      for (int p : order) {
        int ord = ordinals[p];
        if (ord >= indexed) {
          out[p] = dot(query, pending.get(ord - indexed));
          continue;
        }
        int li = ReaderUtil.subIndex(ord, leaves);
        LeafReaderContext leaf = leaves.get(li);
        if (li != leafIndex) {
          values = leaf.reader().getFloatVectorValues(VECTOR);
          leafIndex = li;
        }
        int target = ord - leaf.docBase;
        int doc = values.docID() < target ? values.advance(target) : values.docID();
        out[p] = doc == target ? dot(query, values.vectorValue()) : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stored vectors", e);
    }
    return out;
  }

  private static int[] sortedPositions(int[] ordinals) {
    Integer[] boxed = new Integer[ordinals.length];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> Integer.compare(ordinals[a], ordinals[b]));
    int[] out = new int[boxed.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = boxed[i];
    }
    return out;
  }

  /** Makes every added vector searchable through the index and empties the scanned buffer. */
  void refresh() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      DirectoryReader fresh =
          reader == null
              ? DirectoryReader.open(writer)
              : DirectoryReader.openIfChanged(reader, writer);
      if (fresh != null) {
        if (reader != null) {
          reader.close();
        }
        reader = fresh;
        searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh vector index", e);
    }
    indexed += pending.size();
    if (reader.maxDoc() != indexed) {
      throw new IllegalStateException(
          "vector index holds " + reader.maxDoc() + " documents, expected " + indexed);
    }
    pending.clear();
    pendingDays.clear();
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close vector index", e);
    }
  }
}
