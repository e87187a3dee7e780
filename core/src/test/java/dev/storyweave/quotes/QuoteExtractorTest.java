package dev.storyweave.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.QuoteMention;
import dev.storyweave.text.TextAnalyzer;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteExtractorTest {

  static Stream<Arguments> quotes() {
    return Stream.of(
        // text, words of the quote, expected speaker name
        Arguments.of(
            "“We will rebuild the bridge,” said Mayor Anna Kowalski.",
            "We will rebuild the bridge,",
            "Anna Kowalski"),
        Arguments.of(
            "\"Prices will fall next year,\" the finance minister told reporters.",
            "Prices will fall next year,",
            "the finance minister"),
        Arguments.of("'We are not leaving,' Jonas Berg said.", "We are not leaving,", "Jonas Berg"),
        Arguments.of(
            "«We will not sign this deal», Maria Lopez said.",
            "We will not sign this deal",
            "Maria Lopez"),
        Arguments.of("»We will sign«, Peter Holm said.", "We will sign", "Peter Holm"),
        Arguments.of(
            "„The border stays open“, said Klaus Meyer.", "The border stays open", "Klaus Meyer"),
        Arguments.of(
            "“We lost. We will try again next year,” coach Dana Reyes said.",
            "We lost. We will try again next year,",
            "Dana Reyes"),
        Arguments.of(
            "Governor Lisa Park was blunt: “The budget is broken.”",
            "The budget is broken.",
            "Lisa Park"),
        Arguments.of(
            "Schools\n- “Schools reopen on Monday,” the education ministry said.\n",
            "Schools reopen on Monday,",
            "the education ministry"),
        Arguments.of(
            "'We will win this war', says General Omar Haddad\nThe general spoke on Monday.",
            "We will win this war",
            "Omar Haddad"),
        Arguments.of(
            "Finance Minister Ruth Okafor spoke in Lagos. “Inflation is easing,” she said.",
            "Inflation is easing,",
            "Ruth Okafor"),
        Arguments.of(
            "The deal is “dead on arrival,” according to Senator Mark Ellis.",
            "dead on arrival,",
            "Mark Ellis"),
        Arguments.of(
            "Central bank spokesman Ivan Petrov declined to comment on Monday. Later, the bank's"
                + " spokesman said: “Rates will stay where they are.”",
            "Rates will stay where they are.",
            "Ivan Petrov"),
        Arguments.of(
            "Lena Fischer posted on X: “We did it, finally.”", "We did it", "Lena Fischer"),
        Arguments.of(
            "“We are ready,” Sam Cole said. “The trucks are loaded.”",
            "The trucks are loaded.",
            "Sam Cole"),
        Arguments.of(
            "Dr. Rosa Vidal, a virologist at the city hospital, said the wave “has clearly"
                + " peaked.”",
            "has clearly peaked.",
            "Rosa Vidal"),
        // a title's full stop ends no sentence
        Arguments.of(
            "“We will stay in the race,” Mrs. Nora Lane said Saturday.",
            "We will stay in the race,",
            "Nora Lane"),
        // the tagger reads "notes" as a noun after a name
        Arguments.of(
            "“Look at what the council did,” Okafor notes.",
            "Look at what the council did,",
            "Okafor"),
        // a role word before the name, after an inverted cue
        Arguments.of(
            "“Nobody wants a rerun of the last vote,” said pollster Dana Whitcomb.",
            "Nobody wants a rerun",
            "Dana Whitcomb"),
        // a quote-only paragraph continues the subject of the paragraph before
        Arguments.of(
            "The baker Tom Reyes praised the mayor's response to the flood.\n\n“We need"
                + " someone who gets things done.”\n",
            "We need someone who gets things done.",
            "Tom Reyes"),
        // right after a quote, a definite phrase's verb is its verb of saying
        Arguments.of(
            "Kim Ortega owns the bakery. “Come back next week,” the 43-year-old laughed.",
            "Come back next week,",
            "the 43-year-old"),
        // the tokenizer splits a hyphenated name
        Arguments.of(
            "“The vote is a scandal,” Ana Ruiz-Olmo said.",
            "The vote is a scandal,",
            "Ana Ruiz-Olmo"),
        Arguments.of(
            "\"There is no path left,\" said one of the party's advisers, who asked not to be"
                + " named.",
            "There is no path left,",
            "one of the party's advisers"),
        // right after an inverted cue, any noun phrase speaks
        Arguments.of(
            "“They will find a way to cheat,” wrote one commenter.",
            "They will find a way to cheat,",
            "one commenter"),
        Arguments.of(
            "Rep. Ann Lee (D-Ore.), a Democrat who has pushed for the bill, said that it was “a"
                + " long overdue fix.”",
            "a long overdue fix.",
            "Ann Lee"),
        Arguments.of(
            "“It was a sizable purchase of data,” said L2 president Dana Whitcomb, who declined"
                + " to give a price.",
            "It was a sizable purchase of data,",
            "Dana Whitcomb"),
        // a bare "NP said." after a full stop inside the quote still attributes it
        Arguments.of(
            "The rally ended late.\n\n“I hope you find the missing files.” Omar Haddad said.\n",
            "I hope you find the missing files.",
            "Omar Haddad"),
        // a relative clause inside the appositive has verbs of its own
        Arguments.of(
            "\"It is too early,\" Rita Holm, who has not endorsed anyone, told reporters.",
            "It is too early,",
            "Rita Holm"),
        // any subject before a relative clause, not only a name, owns the cue after it
        Arguments.of(
            "The complaint, which was filed in court, alleged that the firm \"failed to secure"
                + " its servers.\"",
            "failed to secure",
            "The complaint"),
        // an -ing word after a noun inside the aside is a thing, not a verb of the clause
        Arguments.of(
            "Lopez, during a town hall meeting in Dayton, Ohio, said she was \"going to put the"
                + " miners back to work.\"",
            "going to put the miners",
            "Lopez"),
        Arguments.of(
            "The campaign projects that \"a small tax on trades would raise billions.\"",
            "a small tax on trades",
            "The campaign"),
        // a lone surname opening the sentence before a verbless aside and a cue is a name
        Arguments.of(
            "Lund, in Kentucky, said Tuesday that Reed was \"a total lightweight.\"",
            "a total lightweight.",
            "Lund"),
        // a title the tagger reads as a conjunction at the sentence start opens the name
        Arguments.of(
            "Circuit Court Judge Omar Hale, writing for the majority, said the period"
                + " \"is really quite generous.\"",
            "is really quite generous.",
            "Omar Hale"),
        // "X VERB its object and said": the subject of the first verb, not a name before it
        Arguments.of(
            "When told Reed was in the running, Nils Berg thought for a moment and said that in"
                + " this climate, \"it's an advantage not to be famous.\"",
            "it's an advantage not to be famous.",
            "Nils Berg"),
        // a participle opening an aside ("asked about ...") is not the clause's verb
        Arguments.of(
            "It came up after Mr. Lund, asked about the closures, had said, \"I think the city"
                + " does plenty of harm also.\"",
            "I think the city does plenty of harm also.",
            "Lund"),
        // a quote closing a leading subordinate clause goes to that clause's cue, not to the
        // main clause after it
        Arguments.of(
            "When Mira Lund later turned to the attack and said she would \"protect all our"
                + " citizens,\" the crowd applauded loudly.",
            "protect all our citizens,",
            "Mira Lund"),
        // a sentence closing with its reporter (", reports NP." / ", NP reported.") has that
        // outlet as its outer source, as "according to" does
        Arguments.of(
            "\"The plan leaves us out,\" said Kay Dorn, director of the group, reports the"
                + " Valley Ledger.",
            "The plan leaves us out,",
            "Valley Ledger"),
        Arguments.of(
            "Fans also chanted, \"Close the mill now,\" at the rally, the Harbor Tribune"
                + " reported.",
            "Close the mill now,",
            "Harbor Tribune"),
        // a day between the subject and the cue ("X later Thursday told") is no subject
        Arguments.of(
            "Varga later Thursday told Radio North: \"Both of them are meeting next week.\"",
            "Both of them are meeting next week.",
            "Varga"),
        // the name after "with" before a colon is compared with, not speaking
        Arguments.of(
            "Nina Perez contrasted the senator with Clark: \"What I have seen is a steady"
                + " hand.\"",
            "What I have seen is a steady hand.",
            "Nina Perez"),
        // a participle after `"...," NP added,` continues that speaker, not the sentence's
        // opening subject
        Arguments.of(
            "Hale cannot say that \"from his own view, the case is closed,\" Lund added, saying"
                + " it should be \"up to the prosecutor to move forward or not.\"",
            "up to the prosecutor",
            "Lund"),
        // "X said Y was right to urge ...": the outer cue's subject speaks, not a name from a
        // leading clause
        Arguments.of(
            "In a year when Lund is talking about cuts, Yara Pell said Ortiz was right to urge"
                + " leaders \"to stand up and be active.\"",
            "to stand up and be active.",
            "Yara Pell"),
        // after a question mark, "Her critics cited it as ..." opens a new sentence, no cue
        Arguments.of(
            "Dana Holt, exasperated, responded: \"What difference does it make now?\" Her critics"
                + " cited it as evidence that she did not care.",
            "What difference does it make now?",
            "Dana Holt"),
        // a comma after the party-and-state parenthesis still leaves the name as subject
        Arguments.of(
            "After winning the state primary, Gov. Tom Lasko (R-OH), said, \"I'm getting ready"
                + " to rent a covered wagon.\"",
            "getting ready to rent",
            "Tom Lasko"));
  }

  @ParameterizedTest
  @MethodSource("quotes")
  void attributesTheQuote(String text, String words, String speaker) {
    List<QuoteMention> mentions = extract(text);
    assertThat(mentions)
        .filteredOn(m -> m.content().text().contains(words))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.direct()).isTrue();
              assertThat(m.speakerName()).isEqualTo(speaker);
              assertThat(text.substring(m.content().start(), m.content().end()))
                  .isEqualTo(m.content().text());
            });
  }

  @Test
  void splitQuoteHalvesShareTheirCue() {
    String text = "Tom Baker arrived late. \"I will go,\" he said, \"if they come.\"";
    List<QuoteMention> mentions = extract(text);
    assertThat(mentions).hasSize(2);
    assertThat(mentions)
        .extracting(m -> m.content().text())
        .containsExactly("I will go,", "if they come.");
    assertThat(mentions.get(0).cue()).isEqualTo(mentions.get(1).cue());
    assertThat(mentions).allSatisfy(m -> assertThat(m.speakerName()).isEqualTo("Tom Baker"));
    assertThat(mentions.get(0).speaker().text()).isEqualTo("he");
  }

  @Test
  void relativePronounIsTheSpeakerAsWrittenAndResolvesToItsAntecedent() {
    for (String text :
        List.of(
            "The plan drew fire from Senator Ann Berg, who called it “a gift to the big banks.”",
            "The plan drew fire from Senator Ann Berg, who said it was “a gift to the big"
                + " banks.”")) {
      assertThat(extract(text))
          .filteredOn(QuoteMention::direct)
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.speaker().text()).isEqualTo("who");
                assertThat(m.speakerName()).isEqualTo("Ann Berg");
              });
    }
  }

  @Test
  void nestedReportingGoesToTheOuterSpeaker() {
    assertThat(extract("Ana Berg said she asked the question “because nobody else would.”"))
        .filteredOn(QuoteMention::direct)
        .singleElement()
        .satisfies(m -> assertThat(m.speaker().text()).isEqualTo("Ana Berg"));
  }

  @Test
  void findsClearReportedSpeech() {
    List<QuoteMention> said =
        extract("Finance Minister Ruth Okafor said on Monday that inflation had peaked in March.");
    assertThat(said)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.direct()).isFalse();
              assertThat(m.content().text()).isEqualTo("inflation had peaked in March");
              assertThat(m.speakerName()).isEqualTo("Ruth Okafor");
              assertThat(m.cue().text()).isEqualTo("said");
            });
    List<QuoteMention> after = extract("The bridge will reopen next week, city officials said.");
    assertThat(after)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.content().text()).isEqualTo("The bridge will reopen next week");
              assertThat(m.speaker().text()).isEqualTo("city officials");
            });
    List<QuoteMention> according =
        extract("According to the agency, the storm will reach the coast on Friday.");
    assertThat(according)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.content().text()).isEqualTo("the storm will reach the coast on Friday");
              assertThat(m.speaker().text()).isEqualTo("the agency");
            });
    assertThat(extract("The minister visited the flooded villages on Monday afternoon.")).isEmpty();
  }

  @Test
  void scareQuotesAreNotStatements() {
    assertThat(extract("The so-called “peace plan” was rejected by the council.")).isEmpty();
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(extract("The leaders' talks in Rome didn't end the workers' strike.")).isEmpty();
  }

  @Test
  void survivesHostileText() {
    Random random = new Random(20261123L);
    String alphabet = "ab Cd.,;:!?\"'“”„«»‘’‹›-—\n()said he ";
    String[] words = {
      "said",
      "he",
      "“",
      "”",
      "\"",
      "'",
      "‘",
      "’",
      "«",
      "»",
      "„",
      "Anna",
      "Lee",
      "the",
      "minister",
      ",",
      ".",
      ":",
      "\n",
      "according",
      "''",
      "(",
      ")",
      "M.",
      "Mr.",
      "that",
      "adding",
      "and",
      "smiled",
      "Officials",
      "spokesman",
      "it",
      "to",
      "told",
      "they",
      "X",
      "who",
      "-",
      "—",
      "'s"
    };
    for (int round = 0; round < 600; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(120);
      for (int i = 0; i < length; i++) {
        if (random.nextBoolean()) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        } else {
          text.append(words[random.nextInt(words.length)]).append(' ');
        }
      }
      String s = text.toString();
      List<QuoteMention> mentions = extract(s);
      for (QuoteMention m : mentions) {
        assertThat(s.substring(m.content().start(), m.content().end()))
            .isEqualTo(m.content().text());
        if (m.speaker() != null) {
          assertThat(s.substring(m.speaker().start(), m.speaker().end()))
              .isEqualTo(m.speaker().text());
        }
        if (m.cue() != null) {
          assertThat(s.substring(m.cue().start(), m.cue().end())).isEqualTo(m.cue().text());
        }
      }
    }
  }

  @Test
  void quoteWithoutAPatternTakesTheSpeakerOfItsSentence() {
    assertSpeaker(
        "Mara Quist filed a request with the council for “records that show every payment to the"
            + " firm.”",
        "records that show",
        "Mara Quist");
    assertSpeaker(
        "Dana Holt agreed. “The party is running out of time to find a candidate.”",
        "running out of time",
        "Dana Holt");
  }

  @Test
  void taggerMisreadingsAroundCuesKeepTheSpeaker() {
    assertSpeaker(
        "“We found young people are worried about the border,” the official said.",
        "We found young people",
        "the official");
    assertSpeaker(
        "“If the council wants a new plan, it should ask for one,” the editorial read.",
        "it should ask for one",
        "the editorial");
  }

  @Test
  void nameTaggedAsFunctionWordAfterCueIsTheSpeaker() {
    // the tagger reads the unknown surname as a subordinating conjunction
    assertSpeaker("“We will win the county by a wide margin,” said Hough.", "We will win", "Hough");
  }

  @Test
  void shortTitlesInQuotesAreNotStatements() {
    assertThat(extract("Mayor Ann Lee said on “Meet the Voters” that the vote was close."))
        .filteredOn(QuoteMention::direct)
        .isEmpty();
    assertThat(extract("Ann Lee read “Showcase of Democracy” aloud.")).isEmpty();
    // a quotation in capitals is shouted, not a title
    assertSpeaker("Ann Lee wrote: “STOP THE WAR NOW”", "STOP THE WAR", "Ann Lee");
  }

  @Test
  void singleQuotesBesideDoubleQuotesAreHeadlinesNotStatements() {
    String text =
        "Lee: 'we will not retreat from the city'\n“We will hold the line,” Ann Lee said.\n";
    assertThat(extract(text))
        .filteredOn(QuoteMention::direct)
        .extracting(m -> m.content().text())
        .containsExactly("We will hold the line,");
  }

  @Test
  void nestedReportingGoesToTheOuterSourceOfTheClause() {
    assertSpeaker(
        "Tom Reyes said Ana Berg urged leaders “to stand up and be counted.”",
        "to stand up",
        "Tom Reyes");
    assertSpeaker(
        "According to the agency, Ana Berg said the plan was “a total failure from the start.”",
        "a total failure",
        "the agency");
    assertSpeaker(
        "“The bill will pass this week,” Ana Berg said, according to a pool report.",
        "The bill will pass",
        "a pool report");
  }

  @Test
  void subordinateClauseKeepsItsOwnSpeaker() {
    String text =
        "Tom Reyes said late Monday that he would attend the meeting, although Ana Berg"
            + " tweeted that she “rejects the latest comments about the plan.”";
    assertSpeaker(text, "rejects the latest", "Ana Berg");
  }

  @Test
  void aStatementIssuedIsNotItsOwnSpeaker() {
    assertSpeaker(
        "Ana Berg issued a statement saying the ruling was “a victory for every family.”",
        "a victory for",
        "Ana Berg");
  }

  @Test
  void capitalisedCueInsideANameIsNoCue() {
    assertSpeaker(
        "Ana Berg said on Monday that the United States should not carry “the bulk of the"
            + " burden.”",
        "the bulk of",
        "Ana Berg");
  }

  @Test
  void participleAfterAPrepositionObjectBelongsToTheClauseSubject() {
    assertSpeaker(
        "The campaign sent a text message to supporters saying: “We were just declared the"
            + " winner tonight.”",
        "declared the winner",
        "The campaign");
    assertSpeaker(
        "The council put out a statement saying the plan “does not have the money it needs.”",
        "does not have",
        "The council");
    // "with X saying": the phrase after "with" speaks, not the clause's subject
    String with =
        "Lee turned on Berg, with the campaign of the senator from Ohio saying he was “not a"
            + " real reformer.”";
    assertThat(extract(with))
        .filteredOn(m -> m.direct() && m.content().text().contains("not a real"))
        .singleElement()
        .satisfies(m -> assertThat(m.speaker().start()).isGreaterThan(with.indexOf("with")));
  }

  @Test
  void widestFallbackSkipsObjectsOfPrepositions() {
    assertSpeaker(
        "“Will he be the next mayor of the city?” a council aide in the room wondered.",
        "the next mayor",
        "a council aide");
  }

  @Test
  void participleContinuesTheClauseAfterItsSubordinator() {
    assertSpeaker(
        "Tom Reyes changed his plan on Saturday when Ana Berg announced her running mate,"
            + " calling him “my partner in this campaign.”",
        "my partner",
        "Ana Berg");
    // a subordinate clause opening the sentence leaves the participle to the main clause
    assertSpeaker(
        "Although he thanked the voters, Tom Reyes sounded a rare note of doubt, saying “I am"
            + " not sure I deserve it.”",
        "not sure",
        "Tom Reyes");
  }

  @Test
  void passiveCueGoesToItsAgent() {
    assertSpeaker(
        "Tom Reyes was asked by moderator Ana Berg whether the plan would risk “adding another"
            + " costly program to the budget.”",
        "adding another",
        "moderator Ana Berg");
  }

  @Test
  void firstPersonWriterQuotesThemselves() {
    assertSpeaker(
        "I stood up in the courtroom. “I am not afraid of the truth,” I said.", "not afraid", "I");
  }

  @Test
  void transcriptLabelNamesTheSpeaker() {
    String text =
        "The senator spoke to the host on Sunday.\n\n\"HOST: Will you vote for the bill next"
            + " week?\n\n\"BROOKS: I will not vote for it, and neither will my colleagues.\"\n\n"
            + "REYES: \"We have the votes we need,\" she added later.";
    assertSpeaker(text, "Will you vote", "HOST");
    assertSpeaker(text, "neither will my colleagues", "BROOKS");
    assertSpeaker(text, "We have the votes", "REYES");
  }

  @Test
  void capitalisedWordsInsideASentenceAreNoLabel() {
    assertSpeaker(
        "Officials said the NATO summit would go ahead. “We are ready: NATO stands united,” said"
            + " Ana Berg.",
        "We are ready",
        "Ana Berg");
  }

  @Test
  void cueInARelativeClauseAfterADashTakesThatClausesSubject() {
    assertSpeaker(
        "Perhaps it is a twist of fate, but given the union's efforts to collect -- which the"
            + " company's chief executive, Tom Reed, called “total political nonsense” -- one"
            + " question has emerged.",
        "political nonsense",
        "Tom Reed");
  }

  @Test
  void aNounOfSayingAfterItsOwnerIsNoCueVerb() {
    assertSpeaker(
        "Mayor Ruth Dale denounced the governor's remarks as “petty and insulting” on Monday.",
        "petty and insulting",
        "Mayor Ruth Dale");
  }

  @Test
  void theNameOpeningTheClauseSpeaksOverItsAppositives() {
    assertSpeaker(
        "Marco Vitale, the editor in chief of the city's oldest newspaper, Il Corriere, said every"
            + " mayor was “both a builder and a politician.”",
        "builder and a politician",
        "Marco Vitale");
    assertSpeaker(
        "Mr. Osei, whose latest company, Datalink, sells software to farmers, said the senator"
            + " was “a start-up kind of guy.”",
        "start-up kind",
        "Mr. Osei");
  }

  @Test
  void aCueWordAfterAnOwnerIsANoun() {
    assertSpeaker(
        "The Lee campaign called Reuters' report a “rush to judgment,” because delegates can"
            + " still change sides.",
        "rush to judgment",
        "The Lee campaign");
  }

  @Test
  void thePhraseBeforeAParenthesisOrADashedAsideSpeaks() {
    assertSpeaker(
        "After the floods in Iowa and Ohio, Governor Ann Lee (R-IA) said the plan was “too little"
            + " and far too late.”",
        "too little",
        "Governor Ann Lee");
    assertSpeaker(
        "A former candidate -- Tom Berg, who lost the 2008 race to the mayor -- said the mayor"
            + " \"offered no changes to his failed strategy.\"",
        "offered no changes",
        "A former candidate");
  }

  @Test
  void toSayAfterAPrepositionsObjectGoesToTheSubject() {
    assertSpeaker(
        "The judge pointed to a previous case to say that courts \"must weigh the public"
            + " interest first.\"",
        "must weigh",
        "The judge");
  }

  @Test
  void aRoleHolderSpeaksWholeWithItsPreposition() {
    assertSpeaker(
        "A spokesman for the company said the plan was \"dead on arrival\" last week.",
        "dead on arrival",
        "A spokesman for the company");
  }

  @Test
  void aScareQuotedWordLendsNoSpeakerToTheNextStatement() {
    assertSpeaker(
        "''Why is he running against the board?'' asked Mr. Osei, referring to what he calls the"
            + " ''rigged'' vote. ''The answer is he is not.''",
        "The answer is",
        "Mr. Osei");
  }

  @Test
  void anUnknownSurnameTaggedAsAConjunctionAfterACommaIsAName() {
    assertSpeaker(
        "In the email, Ash described the move as a “major breach of our trust,” and asked for a"
            + " vote.",
        "major breach",
        "Ash");
  }

  @Test
  void pointsOutIsAVerbOfSaying() {
    assertSpeaker(
        "“Some of us thought you might be able to work with them,” Bozell points out.",
        "work with them",
        "Bozell");
  }

  @Test
  void anotherAfterAnInvertedCueSpeaks() {
    assertSpeaker(
        "\"Better watch out for the mayor since she said the vote is rigged,\" tweeted another.",
        "Better watch out",
        "another");
  }

  @Test
  void aSurnameTheTaggerCallsAnAdverbOpensTheParagraphBeforeAQuote() {
    assertSpeaker(
        "Howard continued his scathing remarks.\n\n“Eight years ago she was the favourite, and a"
            + " newcomer beat her.”",
        "Eight years ago",
        "Howard");
  }

  @Test
  void aQuotationOverParagraphsInDoubledApostrophesKeepsItsSpeaker() {
    assertSpeaker(
        "''It is a hate crime,'' Mr. Osei said of the attack. ''If he had gone into a church, we"
            + " would call it what it is.\n\n''This was a hate crime as well as terrorism.''",
        "as well as terrorism",
        "Mr. Osei");
  }

  @Test
  void oneBeforeARoleNounIsPartOfTheSpeaker() {
    assertSpeaker(
        "There was no debate. Lee was not one for \"engaging her team in long talks,\" said one"
            + " former executive who asked not to be named.",
        "engaging her team",
        "one former executive");
  }

  @Test
  void aNamedAppositiveClosedByACommaBeforeTheCueSpeaks() {
    assertSpeaker(
        "The agency found no \"ties of any kind,\" aside from the men knowing each other"
            + " \"only casually through work\" at the plant, the agency's director, Jo Ames, said.",
        "only casually",
        "Jo Ames");
  }

  @Test
  void aQuotedWebAddressIsNoQuote() {
    assertThat(
            extract(
                "The clip is online at \"http://video.example.com/watch/123\" and “pic.twitter.com/"
                    + "AbCdEf12” was shared, the campaign said."))
        .isEmpty();
  }

  @Test
  void theSubjectOfAThatComplementIsNotTheClausesSpeaker() {
    assertSpeaker(
        "Osei, the state's sitting governor, repeated claims that Brandt recites the same points,"
            + " calling him a “talented speaker” when he has a script.",
        "talented speaker",
        "Osei");
  }

  @Test
  void aVerbTheTaggerReadsAsAPluralNounAfterANameKeepsTheNameAsSubject() {
    assertSpeaker(
        "In city after city, Perez lobbies for a higher wage: \"No one who works full time should"
            + " live in poverty.\" He says paid leave is next.",
        "No one who works",
        "Perez");
  }

  @Test
  void asXPutItIntroducesXsWords() {
    assertSpeaker(
        "As Professor Lind put it: ''The country does a better job at welcoming newcomers.''",
        "better job",
        "Professor Lind");
  }

  @Test
  void aParticipleAfterAnEarlierQuoteTakesTheSentencesSubject() {
    assertSpeaker(
        "Mayor Ann Lee gave a passionate defense of “city values,” saying the town embodied the"
            + " “heart and soul of the country.”",
        "heart and soul",
        "Mayor Ann Lee");
  }

  @Test
  void referringToSomeoneAsIsAVerbOfSaying() {
    assertSpeaker(
        "A friend referred to him as “the kindest person I have ever met in my life” in a post"
            + " online.",
        "the kindest person",
        "A friend");
  }

  @Test
  void aQuotationSignedWithADashOnTheNextLineIsTheSignersWords() {
    assertSpeaker(
        "We do not grade claims made in debates.\n\n\"Families are worried about the future of"
            + " their kids.\"\n\n- Ann Lee\n",
        "Families are worried",
        "Ann Lee");
  }

  @Test
  void aPluralNounInTheObjectOfACueIsNoSecondCue() {
    assertSpeaker(
        "Last month, the company wrote a letter to the dean, Ann Lee, calling the two lengthy"
            + " investigative reports ''inaccurate and deliberately misleading.''",
        "deliberately misleading",
        "the company");
  }

  @Test
  void aParticiplesSubjectSpeaksEvenWhenItIsNoRoleNoun() {
    assertSpeaker(
        "In three interviews, the justice sounded off on the senator, saying she did not \"want"
            + " to contemplate\" a second term.",
        "want to contemplate",
        "the justice");
  }

  @Test
  void shotBackIsAVerbOfSaying() {
    assertSpeaker(
        "“They are all here because he promises them free things,” Bennett shot back with a laugh.",
        "free things",
        "Bennett");
  }

  @Test
  void anotherBeforeACueSpeaks() {
    assertSpeaker(
        "Ann Waters answered the post. Another tweeted, “The mayor thinks she is above the rules.”",
        "above the rules",
        "Another");
  }

  @Test
  void theSubjectBeforeAColonSpeaksEvenWhenItIsNoPerson() {
    assertSpeaker(
        "A footnote in the report makes that clear: \"These assessments do not apply to the"
            + " older system.\"",
        "do not apply",
        "A footnote");
  }

  @Test
  void aNameBeforeAVerbReadAsAPluralNounSpeaksItsQuote() {
    assertSpeaker(
        "No worker has been asked to give up more.\n\nLee supports \"appropriate pay raises,\""
            + " and recalled the freeze.",
        "appropriate pay raises",
        "Lee");
  }

  @Test
  void aCueTheTaggerReadsAsANounInsideThePhraseAfterAQuoteSplitsIt() {
    assertSpeaker(
        "''This is strictly a business decision,'' a Carrier executive tells employees, describing"
            + " how their jobs will move.",
        "business decision",
        "a Carrier executive");
  }

  @Test
  void aOneWordSignatureAfterADashSigns() {
    assertSpeaker(
        "Her bill went nowhere.\n\n\"Big firms pay zero taxes in this country.\"\n\n- Okafor."
            + "\n\nThis is a complex issue.",
        "zero taxes",
        "Okafor");
  }

  @Test
  void aPronounWithAContractedAuxiliarySpeaks() {
    assertSpeaker(
        "Ever since Ann Lee announced her run last year, she's said the same thing at every stop:"
            + " \"It's not about me, it's about us.\"",
        "not about me",
        "she's");
  }

  @Test
  void aCueBetweenAQuestionAndTheNextQuoteOpensTheNextTurn() {
    String text =
        "Lee answers Ames with, “Why now? That was on my way to Lagos?” Ames then writes back,"
            + " “You look great.”";
    assertSpeaker(text, "Why now", "Lee");
    assertSpeaker(text, "You look great", "Ames");
  }

  @Test
  void aNameAMessageIsAddressedToIsNoSource() {
    assertSpeaker(
        "Senate leader Ann Lee, R-Ky., delivered a blunt message to Osei: \"It is time to stop"
            + " attacking the people you ran against.\"",
        "time to stop",
        "Senate leader Ann Lee");
  }

  /** The direct quote holding {@code words} has the speaker written as {@code speaker}. */
  private static void assertSpeaker(String text, String words, String speaker) {
    assertThat(extract(text))
        .filteredOn(m -> m.direct() && m.content().text().contains(words))
        .singleElement()
        .satisfies(m -> assertThat(m.speaker().text()).isEqualTo(speaker));
  }

  private static List<QuoteMention> extract(String text) {
    return QuoteExtractor.english().extract(TextAnalyzer.english().analyze("t", text));
  }
}
