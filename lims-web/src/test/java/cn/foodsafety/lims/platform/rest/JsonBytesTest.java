package cn.foodsafety.lims.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JsonBytes writes each kind of value byte for byte as JSON-B (Yasson on Parsson) writes it. */
class JsonBytesTest {

  private static byte[] bytes(java.util.function.Consumer<JsonBytes> write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonBytes json = new JsonBytes(out);
    write.accept(json);
    json.flush();
    return out.toByteArray();
  }

  private static byte[] jsonb(Object value) throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      jsonb.toJson(value, out);
      return out.toByteArray();
    }
  }

  @Test
  void textsAreEscapedAndEncodedAsJsonbDoes() throws Exception {
    List<String> texts = new ArrayList<>();
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    texts.add(controls.toString());
    texts.add("\"\\/\u007f\u0080\u07ff\u0800\uffff é 样品 𝄞 \u2028\u2029");
    texts.add("lone high \ud834 and low \udd1e, high at the end \ud834");
    texts.add("");
    for (String t : texts) {
      assertThat(bytes(j -> j.value(t))).as(t).isEqualTo(jsonb(t));
    }
  }

  @Test
  void datesAndTimesAreWrittenAsJsonbDoes() throws Exception {
    for (LocalDate d :
        List.of(
            LocalDate.of(2026, 1, 5),
            LocalDate.of(999, 12, 31),
            LocalDate.of(10000, 1, 1),
            LocalDate.of(1000, 1, 1))) {
      assertThat(bytes(j -> j.value(d))).as(d.toString()).isEqualTo(jsonb(d));
    }
    for (OffsetDateTime t :
        List.of(
            OffsetDateTime.of(2026, 12, 5, 0, 0, 0, 0, ZoneOffset.ofHours(8)),
            OffsetDateTime.of(2026, 12, 5, 23, 59, 59, 0, ZoneOffset.UTC),
            OffsetDateTime.of(2026, 2, 5, 9, 7, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30)),
            OffsetDateTime.of(2026, 2, 5, 9, 7, 1, 500_000_000, ZoneOffset.ofHours(8)),
            OffsetDateTime.of(2026, 2, 5, 9, 7, 1, 0, ZoneOffset.ofTotalSeconds(3661)),
            OffsetDateTime.of(99, 2, 5, 9, 7, 1, 0, ZoneOffset.ofHours(8)))) {
      assertThat(bytes(j -> j.value(t))).as(t.toString()).isEqualTo(jsonb(t));
    }
  }

  @Test
  void numbersAndBooleansAreWrittenAsJsonbDoes() throws Exception {
    for (long n : new long[] {0, 7, 10, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      assertThat(bytes(j -> j.value(n))).isEqualTo(jsonb(n));
    }
    assertThat(bytes(j -> j.value(true))).isEqualTo(jsonb(true));
    assertThat(bytes(j -> j.value(false))).isEqualTo(jsonb(false));
  }

  @Test
  void longOutputIsWrittenWhole() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add("样品-" + i + "-\"" + "x".repeat(i % 40));
    }
    byte[] written =
        bytes(
            j -> {
              j.startArray();
              many.forEach(j::value);
              j.endArray();
            });
    assertThat(written).isEqualTo(jsonb(many));
  }
}
