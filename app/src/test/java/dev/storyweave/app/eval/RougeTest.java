package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE against values computed by hand (the arithmetic is in the comments). */
class RougeTest {

  private static final String REF = "the cat sat on the mat";
  private static final String PEER = "the cat was on the mat";

  @Test
  void rouge1CountsClippedUnigramHitsOverReferenceUnigrams() {
    // ref: the x2, cat, sat, on, mat = 6; peer hits: the 2, cat 1, on 1, mat 1 = 5.
    assertThat(Rouge.duc().score(PEER, List.of(REF)).rouge1()).isCloseTo(5 / 6.0, within(1e-9));
  }

  @Test
  void rouge2CountsBigramHits() {
    // ref bigrams: the-cat, cat-sat, sat-on, on-the, the-mat = 5; peer has the-cat, on-the,
    // the-mat.
    assertThat(Rouge.duc().score(PEER, List.of(REF)).rouge2()).isCloseTo(3 / 5.0, within(1e-9));
  }

  @Test
  void rougeSu4CountsSkipBigramsWithinFourWordsPlusUnigramsButNotTheLastUnigram() {
    // 6 tokens: all 15 pairs are within a gap of 4; unigrams of tokens 0..4 (ROUGE-1.5.5 leaves
    // the last one out): 15 + 5 = 20. Pair hits: the-cat, the-on, the-the, the-mat x2, cat-on,
    // cat-the, cat-mat, on-the, on-mat = 10; unigram hits among tokens 0..4: the 2, cat, on = 4.
    assertThat(Rouge.duc().score(PEER, List.of(REF)).rougeSu4()).isCloseTo(14 / 20.0, within(1e-9));
  }

  @Test
  void skipBigramsFartherThanFourWordsApartDoNotCount() {
    // "a b c d e f g": pairs with j - i <= 5 are 21 - 1 (a-g) = 20, unigrams a..f = 6: 26.
    // Peer "a g": unigram a (g is last), skip bigram a-g, which the reference does not have.
    Rouge.Scores s = Rouge.withWordLimit(0).score("a g", List.of("a b c d e f g"));
    assertThat(s.rougeSu4()).isCloseTo(1 / 26.0, within(1e-9));
  }

  @Test
  void jackknifingAveragesTheLeaveOneOutSubsets() {
    // Subsets: {"a dog sat"} gives 0/3; {REF} gives 5/6; mean 5/12.
    Rouge.Scores s = Rouge.duc().score(PEER, List.of(REF, "a dog sat"));
    assertThat(s.rouge1()).isCloseTo(5 / 12.0, within(1e-9));
    // Three references: each subset pools two of them. Refs r1 = REF (6 unigrams, 5 hits),
    // r2 = "the mat" (2, 2), r3 = "dog" (1, 0): {r2,r3} 2/3, {r1,r3} 5/7, {r1,r2} 7/8.
    Rouge.Scores three = Rouge.duc().score(PEER, List.of(REF, "the mat", "dog"));
    assertThat(three.rouge1()).isCloseTo((2 / 3.0 + 5 / 7.0 + 7 / 8.0) / 3, within(1e-9));
  }

  @Test
  void tokensAreLowerCasedStrippedOfPunctuationAndStemmedAboveThreeLetters() {
    assertThat(Rouge.duc().tokens("Running, runners! The U.S. cat's"))
        .containsExactly("run", "runner", "the", "u", "s", "cat", "s");
    assertThat(Rouge.duc().score("Running runners", List.of("run runner")).rouge1()).isEqualTo(1.0);
  }

  @Test
  void peerIsCutToTheWordLimit() {
    String longPeer = "x ".repeat(250) + "the cat sat on the mat";
    assertThat(Rouge.duc().score(longPeer, List.of(REF)).rouge1()).isZero();
    assertThat(Rouge.withWordLimit(0).score(longPeer, List.of(REF)).rouge1()).isEqualTo(1.0);
  }
}
