package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.app.cli.StoryweaveCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The DUC-layout reader and the eval command on a tiny invented cluster. */
class SummariesEvalTest {

  private static final String DOC_A =
      """
      <DOC>
      <DOCNO> APW20240301.0001 </DOCNO>
      <DOCTYPE> NEWS STORY </DOCTYPE>
      <DATE_TIME> 2024-03-01 10:15 </DATE_TIME>
      <BODY>
      <HEADLINE> Storm floods river towns </HEADLINE>
      <TEXT>
      <P> A storm flooded three river towns in the valley on Friday &amp; forced 2,000 people from \
      their homes. </P>
      <P> Rescue teams used boats to reach families trapped on rooftops. </P>
      <P> The regional governor declared a state of emergency for the whole valley. </P>
      <P> Forecasters expect the river to crest on Sunday. </P>
      </TEXT>
      </BODY>
      </DOC>
      """;
  private static final String DOC_B =
      """
      <DOC>
      <DOCNO> XIE20240302.0007 </DOCNO>
      <DATE_TIME> 2024-03-02 </DATE_TIME>
      <TEXT>
      Floods forced about 2,000 people to leave their homes in three valley towns after a storm.
      The governor declared a state of emergency across the valley on Friday night.
      Boats carried rescue teams to families stranded on the roofs of their houses.
      Officials said the river would crest on Sunday before falling.
      </TEXT>
      </DOC>
      """;

  private static Path cluster(Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs/D0999A"));
    Files.writeString(docs.resolve("APW20240301.0001"), DOC_A);
    Files.write(docs.resolve("XIE20240302.0007"), DOC_B.getBytes(StandardCharsets.ISO_8859_1));
    Path models = Files.createDirectories(dir.resolve("models"));
    Files.writeString(
        models.resolve("D0999.M.250.A.C"),
        "A storm flooded three towns in a river valley and forced 2,000 people from their homes.\n"
            + "The governor declared a state of emergency. Rescue teams used boats.");
    Files.writeString(
        models.resolve("D0999.M.250.A.F"),
        "Floods in three valley towns displaced about 2,000 people. A state of emergency was"
            + " declared and the river was expected to crest on Sunday.");
    Files.writeString(models.resolve("D0998.M.250.B.C"), "Another cluster's summary.");
    Files.writeString(
        dir.resolve("topics.sgml"),
        "<topic>\n<num> D0999A </num>\n<title> Valley floods </title>\n"
            + "<narr> Describe the flooding and the response to it. </narr>\n</topic>\n");
    return dir;
  }

  @Test
  void readsDocumentsReferencesAndTopics(@TempDir Path tmp) throws Exception {
    List<DucCorpus.Cluster> clusters = DucCorpus.read(cluster(tmp));
    assertThat(clusters)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo("D0999A");
              assertThat(c.references()).hasSize(2);
              assertThat(c.focus())
                  .isEqualTo("Valley floods Describe the flooding and the response to it.");
              assertThat(c.documents()).hasSize(2);
              DucCorpus.Document a = c.documents().get(0);
              assertThat(a.docno()).isEqualTo("APW20240301.0001");
              assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 1));
              assertThat(a.headline()).isEqualTo("Storm floods river towns");
              assertThat(a.text())
                  .startsWith("A storm flooded")
                  .contains("Friday & forced")
                  .doesNotContain("<P>");
              assertThat(a.text().lines()).hasSize(4);
              assertThat(SummariesEval.leadBaseline(c)).startsWith("Floods forced");
            });
  }

  @Test
  void evalPrintsScoresAndEndsWithTheMachineReadableLine(@TempDir Path tmp) throws Exception {
    Path dir = cluster(tmp);
    for (String[] args :
        List.of(
            new String[] {"eval", "summaries", "--corpus", dir.toString()},
            new String[] {"eval", "summaries", "--corpus", dir.toString(), "--focus"})) {
      StringWriter out = new StringWriter();
      CommandLine cli = StoryweaveCommand.commandLine();
      cli.setOut(new PrintWriter(out));
      assertThat(cli.execute(args)).isZero();
      List<String> lines = out.toString().strip().lines().toList();
      String last = lines.get(lines.size() - 1);
      assertThat(last)
          .matches(
              "summaries: rouge1=0\\.\\d{4} rouge2=0\\.\\d{4} rougesu4=0\\.\\d{4}"
                  + " lead_rouge2=0\\.\\d{4} clusters=1");
      assertThat(out.toString()).contains("lead baseline");
      double rouge1 = Double.parseDouble(last.replaceAll(".*rouge1=(\\S+).*", "$1"));
      assertThat(rouge1).isGreaterThan(0.2);
    }
  }
}
