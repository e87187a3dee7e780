package dev.storyweave.app.eval;

import dev.storyweave.signals.SentenceEmbedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence embedder that remembers vectors in a file, so repeated evaluation runs embed each text
 * once. Keys are SHA-256 digests of the text; the file is a plain binary list written by {@link
 * #save()}. For evaluation and benchmarks only: the cache lives under {@code target/} or a folder
 * the user names, never in the repository. Not thread-safe.
 */
public final class CachingSentenceEmbedder implements SentenceEmbedder {

  private final SentenceEmbedder delegate;
  private final Path file;
  private final Map<String, float[]> vectors = new LinkedHashMap<>();
  private boolean changed;
  private int hits;
  private int misses;

  /** Wraps {@code delegate}, loading {@code file} when it exists. */
  public CachingSentenceEmbedder(SentenceEmbedder delegate, Path file) {
    this.delegate = delegate;
    this.file = file;
    if (Files.isRegularFile(file)) {
      load();
    }
  }

  @Override
  public float[] embed(String sentence) {
    String key = digest(sentence);
    float[] v = vectors.get(key);
    if (v == null) {
      misses++;
      v = delegate.embed(sentence);
      vectors.put(key, v.clone());
      changed = true;
    } else {
      hits++;
      v = v.clone();
    }
    return v;
  }

  @Override
  public List<float[]> embedAll(List<String> sentences) {
    // Misses go to the model in one batch, which is faster than one call per sentence.
    List<String> missing = new ArrayList<>();
    java.util.Set<String> missingKeys = new java.util.HashSet<>();
    for (String s : sentences) {
      String key = digest(s);
      if (!vectors.containsKey(key) && missingKeys.add(key)) {
        missing.add(s);
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> computed = delegate.embedAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        vectors.put(digest(missing.get(i)), computed.get(i).clone());
      }
      misses += missing.size();
      changed = true;
    }
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(vectors.get(digest(s)).clone());
    }
    hits += sentences.size() - missing.size();
    return out;
  }

  @Override
  public int dimensions() {
    return delegate.dimensions();
  }

  /** Texts answered from the cache so far. */
  public int hits() {
    return hits;
  }

  /** Texts embedded by the model so far. */
  public int misses() {
    return misses;
  }

  /** Writes the cache if it gained vectors (atomically, via a temporary file). */
  public void save() {
    if (!changed) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.writeInt(vectors.size());
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
          out.writeUTF(e.getKey());
          out.writeInt(e.getValue().length);
          for (float f : e.getValue()) {
            out.writeFloat(f);
          }
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      changed = false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write embedding cache " + file, e);
    }
  }

  private void load() {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = in.readUTF();
        float[] v = new float[in.readInt()];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readFloat();
        }
        vectors.put(key, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding cache " + file, e);
    }
  }

  private static String digest(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }
}
