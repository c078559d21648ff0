package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.Page;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the pages of one busy list with {@link RecordJson}: the same JSON as JSON-B writes ({@code
 * items}, {@code page}, {@code size}, {@code total}; every row's non-null fields in lexicographical
 * order), at a fraction of its cost. A component registers it for its rows with a {@code @Provider}
 * subclass (the samples list: {@code SamplePagesJson}); other pages and types are left to JSON-B.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class PageJsonWriter implements MessageBodyWriter<Page<?>> {

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  private final Class<? extends Record> rowType;
  private final RecordJson<?> rows;

  /** Refuses (IllegalArgumentException) a row type that it could not write as JSON-B does. */
  protected PageJsonWriter(Class<? extends Record> rowType) {
    this.rowType = Objects.requireNonNull(rowType);
    this.rows = RecordJson.of(rowType);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == Page.class
        && genericType instanceof ParameterizedType p
        && p.getActualTypeArguments().length == 1
        && p.getActualTypeArguments()[0] == rowType;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void writeTo(
      Page<?> page,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out) {
    RecordJson writer = rows;
    // closing the generator would close the response's stream, which is the container's
    JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8);
    json.writeStartObject().writeStartArray("items");
    for (Object row : page.items()) {
      writer.write(json, null, (Record) row);
    }
    json.writeEnd()
        .write("page", page.page())
        .write("size", page.size())
        .write("total", page.total())
        .writeEnd()
        .flush();
  }
}
