package cn.foodsafety.lims.sampling.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.rest.PageJsonWriter;
import cn.foodsafety.lims.sampling.boundary.SampleData;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplePagesJsonTest {

  private static final ParameterizedType PAGE_OF_SAMPLES =
      new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
          return new Type[] {SampleData.class};
        }

        @Override
        public Type getRawType() {
          return Page.class;
        }

        @Override
        public Type getOwnerType() {
          return null;
        }
      };

  /** A sample with every field set (texts that need escaping), or with every nullable one null. */
  private static SampleData sample(int n, boolean full) throws Exception {
    RecordComponent[] components = SampleData.class.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> t = components[i].getType();
      Object v;
      if (t == boolean.class) {
        v = (i + n) % 2 == 0;
      } else if (t == long.class) {
        v = 1_000_000_007L * (i + n);
      } else if (!full) {
        v = null;
      } else if (t == String.class) {
        v = "样品 \"" + i + "\" \\ / \n\t\u0001 <&> é 𝄞 " + components[i].getName();
      } else if (t == Long.class) {
        v = (long) i * 31 + n;
      } else if (t == LocalDate.class) {
        v = LocalDate.of(2026, 1 + i % 12, 1 + i % 28);
      } else if (t == OffsetDateTime.class) {
        // with and without seconds and fractions: ISO form keeps ":00", drops a zero fraction
        v =
            OffsetDateTime.of(
                2026,
                12,
                5,
                i % 24,
                i % 60,
                i % 3 == 0 ? 0 : i % 60,
                i % 2 == 0 ? 0 : 120_000_000 + i,
                ZoneOffset.ofHours(8));
      } else if (t.isEnum()) {
        Object[] constants = t.getEnumConstants();
        v = constants[(i + n) % constants.length];
      } else {
        throw new AssertionError("no test value for " + t);
      }
      values[i] = v;
    }
    Constructor<SampleData> c =
        SampleData.class.getDeclaredConstructor(
            java.util.Arrays.stream(components)
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
    return c.newInstance(values);
  }

  private static String written(Page<SampleData> page) throws Exception {
    PageJsonWriter writer = new SamplePagesJson();
    assertThat(writer.isWriteable(Page.class, PAGE_OF_SAMPLES, null, null)).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(page, Page.class, PAGE_OF_SAMPLES, null, null, null, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPageOfSamplesIsWrittenAsJsonbWritesIt() throws Exception {
    Page<SampleData> page =
        new Page<>(List.of(sample(1, true), sample(2, false), sample(3, true)), 4321, 2, 50);
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String expected = jsonb.toJson(page, PAGE_OF_SAMPLES);
      assertThat(written(page)).isEqualTo(expected);
    }
  }

  @Test
  void anEmptyPageIsWrittenAsJsonbWritesIt() throws Exception {
    Page<SampleData> page = new Page<>(List.of(), 0, 0, 20);
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertThat(written(page)).isEqualTo(jsonb.toJson(page, PAGE_OF_SAMPLES));
    }
  }

  @Test
  void otherPagesAreLeftToJsonb() {
    assertThat(new SamplePagesJson().isWriteable(Page.class, Page.class, null, null)).isFalse();
    assertThat(new SamplePagesJson().isWriteable(SampleData.class, SampleData.class, null, null))
        .isFalse();
  }

  record Renamed(@JsonbProperty("other") String name) {}

  record Nested(List<String> names) {}

  @Test
  void aRecordItCannotWriteTheSameIsRefused() {
    assertThatThrownBy(() -> new PageJsonWriter(Renamed.class) {})
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageJsonWriter(Nested.class) {})
        .isInstanceOf(IllegalArgumentException.class);
  }
}
