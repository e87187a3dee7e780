package dev.storyweave.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFactsTest {

  private static final LocalDate THURSDAY = LocalDate.of(2025, 5, 15);

  @Test
  void capitalAttributesInTheirUsualShapes() {
    assertThat(ClaimFacts.of("Talks were held in Lyon, the French capital.", null).attributes)
        .extracting(ClaimFacts.Attribute::key, ClaimFacts.Attribute::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("France|capital", "Lyon"));
    assertThat(ClaimFacts.of("Paris is the capital of France.", null).attributes)
        .extracting(ClaimFacts.Attribute::value)
        .containsExactly("Paris");
    assertThat(
            ClaimFacts.of("He met Spain's prime minister in the capital, Madrid, on Monday.", null)
                .attributes)
        .extracting(ClaimFacts.Attribute::key, ClaimFacts.Attribute::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Spain|capital", "Madrid"));
    assertThat(ClaimFacts.of("Kenya's capital Nairobi was calm.", null).attributes)
        .extracting(ClaimFacts.Attribute::value)
        .containsExactly("Nairobi");
  }

  @Test
  void capitalAsMoneyOrPluralIsNoAttribute() {
    assertThat(ClaimFacts.of("Investors raised capital markets funds in Germany.", null).attributes)
        .isEmpty();
    assertThat(
            ClaimFacts.of("The talks took place in the capitals of both countries.", null)
                .attributes)
        .isEmpty();
  }

  @Test
  void numbersCarryTheirUnitAndAnchor() {
    ClaimFacts f =
        ClaimFacts.of("At least 12 people were killed in the blast on Sunday.", THURSDAY);
    assertThat(f.values)
        .anySatisfy(
            v -> {
              assertThat(v.kind()).isEqualTo("number");
              assertThat(v.unit()).isEqualTo("peopl");
              assertThat(v.value()).isEqualTo("12");
              assertThat(v.anchor()).contains("kill", "blast");
            });
    assertThat(f.values).anySatisfy(v -> assertThat(v.value()).isEqualTo("2025-05-11"));
    assertThat(ClaimFacts.of("They agreed a 30-day ceasefire in 2022 at 07:00.", null).values)
        .extracting(ClaimFacts.Anchored::unit, ClaimFacts.Anchored::number)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("day", 30.0));
  }

  @Test
  void negationParity() {
    assertThat(ClaimFacts.of("The minister did not attend the meeting.", null).negated).isTrue();
    assertThat(ClaimFacts.of("The minister attended the meeting.", null).negated).isFalse();
    assertThat(ClaimFacts.of("The minister didn't attend.", null).negated).isTrue();
  }

  @Test
  void weekdaysResolveBackwardUnlessTheSentenceLooksAhead() {
    assertThat(dates("Putin proposed talks on Sunday.")).containsExactly(LocalDate.of(2025, 5, 11));
    assertThat(dates("He will travel on Saturday.")).containsExactly(LocalDate.of(2025, 5, 17));
    assertThat(dates("He said on Tuesday that he will meet the president."))
        .containsExactly(LocalDate.of(2025, 5, 13));
    assertThat(dates("The deadline was May 12th, and talks began on 15 May 2025."))
        .containsExactly(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 15));
    assertThat(dates("The meeting is on Thursday.")).containsExactly(THURSDAY);
  }

  @Test
  void explicitDatesNeedNoAnchorWeekdaysDo() {
    assertThat(ClaimFacts.of("Updated May 15, 2025 at 5:56 PM", null).values)
        .extracting(ClaimFacts.Anchored::value)
        .containsExactly("2025-05-15");
    assertThat(ClaimFacts.of("The ministers met on Friday.", null).values).isEmpty();
  }

  @Test
  void countriesFromNamesAliasesAndDemonyms() {
    assertThat(Countries.resolve("Turkish")).isEqualTo("Turkey");
    assertThat(Countries.resolve("Ukrainian")).isEqualTo("Ukraine");
    assertThat(Countries.resolve("Chinese")).isEqualTo("China");
    assertThat(Countries.resolve("French")).isEqualTo("France");
    assertThat(Countries.resolve("U.S.")).isEqualTo("United States");
    assertThat(Countries.resolve("Kremlin")).isNull();
    assertThat(Countries.resolve("European")).isNull();
  }

  @Test
  void independentSourcesCollapseProvenanceComponents() {
    IndependentSources sources =
        IndependentSources.of(
            List.of(
                new Derivation("b", "a", DerivationKind.REWRITE, 0.5, List.of()),
                new Derivation("c", "b", DerivationKind.DUPLICATE, 1.0, List.of())));
    assertThat(sources.count(List.of("a", "b", "c", "d"))).isEqualTo(2);
    assertThat(sources.independent(List.of("a"), List.of("c"))).isFalse();
    assertThat(sources.independent(List.of("a"), List.of("d"))).isTrue();
  }

  private static List<LocalDate> dates(String text) {
    return ClaimFacts.of(text, THURSDAY).values.stream()
        .filter(v -> v.kind().equals("day"))
        .map(v -> LocalDate.parse(v.value()))
        .toList();
  }
}
