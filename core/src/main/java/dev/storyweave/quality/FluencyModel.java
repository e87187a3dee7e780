package dev.storyweave.quality;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/*
 * How machine-like an English text reads, from its sentence shapes. Each token becomes its shape:
 * the word itself for closed-class words (articles, prepositions, pronouns, auxiliaries,
 * contractions), its first character for punctuation, "#" for numbers, and its part-of-speech tag
 * (OpenNLP, Universal Dependencies) for everything else. Shapes keep the grammar of a text and
 * drop its content, so the model learns how translators build sentences rather than what news
 * they translated, and its table holds no text of the corpus it was trained on.
 *
 * The model is a naive-Bayes log-odds table over shape unigrams and bigrams (human vs machine
 * translation, add-half smoothing, n-grams seen at least MIN_COUNT times). A text's likeness is
 * the mean log-odds per shape: above 0 it reads more like the machine side of the training data.
 * The bundled table was trained on the `extra` split (WMT08-17) of HT-vs-MT (human vs DeepL and
 * Google translations of German news) by `storyweave eval quality --train`; on the held-out WMT18
 * split it separates human from machine translations with AUC about 0.8.
 *
 * POSTaggerME is not thread-safe; the model is, so each thread gets its own tagger.
 */
public final class FluencyModel {

  /**
   * The likeness that best separates human from machine translations held out from training
   * (three-fold cross-validation on HT-vs-MT extra: balanced accuracy 0.76).
   */
  public static final double SEPARATING_LIKENESS = 0.015;

  /** Longest shape n-gram in the table. */
  public static final int ORDER = 2;

  private static final int MIN_COUNT = 5;
  private static final double ALPHA = 0.5;
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String BUNDLED = "fluency-shapes.tsv";

  private static final Set<String> CLOSED_CLASS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "if", "then", "than", "that", "this",
          "these", "those", "there", "here", "of", "in", "on", "at", "to", "from", "by", "for",
          "with", "without", "about", "as", "into", "onto", "over", "under", "after", "before",
          "since", "until", "while", "during", "between", "among", "through", "against", "up",
          "down", "out", "off", "is", "are", "was", "were", "be", "been", "being", "am", "has",
          "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
          "may", "might", "must", "not", "no", "so", "also", "too", "very", "it", "its", "he",
          "him", "his", "she", "her", "they", "them", "their", "we", "us", "our", "you", "your",
          "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
          "all", "any", "some", "each", "both", "more", "most", "other", "such", "own", "only",
          "just", "'s", "n't", "'re", "'ve", "'ll", "'m", "'d", "one");

  private static volatile FluencyModel bundled;
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(loadPosModel()));
  private static volatile POSModel posModel;

  private final Map<String, Double> logOdds;

  private FluencyModel(Map<String, Double> logOdds) {
    this.logOdds = Map.copyOf(logOdds);
  }

  /** The table shipped with Storyweave (see the class comment for how it was trained). */
  public static FluencyModel bundled() {
    FluencyModel result = bundled;
    if (result == null) {
      synchronized (FluencyModel.class) {
        result = bundled;
        if (result == null) {
          try (InputStream in = FluencyModel.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
              throw new IllegalStateException("fluency table not on the classpath: " + BUNDLED);
            }
            result = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read fluency table " + BUNDLED, e);
          }
          bundled = result;
        }
      }
    }
    return result;
  }

  /** Trains a table on human-written ({@code human}) and machine-translated texts. */
  public static FluencyModel train(List<AnalyzedText> human, List<AnalyzedText> machine) {
    if (human.isEmpty() || machine.isEmpty()) {
      throw new IllegalArgumentException(
          "training needs both classes: human=" + human.size() + " machine=" + machine.size());
    }
    Map<String, double[]> counts = new HashMap<>();
    double[] totals = new double[2];
    for (int side = 0; side < 2; side++) {
      for (AnalyzedText text : side == 0 ? human : machine) {
        for (String gram : ngrams(shapes(text))) {
          counts.computeIfAbsent(gram, k -> new double[2])[side]++;
          totals[side]++;
        }
      }
    }
    double vocabulary = counts.size();
    Map<String, Double> logOdds = new TreeMap<>();
    for (Map.Entry<String, double[]> e : counts.entrySet()) {
      double[] c = e.getValue();
      if (c[0] + c[1] < MIN_COUNT) {
        continue;
      }
      double machineP = (c[1] + ALPHA) / (totals[1] + ALPHA * vocabulary);
      double humanP = (c[0] + ALPHA) / (totals[0] + ALPHA * vocabulary);
      logOdds.put(e.getKey(), Math.log(machineP / humanP));
    }
    return new FluencyModel(logOdds);
  }

  /**
   * Mean log-odds per shape that {@code text} is machine-translated rather than human-written; 0
   * for a text without tokens.
   */
  public double machineLikeness(AnalyzedText text) {
    return machineLikeness(text, tags(text));
  }

  double machineLikeness(AnalyzedText text, List<String[]> tags) {
    List<String> shapes = shapes(text, tags);
    if (shapes.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String gram : ngrams(shapes)) {
      sum += logOdds.getOrDefault(gram, 0.0);
    }
    return sum / shapes.size();
  }

  /** Number of n-grams in the table. */
  public int size() {
    return logOdds.size();
  }

  /** Writes the table as {@code ngram TAB log-odds} lines, sorted. */
  public void write(Writer out) throws IOException {
    for (Map.Entry<String, Double> e : new TreeMap<>(logOdds).entrySet()) {
      out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
    }
  }

  static FluencyModel read(InputStream in) throws IOException {
    Map<String, Double> logOdds = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        logOdds.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      }
    }
    return new FluencyModel(logOdds);
  }

  /** The shape sequence of {@code text}, with sentence start and end marks. */
  static List<String> shapes(AnalyzedText text) {
    return shapes(text, tags(text));
  }

  /** Universal Dependencies part-of-speech tags of each sentence's tokens, in order. */
  static List<String[]> tags(AnalyzedText text) {
    POSTaggerME tagger = TAGGER.get();
    List<String[]> out = new ArrayList<>(text.sentences().size());
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = sentence.tokens();
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).text();
      }
      out.add(words.length == 0 ? words : tagger.tag(words));
    }
    return out;
  }

  private static List<String> shapes(AnalyzedText text, List<String[]> sentenceTags) {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      List<Token> tokens = text.sentences().get(s).tokens();
      if (tokens.isEmpty()) {
        continue;
      }
      String[] tags = sentenceTags.get(s);
      out.add("<s>");
      for (int i = 0; i < tokens.size(); i++) {
        String w = tokens.get(i).normalized();
        if (w.isEmpty()) {
          continue;
        }
        if (CLOSED_CLASS.contains(w)) {
          out.add(w);
        } else if (Character.isDigit(w.charAt(0))) {
          out.add("#");
        } else if (!Character.isLetter(w.charAt(0))) {
          out.add(w.substring(0, 1));
        } else {
          out.add(tags[i]);
        }
      }
      out.add("</s>");
    }
    return out;
  }

  private static List<String> ngrams(List<String> shapes) {
    List<String> out = new ArrayList<>();
    for (int n = 1; n <= ORDER; n++) {
      for (int i = 0; i + n <= shapes.size(); i++) {
        out.add(n == 1 ? shapes.get(i) : String.join(" ", shapes.subList(i, i + n)));
      }
    }
    return out;
  }

  private static POSModel loadPosModel() {
    POSModel result = posModel;
    if (result == null) {
      synchronized (FluencyModel.class) {
        result = posModel;
        if (result == null) {
          try (InputStream in = FluencyModel.class.getResourceAsStream(POS_MODEL)) {
            if (in == null) {
              throw new IllegalStateException("POS model not on the classpath: " + POS_MODEL);
            }
            result = new POSModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP POS model " + POS_MODEL, e);
          }
          posModel = result;
        }
      }
    }
    return result;
  }
}
