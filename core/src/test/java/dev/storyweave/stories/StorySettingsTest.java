package dev.storyweave.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorySettingsTest {

  @Test
  void builderChangesOneSettingAndKeepsTheRest() {
    StorySettings changed = StorySettings.defaults().toBuilder().timeWindowDays(0).build();
    assertThat(changed.timeWindowDays()).isZero();
    assertThat(changed.joinThreshold()).isEqualTo(StorySettings.defaults().joinThreshold());
    assertThat(changed.toString()).contains("timeWindowDays=0");
  }

  @Test
  void rejectsOutOfRangeValuesNamingTheSetting() {
    assertThatThrownBy(() -> StorySettings.builder().nameWeight(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nameWeight");
    assertThatThrownBy(() -> StorySettings.builder().annNeighbours(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("annNeighbours");
    assertThatThrownBy(() -> StorySettings.builder().lsh(20, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bands=20 rows=4");
    assertThatThrownBy(() -> StorySettings.builder().joinThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("joinThreshold");
  }
}
