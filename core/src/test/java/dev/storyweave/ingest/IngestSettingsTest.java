package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {

  @Test
  void defaultsAndBuilder() {
    IngestSettings d = IngestSettings.defaults();
    assertThat(d.maxBytes()).isEqualTo(20_000_000L);
    assertThat(d.maxRedirects()).isEqualTo(5);
    assertThat(d.userAgent()).contains("Storyweave");
    IngestSettings s =
        IngestSettings.builder().maxBytes(5).readTimeout(Duration.ofMillis(300)).build();
    assertThat(s.maxBytes()).isEqualTo(5);
    assertThat(s.readTimeout()).isEqualTo(Duration.ofMillis(300));
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }

  @Test
  void invalidValuesAreRejectedByName() {
    assertThatThrownBy(() -> IngestSettings.builder().maxBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> IngestSettings.builder().connectTimeout(Duration.ZERO).build())
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> IngestSettings.builder().readTimeout(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> IngestSettings.builder().maxRedirects(-1).build())
        .hasMessageContaining("maxRedirects");
    assertThatThrownBy(() -> IngestSettings.builder().userAgent(" ").build())
        .hasMessageContaining("userAgent");
  }

  @Test
  void contentHashIgnoresLayout() {
    assertThat(ContentHash.of("a  b\n\nc ")).isEqualTo(ContentHash.of("a b c"));
    assertThat(ContentHash.of("a b c")).hasSize(64).isNotEqualTo(ContentHash.of("a b d"));
    assertThat(ContentHash.of(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
