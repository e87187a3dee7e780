package dev.storyweave.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Bytes to text, in the order a browser trusts the evidence: a byte-order mark, then a charset the
 * transport or the document declares (HTTP header, <meta charset>, <?xml encoding?>), then strict
 * UTF-8, then ICU4J's statistical CharsetDetector. NUL bytes without a UTF-16 BOM mean a binary
 * file.
 *
 * Mixed encoding is repaired, not rejected: files that are mostly UTF-8 with a few stray
 * Windows-1252/Latin-1 bytes (a classic result of pasting between editors) are common in news
 * archives, and every stray byte has exactly one sensible reading. Valid UTF-8 sequences are kept
 * and each byte that is not part of one is read as Windows-1252. Only when no valid multi-byte
 * UTF-8 sequence exists at all do we ask the detector, since then the file is in some single
 * legacy encoding.
 *
 * C1 control characters in decoded text are Windows-1252 punctuation that was once decoded as
 * Latin-1 (mojibake found in real corpora): they are mapped back to the quotes and dashes meant.
 *
 * Whatever was chosen, text with many replacement characters or control characters is not text
 * and is rejected: a decoder always produces *something*, and garbage must not reach the stages.
 */
final class TextDecoder {

  /** Text decoded from bytes, with the charset used and whether stray bytes were repaired. */
  record Decoded(String text, String charset, boolean repaired) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{2,40})[\"']");

  /** Most replacement or control characters tolerated, as a fraction of all characters. */
  private static final double MAX_BAD_FRACTION = 0.005;

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}; {@code declared} is a charset named by the transport (may be null).
   *
   * @throws InputException "empty file", "binary file (NUL bytes)" or "not valid text in any
   *     supported encoding"
   */
  static Decoded decode(byte[] bytes, String declared) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    Decoded raw = decodeRaw(bytes, declared);
    String repaired = repairC1(raw.text());
    Decoded decoded =
        new Decoded(repaired, raw.charset(), raw.repaired() || !repaired.equals(raw.text()));
    check(decoded.text());
    String clean = withoutControls(decoded.text());
    return clean.length() == decoded.text().length()
        ? decoded
        : new Decoded(clean, decoded.charset(), decoded.repaired());
  }

  private static Decoded decodeRaw(byte[] bytes, String declared) throws InputException {
    Charset bomCharset = bomCharset(bytes);
    if (bomCharset != null) {
      int skip = bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(
          lenient(bytes, skip, bomCharset), bomCharset.name().toLowerCase(Locale.ROOT), false);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputException("binary file (NUL bytes)");
      }
    }
    Charset charset = supported(declared);
    if (charset == null) {
      charset = supported(declaredInDocument(bytes));
      // a document read as bytes cannot be UTF-16/32 without NULs (checked above), so such a
      // declaration is wrong, as the HTML standard also says; trust the bytes instead
      if (charset != null
          && charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-")
          && !charset.equals(StandardCharsets.UTF_8)) {
        charset = null;
      }
    }
    if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
      return new Decoded(
          lenient(bytes, 0, charset), charset.name().toLowerCase(Locale.ROOT), false);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, "utf-8", false);
    }
    if (charset != null || countValidMultiByteUtf8(bytes) > 0) {
      return new Decoded(repairMixedUtf8(bytes), "utf-8", true);
    }
    Charset detected = detect(bytes);
    return new Decoded(
        lenient(bytes, 0, detected), detected.name().toLowerCase(Locale.ROOT), false);
  }

  private static void check(String text) throws InputException {
    if (text.isBlank()) {
      throw new InputException("empty file (only whitespace)");
    }
    int bad = 0;
    int total = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      total++;
      if (c == '\uFFFD'
          || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        bad++;
      }
    }
    if (bad > Math.max(2, total * MAX_BAD_FRACTION)) {
      throw new InputException("not valid text in any supported encoding");
    }
  }

  /**
   * Text with C1 control characters (U+0080..U+009F) read as the Windows-1252 characters they
   * almost always are: Windows-1252 text once decoded as Latin-1 keeps its curly quotes and dashes
   * there ("\u0092" for ’). Undefined positions stay as they are.
   */
  static String repairC1(String text) {
    StringBuilder out = null;
    byte[] one = new byte[1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        one[0] = (byte) c;
        String mapped = new String(one, WINDOWS_1252);
        if (!mapped.equals("\uFFFD") && mapped.charAt(0) != c) {
          if (out == null) {
            out = new StringBuilder(text.length()).append(text, 0, i);
          }
          out.append(mapped);
          continue;
        }
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The text without stray control characters (tabs, line and page breaks are kept). */
  private static String withoutControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
      if (control && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!control && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** A charset named by an HTML meta tag or an XML declaration near the start, or null. */
  private static String declaredInDocument(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  private static Charset supported(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String lower = name.trim().toLowerCase(Locale.ROOT);
    // HTML's encoding standard reads these labels as Windows-1252, and so should we.
    if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.isSupported(lower) ? Charset.forName(lower) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strictUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a REPLACE decoder reported an error", e);
    }
  }

  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match != null && match.getConfidence() >= 20) {
      Charset charset = supported(match.getName());
      if (charset != null) {
        return charset;
      }
    }
    return WINDOWS_1252;
  }

  /** Length of the valid UTF-8 multi-byte sequence at {@code i}, or 0 if there is none. */
  static int utf8SequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    int length;
    int min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + length > b.length) {
      return 0;
    }
    int cp = lead & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      int c = b[i + k] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    return length;
  }

  private static int countValidMultiByteUtf8(byte[] bytes) {
    int count = 0;
    for (int i = 0; i < bytes.length; ) {
      if ((bytes[i] & 0x80) == 0) {
        i++;
        continue;
      }
      int n = utf8SequenceLength(bytes, i);
      if (n > 0) {
        count++;
        i += n;
      } else {
        i++;
      }
    }
    return count;
  }

  private static String repairMixedUtf8(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    byte[] one = new byte[1];
    for (int i = 0; i < bytes.length; ) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int n = utf8SequenceLength(bytes, i);
      if (n > 0) {
        out.append(new String(bytes, i, n, StandardCharsets.UTF_8));
        i += n;
      } else {
        one[0] = bytes[i];
        out.append(new String(one, WINDOWS_1252));
        i++;
      }
    }
    return out.toString();
  }
}
