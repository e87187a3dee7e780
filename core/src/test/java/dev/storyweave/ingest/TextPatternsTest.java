package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** General news layout patterns in plain text, and ordinary prose that must not match them. */
class TextPatternsTest {

  private static final TextPatterns PATTERNS = new TextPatterns(OutletGazetteer.shared());

  private static final String LEAD_REST =
      " The central bank raised its main interest rate by half a point on Wednesday, its third"
          + " increase this year, citing prices that keep rising faster than wages.";

  private record Found(ArticleDraft fields, String body) {}

  private static Found extract(String text) {
    ArticleDraft draft = new ArticleDraft("x", "x");
    String body = PATTERNS.extract(text, draft);
    return new Found(draft, body);
  }

  private static <T> Inferred<T> found(T value) {
    return Inferred.of(value, Inference.TEXT_PATTERN);
  }

  @Test
  void wireDatelineWithCredit() {
    Found f = extract("FRANKFURT (Reuters) -" + LEAD_REST);
    assertThat(f.fields.dateline).isEqualTo(found("FRANKFURT"));
    assertThat(f.fields.outlet).isEqualTo(found("Reuters"));
    Found ap = extract("SAO PAULO, Brazil (AP) —" + LEAD_REST);
    assertThat(ap.fields.dateline).isEqualTo(found("SAO PAULO, Brazil"));
    assertThat(ap.fields.outlet).isEqualTo(found("Associated Press"));
    Found mixed = extract("Porto Alegre (AFP) –" + LEAD_REST);
    assertThat(mixed.fields.dateline).isEqualTo(found("Porto Alegre"));
    assertThat(mixed.fields.outlet).isEqualTo(found("Agence France-Presse"));
    Found politician = extract("Sen. Jane Roe (D-Ore.) — who chairs the committee —" + LEAD_REST);
    assertThat(politician.fields.dateline).isEqualTo(Inferred.none());
    assertThat(politician.fields.outlet).isEqualTo(Inferred.none());
    Found dated = extract("LONDON, March 4 (Reuters) -" + LEAD_REST);
    assertThat(dated.fields.dateline).isEqualTo(found("LONDON"));
    assertThat(dated.fields.published).as("no year, no date").isEqualTo(Inferred.none());
  }

  @Test
  void creditWithoutDatelineKeepsTheUnknownOutletAsWritten() {
    Found f = extract("(Valley Herald) —" + LEAD_REST);
    assertThat(f.fields.outlet).isEqualTo(found("Valley Herald"));
    assertThat(f.fields.dateline).isEqualTo(Inferred.none());
    assertThat(f.body).startsWith("(Valley Herald) —");
  }

  @Test
  void headlineBylineAndDateLinesAreCutAndRecorded() {
    String text =
        "Central bank raises rates again\n"
            + "By Maria Lindqvist and Omar Haddad, Bloomberg\n"
            + "Published: March 4, 2031 at 10:15 a.m.\n\n"
            + "STOCKHOLM —"
            + LEAD_REST
            + "\n\nSecond paragraph.";
    Found f = extract(text);
    assertThat(f.fields.title).isEqualTo(found("Central bank raises rates again"));
    assertThat(f.fields.byline).isEqualTo(found("Maria Lindqvist and Omar Haddad"));
    assertThat(f.fields.outlet).isEqualTo(found("Bloomberg"));
    assertThat(f.fields.published).isEqualTo(found(LocalDate.of(2031, 3, 4)));
    assertThat(f.fields.dateline).isEqualTo(found("STOCKHOLM"));
    assertThat(f.body).startsWith("STOCKHOLM —").endsWith("Second paragraph.");
  }

  @Test
  void keyValueHeaderOfASavedArticle() {
    String text =
        "Title: Central bank raises rates again\n"
            + "Source: AFP\n"
            + "URL: https://news.example/rates\n"
            + "Date: 2031-03-04\n"
            + "Author: Maria Lindqvist\n\n"
            + LEAD_REST.strip();
    Found f = extract(text);
    assertThat(f.fields.title).isEqualTo(found("Central bank raises rates again"));
    assertThat(f.fields.outlet).isEqualTo(found("Agence France-Presse"));
    assertThat(f.fields.url).isEqualTo("https://news.example/rates");
    assertThat(f.fields.published).isEqualTo(found(LocalDate.of(2031, 3, 4)));
    assertThat(f.fields.byline).isEqualTo(found("Maria Lindqvist"));
    assertThat(f.body).isEqualTo(LEAD_REST.strip());
  }

  @Test
  void contributorAndCopyrightLinesNameTheOutlet() {
    assertThat(
            extract(LEAD_REST + "\n\nAssociated Press writer Jan Novak in Prague contributed.")
                .fields
                .outlet)
        .isEqualTo(found("Associated Press"));
    assertThat(
            extract(LEAD_REST + "\n\nABC's Dana Miles contributed to this report.").fields.outlet)
        .isEqualTo(found("ABC"));
    assertThat(extract(LEAD_REST + "\n\n© 2031 The Guardian. All rights reserved.").fields.outlet)
        .isEqualTo(found("The Guardian"));
    assertThat(extract(LEAD_REST + "\n\nCopyright 2031 Unknown Blog").fields.outlet)
        .as("an outlet outside the gazetteer is not trusted from a copyright line")
        .isEqualTo(Inferred.none());
  }

  @Test
  void repeatedSelfReferenceToOneKnownOutlet() {
    String text =
        LEAD_REST
            + "\n\nTwo officials told Reuters the decision was close."
            + "\n\n\"It was close,\" the minister told Reuters on Monday."
            + "\n\nReuters has contacted the ministry for comment.";
    assertThat(extract(text).fields.outlet).isEqualTo(found("Reuters"));
    assertThat(extract(LEAD_REST + "\n\nAn official told Reuters it was close.").fields.outlet)
        .as("once is a citation, not a self-reference")
        .isEqualTo(Inferred.none());
    String named =
        LEAD_REST
            + "\n\n\"We will win,\" the senator told Reuters."
            + "\n\nShe later told Reuters she was sure.";
    assertThat(extract(named).fields.outlet)
        .as("a named person's interview with an outlet is cited, not written, by this article")
        .isEqualTo(Inferred.none());
    String two =
        LEAD_REST
            + "\n\nOne official told Reuters it was close. Officials told the BBC it was not."
            + "\n\nA spokesperson told Reuters the same.";
    assertThat(extract(two).fields.outlet)
        .as("two outlets cited: neither is the author")
        .isEqualTo(Inferred.none());
  }

  @Test
  void ordinaryOpeningsAreNotDatelines() {
    for (String opening :
        new String[] {
          "Only one leader — the prime minister — attended the summit, officials said.",
          "The Kremlin — which denies the claim — said talks would go on.",
          "Prices rose - again - in March, the statistics office said.",
          "NATO allies met on Tuesday — the first time since June.",
          "In Paris, France's president said the plan was sound.",
          "EXCLUSIVE – The minister said the plan was sound.",
          "BREAKING — Markets fell sharply at the open.",
        }) {
      Found f = extract(opening + LEAD_REST);
      assertThat(f.fields.dateline).as(opening).isEqualTo(Inferred.none());
      assertThat(f.fields.outlet).as(opening).isEqualTo(Inferred.none());
      assertThat(f.body).as(opening).startsWith(opening);
    }
  }

  @Test
  void longLeadSentenceIsShortenedAtAClauseOrWord() {
    assertThat(TextPatterns.shorten("Short lead sentence here."))
        .isEqualTo("Short lead sentence here.");
    String clause =
        "The council approved the plan to rebuild the old harbour wall on Monday, after a debate"
            + " that ran late into the night and ended with a narrow vote of nine to eight.";
    assertThat(TextPatterns.shorten(clause))
        .isEqualTo("The council approved the plan to rebuild the old harbour wall on Monday");
    String words = "word ".repeat(60).strip();
    assertThat(TextPatterns.shorten(words)).endsWith("word…").hasSizeLessThanOrEqualTo(151);
  }

  @Test
  void headlineIsNotTakenWhenNoBodyFollows() {
    Found f = extract("Just a short line");
    assertThat(f.body).isEqualTo("Just a short line");
    assertThat(f.fields.title).isEqualTo(found("Just a short line"));
  }
}
