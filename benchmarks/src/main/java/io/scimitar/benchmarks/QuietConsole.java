package io.scimitar.benchmarks;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Drops what libraries print on standard error during a benchmark. SCIMple's phone number parser
 * prints an ANTLR message ({@code missing 'tel:'}) for each RFC 7643 example phone number it
 * reads; the message is still built (the library's cost) but not written, so the figure measures
 * the library rather than the console. No other library prints there.
 */
final class QuietConsole {
  private QuietConsole() {}

  static void silenceStandardError() {
    System.setErr(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
  }
}
