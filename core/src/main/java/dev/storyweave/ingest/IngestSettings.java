package dev.storyweave.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for one {@link Ingester}.
 *
 * @param maxBytes largest input (file, standard input or HTTP body) read, in bytes
 * @param connectTimeout longest wait to open an HTTP connection
 * @param readTimeout longest wait for the next bytes of an HTTP response
 * @param maxRedirects most HTTP redirects followed for one URL (0 follows none)
 * @param userAgent the User-Agent header sent with every HTTP request
 */
public record IngestSettings(
    long maxBytes,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRedirects,
    String userAgent) {

  /** 20 MB, the default largest input. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1000 * 1000;

  public IngestSettings {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    requirePositive("connectTimeout", connectTimeout);
    requirePositive("readTimeout", readTimeout);
    if (maxRedirects < 0 || maxRedirects > 50) {
      throw new IllegalArgumentException("maxRedirects must be in 0..50: " + maxRedirects);
    }
    if (userAgent == null || userAgent.isBlank() || userAgent.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("userAgent must be one non-blank line: " + userAgent);
    }
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /** 20 MB, 10 s to connect, 20 s between reads, 5 redirects, a Storyweave User-Agent. */
  public static IngestSettings defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder()
        .maxBytes(maxBytes)
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .maxRedirects(maxRedirects)
        .userAgent(userAgent);
  }

  /** Builds {@link IngestSettings}; values are checked by {@link #build()}. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(20);
    private int maxRedirects = 5;
    private String userAgent =
        "Mozilla/5.0 (compatible; Storyweave/0.1; +https://storyweave.dev/bot) news-reader";

    private Builder() {}

    public Builder maxBytes(long value) {
      this.maxBytes = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    public Builder maxRedirects(int value) {
      this.maxRedirects = value;
      return this;
    }

    public Builder userAgent(String value) {
      this.userAgent = value;
      return this;
    }

    /** The settings; throws IllegalArgumentException naming the first invalid setting. */
    public IngestSettings build() {
      return new IngestSettings(maxBytes, connectTimeout, readTimeout, maxRedirects, userAgent);
    }
  }
}
