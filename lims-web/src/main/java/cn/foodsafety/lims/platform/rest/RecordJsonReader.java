package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.Violations;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body into a request record field by field, so that a value of the wrong type
 * is reported like any other invalid input: with the field's name and a message in the caller's
 * language ("residents: not a valid number"), all such fields at once. Unknown fields are ignored;
 * missing ones are null (Bean Validation then says which are required). Strict: a number or a
 * boolean is not text (but a decimal documented as text, {@code format: decimal}, may come as a
 * JSON number); numbers may come as JSON numbers or as decimal text (the documented form of
 * measured values). Size, depth, trailing content and control characters are checked before this
 * reader by {@link JsonLimits}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RecordJsonReader implements MessageBodyReader<Record> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] bytes = entity.readAllBytes();
    if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    JsonValue json;
    try (var reader = Json.createReader(new java.io.ByteArrayInputStream(bytes))) {
      json = reader.readValue();
    } catch (JsonParsingException e) {
      throw InvalidInputException.of(
          "body",
          "lims.json.malformed",
          e.getLocation().getLineNumber(),
          e.getLocation().getColumnNumber());
    } catch (JsonException e) {
      throw InvalidInputException.of("body", "lims.json.malformed", 1, 1);
    }
    if (!(json instanceof JsonObject object)) {
      throw InvalidInputException.of("body", "lims.json.notAnObject");
    }
    Violations v = new Violations();
    Record record = readRecord(type, object, "", v);
    v.throwIfAny();
    return record;
  }

  /**
   * Reads a record field by field; a nested record (or a list of them) reports its fields as {@code
   * results[0].value}. Null when a field did not fit (the error is in {@code v}).
   */
  private static Record readRecord(Class<?> type, JsonObject object, String prefix, Violations v) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    boolean bad = false;
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      JsonValue value = object.get(c.getName());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        values[i] = null;
        continue;
      }
      if (c.getType() == String.class && value instanceof JsonNumber n && isDecimalText(type, c)) {
        // a decimal documented as text (format: decimal) may come as a JSON number: generated
        // clients write their BigDecimal so
        values[i] = n.toString();
        continue;
      }
      try {
        values[i] = convert(value, c.getType(), c.getGenericType(), prefix + c.getName(), v);
      } catch (TypeMismatch e) {
        v.add(prefix + c.getName(), e.key, e.args);
        bad = true;
      } catch (NestedMismatch e) {
        bad = true;
      }
    }
    if (bad) {
      return null;
    }
    try {
      Constructor<?> constructor =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return (Record) constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /** A text component documented as a decimal: {@code @Schema(format = "decimal")}. */
  private static boolean isDecimalText(Class<?> type, RecordComponent c) {
    org.eclipse.microprofile.openapi.annotations.media.Schema schema =
        c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (schema == null) {
      schema =
          c.getAccessor()
              .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    }
    if (schema == null) {
      try {
        schema =
            type.getDeclaredField(c.getName())
                .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
      } catch (NoSuchFieldException e) {
        schema = null;
      }
    }
    return schema != null && "decimal".equals(schema.format());
  }

  /** A nested record had fields that did not fit; they are already reported. */
  private static final class NestedMismatch extends Exception {
    private static final long serialVersionUID = 1L;

    NestedMismatch() {
      super(null, null, false, false);
    }
  }

  /** A JSON value that does not fit the field's type. */
  private static final class TypeMismatch extends Exception {
    private static final long serialVersionUID = 1L;
    final String key;
    final Object[] args;

    TypeMismatch(String key, Object... args) {
      super(key, null, false, false);
      this.key = key;
      this.args = args;
    }
  }

  private static Object convert(
      JsonValue value, Class<?> type, Type generic, String field, Violations v)
      throws TypeMismatch, NestedMismatch {
    if (type.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        throw new TypeMismatch("lims.json.notAnObject");
      }
      Record nested = readRecord(type, object, field + ".", v);
      if (nested == null) {
        throw new NestedMismatch();
      }
      return nested;
    }
    if (Collection.class.isAssignableFrom(type)) {
      if (!(value instanceof JsonArray array)) {
        throw new TypeMismatch("lims.json.notAList");
      }
      Type element =
          generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
      Class<?> elementClass = element instanceof Class<?> k ? k : String.class;
      List<Object> items = new ArrayList<>();
      boolean bad = false;
      int n = 0;
      for (JsonValue item : array) {
        String itemField = field + "[" + n++ + "]";
        if (item.getValueType() != JsonValue.ValueType.NULL) {
          try {
            items.add(convert(item, elementClass, elementClass, itemField, v));
          } catch (TypeMismatch e) {
            v.add(itemField, e.key, e.args);
            bad = true;
          } catch (NestedMismatch e) {
            bad = true;
          }
        }
      }
      if (bad) {
        throw new NestedMismatch();
      }
      return Set.class.isAssignableFrom(type) ? new LinkedHashSet<>(items) : items;
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      // a map of text keys (e.g. checklist scores by item code): each value reported as map.key
      if (!(value instanceof JsonObject object)) {
        throw new TypeMismatch("lims.json.notAnObject");
      }
      Type element =
          generic instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : String.class;
      Class<?> elementClass = element instanceof Class<?> k ? k : String.class;
      java.util.Map<String, Object> entries = new java.util.LinkedHashMap<>();
      boolean bad = false;
      for (java.util.Map.Entry<String, JsonValue> e : object.entrySet()) {
        String entryField = field + "." + e.getKey();
        if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
          entries.put(e.getKey(), null);
          continue;
        }
        try {
          entries.put(e.getKey(), convert(e.getValue(), elementClass, elementClass, entryField, v));
        } catch (TypeMismatch m) {
          v.add(entryField, m.key, m.args);
          bad = true;
        } catch (NestedMismatch m) {
          bad = true;
        }
      }
      if (bad) {
        throw new NestedMismatch();
      }
      return entries;
    }
    if (type == String.class) {
      if (value instanceof JsonString s) {
        return s.getString();
      }
      // no coercion: a number where text is expected ("foodName": 12345) is a mistake to report
      throw new TypeMismatch("lims.json.notText");
    }
    if (type == Boolean.class || type == boolean.class) {
      if (value.getValueType() == JsonValue.ValueType.TRUE) {
        return true;
      }
      if (value.getValueType() == JsonValue.ValueType.FALSE) {
        return false;
      }
      throw new TypeMismatch("lims.json.notBoolean");
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      BigDecimal n = number(value);
      try {
        return type == Long.class || type == long.class
            ? n.longValueExact()
            : (Object) n.intValueExact();
      } catch (ArithmeticException e) {
        throw new TypeMismatch("lims.json.notAWholeNumber");
      }
    }
    if (type == BigDecimal.class) {
      return number(value);
    }
    if (type == LocalDate.class) {
      if (value instanceof JsonString s) {
        try {
          return LocalDate.parse(s.getString().strip());
        } catch (DateTimeParseException e) {
          throw new TypeMismatch("lims.json.notADate", s.getString());
        }
      }
      throw new TypeMismatch("lims.json.notADate", value.toString());
    }
    if (type == java.time.Instant.class) {
      if (value instanceof JsonString s) {
        try {
          return java.time.OffsetDateTime.parse(s.getString().strip()).toInstant();
        } catch (DateTimeParseException e) {
          throw new TypeMismatch("lims.json.notATime", s.getString());
        }
      }
      throw new TypeMismatch("lims.json.notATime", value.toString());
    }
    if (type.isEnum()) {
      String name = value instanceof JsonString s ? s.getString().strip() : value.toString();
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
      throw new TypeMismatch(
          "lims.json.notOneOf",
          name,
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", ")));
    }
    throw new TypeMismatch("lims.json.notText");
  }

  private static BigDecimal number(JsonValue value) throws TypeMismatch {
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (value instanceof JsonString s) {
      try {
        return new BigDecimal(s.getString().strip());
      } catch (NumberFormatException e) {
        throw new TypeMismatch("lims.json.notANumber", s.getString());
      }
    }
    throw new TypeMismatch("lims.json.notANumber", value.toString());
  }
}
