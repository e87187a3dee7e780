package dev.storyweave.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Mention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectingBriefingWriterTest {

  @Test
  void leadingCreditsAndDatelinesAreCutButTheSpanStaysExact() {
    String text = "(AP) — Flooding forced thousands of residents from their homes on Sunday.";
    Mention m =
        SelectingBriefingWriter.withoutDateline(new Mention(text, "a", 100, 100 + text.length()));
    assertThat(m.text()).isEqualTo(text.substring(7));
    assertThat(m.start()).isEqualTo(107);
    String kyiv = "KYIV and MOSCOW — Hopes for talks faded on Thursday after days of speculation.";
    assertThat(
            SelectingBriefingWriter.withoutDateline(new Mention(kyiv, "a", 0, kyiv.length()))
                .text())
        .isEqualTo("Hopes for talks faded on Thursday after days of speculation.");
    String lagos = "Lagos, Nigeria - The central bank raised its main interest rate on Tuesday.";
    assertThat(
            SelectingBriefingWriter.withoutDateline(new Mention(lagos, "a", 0, lagos.length()))
                .text())
        .isEqualTo("The central bank raised its main interest rate on Tuesday.");
    String plain = "The minister - who spoke briefly - left.";
    assertThat(
            SelectingBriefingWriter.withoutDateline(new Mention(plain, "a", 0, plain.length()))
                .text())
        .isEqualTo(plain);
  }

  @Test
  void mmrPrefersRelevantThenNovel() {
    Map<String, Double> x = Map.of("x", 1.0);
    Map<String, Double> y = Map.of("y", 1.0);
    List<Integer> order =
        MmrSelector.select(new double[] {1.0, 0.95, 0.5}, List.of(x, x, y), 0.7, 3, 0.9);
    assertThat(order).containsExactly(0, 2);
  }
}
