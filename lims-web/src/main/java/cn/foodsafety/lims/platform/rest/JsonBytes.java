package cn.foodsafety.lims.platform.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * JSON written straight into UTF-8 bytes, byte for byte as the JSON-P generator behind JSON-B
 * (Parsson) writes it: no spaces; in texts {@code "} and {@code \} escaped, the control characters
 * as {@code \b \f \n \r \t} or as backslash, u and four hexadecimal digits, everything else as it
 * is; an unpaired surrogate as {@code ?} (what its UTF-8 writer puts for one); dates and times in
 * the ISO forms JSON-B writes. The generator turns every text into characters, then the characters
 * into bytes through a charset encoder, and formats every date through a {@link DateTimeFormatter}:
 * on the samples list (50 rows of 72 fields) that was a quarter of the server's time (README,
 * Benchmarks).
 *
 * <p>The caller writes members and values in order and says where objects and arrays start and end;
 * commas are put by the writer. Bytes are kept until {@link #flush} (or until 32 KB are waiting),
 * then written to the stream, which is not closed.
 */
final class JsonBytes {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final int FLUSH_AT = 32 * 1024;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withLocale(Locale.getDefault());
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.getDefault());

  private final OutputStream out;
  private byte[] buf = new byte[FLUSH_AT + 1024];
  private int len;

  /** Whether the next value or member of the open object or array needs a comma before it. */
  private boolean comma;

  JsonBytes(OutputStream out) {
    this.out = out;
  }

  /**
   * A member's name as written before its value ({@code "name":}); for names written many times.
   */
  static byte[] name(String name) {
    JsonBytes b = new JsonBytes(OutputStream.nullOutputStream());
    b.text(name);
    b.raw((byte) ':');
    return Arrays.copyOf(b.buf, b.len);
  }

  JsonBytes startObject() {
    separate();
    raw((byte) '{');
    comma = false;
    return this;
  }

  JsonBytes startArray() {
    separate();
    raw((byte) '[');
    comma = false;
    return this;
  }

  JsonBytes endObject() {
    raw((byte) '}');
    comma = true;
    return this;
  }

  JsonBytes endArray() {
    raw((byte) ']');
    comma = true;
    return this;
  }

  /** A member's name (made by {@link #name}); its value follows without a comma. */
  JsonBytes member(byte[] name) {
    separate();
    ensure(name.length);
    System.arraycopy(name, 0, buf, len, name.length);
    len += name.length;
    comma = false;
    return this;
  }

  JsonBytes value(String text) {
    separate();
    text(text);
    comma = true;
    return this;
  }

  JsonBytes value(long number) {
    separate();
    if (number >= 0 && number < 10) {
      raw((byte) ('0' + number));
    } else {
      ascii(Long.toString(number));
    }
    comma = true;
    return this;
  }

  JsonBytes value(boolean b) {
    separate();
    byte[] word = b ? TRUE : FALSE;
    ensure(word.length);
    System.arraycopy(word, 0, buf, len, word.length);
    len += word.length;
    comma = true;
    return this;
  }

  /** A date as JSON-B writes it (ISO, e.g. "2026-12-05"). */
  JsonBytes value(LocalDate date) {
    separate();
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      text(DATE.format(date));
    } else {
      ensure(12);
      buf[len++] = '"';
      day(year, date.getMonthValue(), date.getDayOfMonth());
      buf[len++] = '"';
    }
    comma = true;
    return this;
  }

  /**
   * A time as JSON-B writes it (ISO with its offset, seconds always, a fraction only when not zero:
   * "2026-12-05T14:00:00+08:00"); other than whole seconds and whole-minute offsets, the formatter.
   */
  JsonBytes value(OffsetDateTime at) {
    separate();
    int year = at.getYear();
    int offset = at.getOffset().getTotalSeconds();
    if (year < 1000 || year > 9999 || at.getNano() != 0 || offset % 60 != 0) {
      text(DATE_TIME.format(at));
    } else {
      ensure(28);
      buf[len++] = '"';
      day(year, at.getMonthValue(), at.getDayOfMonth());
      buf[len++] = 'T';
      digits2(at.getHour());
      buf[len++] = ':';
      digits2(at.getMinute());
      buf[len++] = ':';
      digits2(at.getSecond());
      if (offset == 0) {
        buf[len++] = 'Z';
      } else {
        buf[len++] = (byte) (offset < 0 ? '-' : '+');
        int minutes = Math.abs(offset) / 60;
        digits2(minutes / 60);
        buf[len++] = ':';
        digits2(minutes % 60);
      }
      buf[len++] = '"';
    }
    comma = true;
    return this;
  }

  /** Writes what is kept to the stream and flushes it. */
  void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void separate() {
    if (comma) {
      raw((byte) ',');
    }
  }

  private void raw(byte b) {
    ensure(1);
    buf[len++] = b;
  }

  private void ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  /** yyyy-MM-dd of a four-digit year (room ensured by the caller). */
  private void day(int year, int month, int dayOfMonth) {
    digits4(year);
    buf[len++] = '-';
    digits2(month);
    buf[len++] = '-';
    digits2(dayOfMonth);
  }

  private void digits2(int v) {
    buf[len++] = (byte) ('0' + v / 10);
    buf[len++] = (byte) ('0' + v % 10);
  }

  private void digits4(int v) {
    digits2(v / 100);
    digits2(v % 100);
  }

  /** A quoted, escaped text in UTF-8. */
  private void text(String s) {
    int n = s.length();
    // at most 6 bytes a character (an escape); 3 for any character of the basic plane
    ensure(2 + 6 * n);
    byte[] b = buf;
    int at = len;
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          b[at++] = (byte) c;
        } else {
          b[at++] = '\\';
          switch (c) {
            case '"' -> b[at++] = '"';
            case '\\' -> b[at++] = '\\';
            case '\b' -> b[at++] = 'b';
            case '\f' -> b[at++] = 'f';
            case '\n' -> b[at++] = 'n';
            case '\r' -> b[at++] = 'r';
            case '\t' -> b[at++] = 't';
            default -> {
              b[at++] = 'u';
              b[at++] = '0';
              b[at++] = '0';
              b[at++] = HEX[c >> 4];
              b[at++] = HEX[c & 0xf];
            }
          }
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xc0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3f));
      } else if (!Character.isSurrogate(c)) {
        b[at++] = (byte) (0xe0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[at++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[at++] = (byte) (0xf0 | (cp >> 18));
        b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        b[at++] = (byte) (0x80 | (cp & 0x3f));
      } else {
        b[at++] = '?';
      }
    }
    b[at++] = '"';
    len = at;
  }

  /** Room for n more bytes, writing out what is kept when enough is waiting. */
  private void ensure(int n) {
    if (len + n <= buf.length) {
      return;
    }
    if (len >= FLUSH_AT) {
      drain();
    }
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }

  private void drain() {
    if (len == 0) {
      return;
    }
    try {
      out.write(buf, 0, len);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    len = 0;
  }
}
