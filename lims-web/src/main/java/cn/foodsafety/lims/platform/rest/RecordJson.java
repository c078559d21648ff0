package cn.foodsafety.lims.platform.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a flat record as JSON-B (Yasson) writes it by default: the components in lexicographical
 * order, null ones left out, enums by name, dates and times in ISO form, byte for byte as its
 * JSON-P generator writes them ({@link JsonBytes}). The accessors are looked up once per record
 * type instead of each time a value is written: JSON-B's reflection cost a list page of 50 samples
 * with 72 fields more than the rest of the request (README, Benchmarks). Only records of texts,
 * numbers, booleans, enums, {@link LocalDate} and {@link OffsetDateTime} without JSON-B annotations
 * are accepted; anything else is refused when the writer is built, never written differently.
 *
 * @param <R> the record written
 */
final class RecordJson<R extends Record> {

  private static final List<Class<? extends Annotation>> JSONB_ANNOTATIONS =
      List.of(
          JsonbProperty.class,
          JsonbTransient.class,
          JsonbNillable.class,
          JsonbTypeAdapter.class,
          JsonbTypeSerializer.class,
          JsonbPropertyOrder.class,
          jakarta.json.bind.annotation.JsonbDateFormat.class,
          jakarta.json.bind.annotation.JsonbNumberFormat.class);

  private enum Kind {
    TEXT,
    INT,
    LONG,
    BOOLEAN,
    ENUM,
    DATE,
    DATE_TIME
  }

  private record Property(
      String name, byte[] member, Kind kind, Function<Object, Object> accessor) {}

  private final Property[] properties;

  private RecordJson(Property[] properties) {
    this.properties = properties;
  }

  /** The writer of a record type; IllegalArgumentException for a type it cannot write the same. */
  static <R extends Record> RecordJson<R> of(Class<R> type) {
    refuseAnnotated(type, type);
    RecordComponent[] components = type.getRecordComponents();
    Property[] properties = new Property[components.length];
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      refuseAnnotated(type, c);
      refuseAnnotated(type, c.getAccessor());
      try {
        refuseAnnotated(type, type.getDeclaredField(c.getName()));
        properties[i] =
            new Property(
                c.getName(),
                JsonBytes.name(c.getName()),
                kind(type, c.getType()),
                accessor(lookup.unreflect(c.getAccessor()), type, c.getType()));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(type + ": " + c.getName() + " is not readable", e);
      }
    }
    Arrays.sort(properties, Comparator.comparing(Property::name));
    return new RecordJson<>(properties);
  }

  /**
   * The accessor as a function (a class made for it, called like any other): a method handle that
   * is not a constant is called through its generic form, which cost a third of writing a page.
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> accessor(
      MethodHandle accessor, Class<?> type, Class<?> t) {
    Class<?> boxed = MethodType.methodType(t).wrap().returnType();
    try {
      return (Function<Object, Object>)
          LambdaMetafactory.metafactory(
                  MethodHandles.lookup(),
                  "apply",
                  MethodType.methodType(Function.class),
                  MethodType.methodType(Object.class, Object.class),
                  accessor,
                  MethodType.methodType(boxed, type))
              .getTarget()
              .invoke();
    } catch (Throwable e) {
      throw new IllegalArgumentException(type + ": no accessor function for " + accessor, e);
    }
  }

  private static void refuseAnnotated(Class<?> type, AnnotatedElement element) {
    for (Class<? extends Annotation> a : JSONB_ANNOTATIONS) {
      if (element.isAnnotationPresent(a)) {
        throw new IllegalArgumentException(type + ": " + element + " has " + a.getSimpleName());
      }
    }
  }

  private static Kind kind(Class<?> owner, Class<?> t) {
    if (t == String.class) {
      return Kind.TEXT;
    } else if (t == int.class || t == Integer.class) {
      return Kind.INT;
    } else if (t == long.class || t == Long.class) {
      return Kind.LONG;
    } else if (t == boolean.class || t == Boolean.class) {
      return Kind.BOOLEAN;
    } else if (t.isEnum()) {
      return Kind.ENUM;
    } else if (t == LocalDate.class) {
      return Kind.DATE;
    } else if (t == OffsetDateTime.class) {
      return Kind.DATE_TIME;
    }
    throw new IllegalArgumentException(owner + ": no plain JSON form for " + t);
  }

  /** The record as a JSON object (an element of an array, or after its member's name). */
  void write(JsonBytes json, R value) {
    json.startObject();
    for (Property p : properties) {
      Object v = p.accessor.apply(value);
      if (v == null) {
        continue;
      }
      json.member(p.member);
      switch (p.kind) {
        case TEXT -> json.value((String) v);
        case INT -> json.value((long) (Integer) v);
        case LONG -> json.value((long) (Long) v);
        case BOOLEAN -> json.value((boolean) (Boolean) v);
        case ENUM -> json.value(((Enum<?>) v).name());
        case DATE -> json.value((LocalDate) v);
        case DATE_TIME -> json.value((OffsetDateTime) v);
      }
    }
    json.endObject();
  }
}
