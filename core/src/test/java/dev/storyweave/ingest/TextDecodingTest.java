package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Charset choice: BOM, declaration, strict UTF-8, repaired mixed UTF-8, ICU detection. */
class TextDecodingTest {

  private static final String TEXT =
      "The mayor of Saint-Étienne said the café on the corner would reopen, "
          + "and that the naïve plan to close it had been dropped after complaints. ";

  @Test
  void utf8WithAndWithoutBom() throws InputException {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(plain, null).text()).isEqualTo(TEXT);
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    assertThat(TextDecoder.decode(bom, null).text()).isEqualTo(TEXT);
  }

  @Test
  void utf16WithBomIsTextNotBinary() throws InputException {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    assertThat(TextDecoder.decode(le, null).text()).isEqualTo(TEXT);
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode(be, null).text()).isEqualTo(TEXT);
  }

  @Test
  void legacySingleByteTextIsDetected() throws InputException {
    byte[] latin = TEXT.repeat(5).getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoder.decode(latin, null).text()).isEqualTo(TEXT.repeat(5));
  }

  @Test
  void declaredCharsetWins() throws InputException {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body>" + TEXT + "</body>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo(html);
    assertThat(
            TextDecoder.decode(TEXT.getBytes(Charset.forName("ISO-8859-15")), "iso-8859-15").text())
        .isEqualTo(TEXT);
  }

  @Test
  void mixedUtf8WithStrayLatin1BytesIsRepaired() throws InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(utf8);
    out.writeBytes(
        "A second paragraph pasted from an old editor: ".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes("caf\u00e9 cr\u00e8me".getBytes(Charset.forName("windows-1252")));
    TextDecoder.Decoded decoded = TextDecoder.decode(out.toByteArray(), null);
    assertThat(decoded.repaired()).isTrue();
    assertThat(decoded.text())
        .isEqualTo(TEXT + "A second paragraph pasted from an old editor: café crème");
  }

  @Test
  void windows1252PunctuationOnceReadAsLatin1IsRepaired() throws InputException {
    // C1 controls where curly quotes belong, as found in a real JSON-lines corpus
    String mojibake = "He said \u0093we will\u0094 \u0096 and didn\u0092t. " + TEXT;
    TextDecoder.Decoded decoded =
        TextDecoder.decode(mojibake.getBytes(StandardCharsets.UTF_8), null);
    assertThat(decoded.text()).isEqualTo("He said “we will” – and didn’t. " + TEXT);
    assertThat(decoded.repaired()).isTrue();
  }

  @Test
  void badInputsAreNamed() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0], null)).hasMessage("empty file");
    assertThatThrownBy(
            () -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.US_ASCII), null))
        .hasMessage("empty file (only whitespace)");
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, null))
        .hasMessage("binary file (NUL bytes)");
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      if (noise[i] == 0) {
        noise[i] = 1;
      }
    }
    assertThatThrownBy(() -> TextDecoder.decode(noise, null))
        .hasMessage("not valid text in any supported encoding");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
