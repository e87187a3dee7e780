package dev.storyweave.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reading streams under the size limit, and the messages for going over it. */
final class Limits {

  private Limits() {}

  /**
   * All bytes of {@code in}, or InputException when there are more than {@code maxBytes}.
   *
   * @param what "file", "standard input" or "response", for the message
   */
  static byte[] readAll(InputStream in, long maxBytes, String what)
      throws IOException, InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        throw new InputException(
            what + " is over the " + megabytes(maxBytes) + " limit (stopped reading)");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** "file is 25.3 MB, over the 20 MB limit". */
  static String overLimit(String what, long size, long maxBytes) {
    return what + " is " + megabytes(size) + ", over the " + megabytes(maxBytes) + " limit";
  }

  /** A size for people: "812 bytes", "300 kB", "25.3 MB". */
  static String megabytes(long bytes) {
    if (bytes < 1000) {
      return bytes + " bytes";
    }
    if (bytes < 1_000_000) {
      return decimal(bytes / 1000.0) + " kB";
    }
    return decimal(bytes / 1_000_000.0) + " MB";
  }

  private static String decimal(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return String.format(Locale.ROOT, "%d", (long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }
}
