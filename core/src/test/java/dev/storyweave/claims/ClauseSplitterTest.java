package dev.storyweave.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Sentence;
import dev.storyweave.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause splitting on invented sentences: what is cut, what stays whole, spans exact. */
class ClauseSplitterTest {

  /**
   * The clauses of the first sentence of {@code prefix + sentence}, as text cut from the article.
   */
  private static List<String> clauses(String prefix, String sentence) {
    String text = prefix + sentence;
    AnalyzedText analyzed = TextAnalyzer.english().analyze("a", text);
    Sentence s = analyzed.sentences().get(analyzed.sentences().size() - 1);
    List<String> out = new ArrayList<>();
    for (int[] span : ClauseSplitter.clauses(text, s)) {
      assertThat(span[0]).isGreaterThanOrEqualTo(s.start());
      assertThat(span[1]).isLessThanOrEqualTo(s.end());
      out.add(text.substring(span[0], span[1]));
    }
    return out;
  }

  private static List<String> clauses(String sentence) {
    return clauses("", sentence);
  }

  @Test
  void coordinatedMainClausesAreSplit() {
    assertThat(
            clauses(
                "Rebel fighters captured the northern port on Monday, and the army withdrew its"
                    + " troops to the hills."))
        .containsExactly(
            "Rebel fighters captured the northern port on Monday",
            "the army withdrew its troops to the hills.");
    assertThat(
            clauses(
                "The mayor promised new housing for the flood victims, but the council rejected"
                    + " the budget for it."))
        .containsExactly(
            "The mayor promised new housing for the flood victims",
            "the council rejected the budget for it.");
    assertThat(
            clauses(
                "The union called a national strike for Friday, while the ministry offered a"
                    + " modest pay rise."))
        .containsExactly(
            "The union called a national strike for Friday",
            "the ministry offered a modest pay rise.");
  }

  @Test
  void aClauseMayOpenWithAPhraseSetOffByAComma() {
    assertThat(
            clauses(
                "The mayor first opposed the new harbour plan, but in March last year, the mayor"
                    + " said that the plan could go ahead."))
        .containsExactly(
            "The mayor first opposed the new harbour plan",
            "in March last year, the mayor said that the plan could go ahead.");
    // After the opening phrase comes a verb, not a subject: one statement.
    assertThat(
            clauses(
                "The three countries signed a truce on the river, and on March 25, agreeing to"
                    + " stop all shipping attacks."))
        .hasSize(1);
  }

  @Test
  void spansPointIntoTheArticleTextAfterEarlierSentences() {
    String prefix = "Heavy rain fell across the region overnight. ";
    assertThat(
            clauses(
                prefix,
                "Rebel fighters captured the northern port on Monday, and the army withdrew its"
                    + " troops to the hills."))
        .containsExactly(
            "Rebel fighters captured the northern port on Monday",
            "the army withdrew its troops to the hills.");
  }

  @Test
  void sentencesStatingOneThingStayWhole() {
    // A second verb phrase without its own subject.
    assertThat(
            clauses(
                "The minister visited the damaged bridge on Monday, and promised to rebuild it"
                    + " within a year."))
        .hasSize(1);
    // "while" before a participle: no subject of its own.
    assertThat(
            clauses(
                "The minister was injured in the crash, while visiting the damaged bridge near"
                    + " the border."))
        .hasSize(1);
    // A list of names closed by "and".
    assertThat(
            clauses(
                "The plan was backed by Norway, Chile, Kenya, and the five other founding members"
                    + " of the group."))
        .hasSize(1);
    // A short side: too little to be a claim of its own.
    assertThat(clauses("The talks resumed on Monday in the capital, and nobody came.")).hasSize(1);
  }

  @Test
  void quotedTextIsNotCut() {
    assertThat(
            clauses(
                "\"We rebuilt the bridge in a year, and the people crossed it on the first day,\""
                    + " the mayor said."))
        .hasSize(1);
    assertThat(
            clauses(
                "\"We rebuilt the bridge in a single year; the people crossed it on the very first"
                    + " day,\" the mayor said."))
        .hasSize(1);
  }

  @Test
  void aVerblessListItemAfterASemicolonStaysWithItsNeighbour() {
    assertThat(
            clauses(
                "The demands included a new border along the river; the army was to be cut in"
                    + " half; and the surrender of all long-range weapons."))
        .containsExactly(
            "The demands included a new border along the river",
            "the army was to be cut in half; and the surrender of all long-range weapons.");
  }

  @Test
  void semicolonsJoiningStatementsAreCut() {
    assertThat(
            clauses(
                "The river burst its banks near the old mill; three villages were evacuated by"
                    + " the army before dawn."))
        .containsExactly(
            "The river burst its banks near the old mill",
            "three villages were evacuated by the army before dawn.");
  }

  private static final String[] PIECES = {
    "the",
    "army",
    "Rebels",
    "took",
    "port",
    ",",
    ", and",
    ", but",
    ", while",
    "; ",
    "and",
    "so",
    "\"",
    "\u201C",
    "\u201D",
    "was",
    "will",
    "not",
    "12",
    "$3 million",
    "40%",
    "30-day",
    "in",
    "at",
    "Geneva",
    "Norway's",
    "foreign minister",
    "President",
    "Ana Lind",
    "of",
    "the capital",
    "on Monday",
    "May 12",
    ".",
    "?",
    "\n",
    "😀",
    "ǅ",
    "—",
    "who",
    "visiting",
    "Turkish"
  };

  @Test
  void randomSentencesGiveOrderedExactSpansAndFactsWithoutThrowing() {
    java.util.Random random = new java.util.Random(20261123L);
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 5 + random.nextInt(40); w++) {
        b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = b.toString();
      AnalyzedText analyzed = TextAnalyzer.english().analyze("r", text);
      for (Sentence s : analyzed.sentences()) {
        int previousEnd = s.start();
        for (int[] span : ClauseSplitter.clauses(text, s)) {
          assertThat(span[0]).as(text).isGreaterThanOrEqualTo(previousEnd);
          assertThat(span[1]).as(text).isBetween(span[0], s.end());
          previousEnd = span[1];
          ClaimFacts facts = ClaimFacts.of(text.substring(span[0], span[1]), null);
          assertThat(facts.values).isNotNull();
        }
      }
    }
  }
}
