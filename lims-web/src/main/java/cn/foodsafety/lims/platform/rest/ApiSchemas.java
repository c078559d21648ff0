package cn.foodsafety.lims.platform.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The JSON schemas of the API's bodies, derived from the Java types the resources take and return
 * (records, enums, lists, pages), the way JSON-B writes them: a record is an object with one
 * property per component (renamed by {@code @JsonbProperty}, left out by {@code @JsonbTransient}),
 * ids and counts are integers with their width, dates and times carry their format, an enum lists
 * its constants. Bean Validation on a component says what is required and its limits; an MP OpenAPI
 * {@code @Schema} on a type or component adds a description, an example, a format or a name of its
 * own.
 *
 * <p>Why not leave this to the server's annotation scanner: it sees only the web module's classes,
 * so every record of the business components (lims-ejb) came out as {@code {"type": "object"}}, and
 * it types {@code long} as a bare {@code number}.
 *
 * <p>Records, enums and pages become named schemas ({@code #/components/schemas/...}); two types
 * with one name are refused, so a schema never silently describes the wrong type.
 */
final class ApiSchemas {

  private static final String REF = "#/components/schemas/";

  private final Map<String, Schema> named = new TreeMap<>();
  private final Map<String, Type> owners = new HashMap<>();

  /** The named schemas made so far, by name. */
  Map<String, Schema> named() {
    return named;
  }

  /** Adds a schema written by hand (e.g. the problem detail). */
  void define(String name, Schema schema, Type owner) {
    claim(name, owner);
    named.put(name, schema);
  }

  /** The schema of a value of this type: a reference for named types, inline otherwise. */
  Schema of(Type type) {
    if (type instanceof Class<?> c) {
      return ofClass(c);
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        Schema array = OASFactory.createSchema().type(SchemaType.ARRAY).items(of(args[0]));
        if (Set.class.isAssignableFrom(raw)) {
          array.uniqueItems(true);
        }
        return array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(of(args[1]));
      }
      if (raw.isRecord()) {
        return genericRecord(raw, args);
      }
      return ofClass(raw);
    }
    if (type instanceof WildcardType w) {
      return of(w.getUpperBounds()[0]);
    }
    if (type instanceof GenericArrayType g) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(of(g.getGenericComponentType()));
    }
    throw new IllegalArgumentException("no schema for the type " + type);
  }

  /** The name a type's schema has (or would have): its own @Schema(name), else its simple name. */
  static String nameOf(Class<?> c) {
    var own = c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (own != null && !own.name().isEmpty()) {
      return own.name();
    }
    return c.getSimpleName();
  }

  private Schema ofClass(Class<?> c) {
    Schema simple = simple(c);
    if (simple != null) {
      return simple;
    }
    if (c.isArray()) {
      return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(c.getComponentType()));
    }
    if (c.isEnum()) {
      return ref(enumSchema(c));
    }
    if (c.isRecord()) {
      if (c.getTypeParameters().length > 0) {
        throw new IllegalArgumentException("the generic type " + c + " needs its type arguments");
      }
      return ref(record(c, nameOf(c), Map.of()));
    }
    if (c == Object.class) {
      return OASFactory.createSchema().description("Any JSON value.");
    }
    throw new IllegalArgumentException(
        "no schema for " + c.getName() + ": API bodies are records, enums, lists and pages");
  }

  /** Strings, numbers, booleans, dates and times: inline, with their format. */
  static Schema simple(Class<?> c) {
    if (c == String.class || c == char.class || c == Character.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (c == boolean.class || c == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (c == long.class || c == Long.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (c == BigInteger.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER);
    }
    if (c == double.class || c == Double.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER).format("double");
    }
    if (c == float.class || c == Float.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER).format("float");
    }
    if (c == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (c == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (c == OffsetDateTime.class || c == Instant.class || c == ZonedDateTime.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (c == LocalDateTime.class) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
          .description("Date and time in China time (UTC+8), without an offset.");
    }
    if (c == byte[].class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("binary");
    }
    return null;
  }

  private static Schema ref(String name) {
    return OASFactory.createSchema().ref(REF + name);
  }

  private String enumSchema(Class<?> c) {
    String name = nameOf(c);
    if (claim(name, c)) {
      Schema s = OASFactory.createSchema().type(SchemaType.STRING);
      for (Object constant : c.getEnumConstants()) {
        s.addEnumeration(((Enum<?>) constant).name());
      }
      describe(s, c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class));
      named.put(name, s);
    }
    return name;
  }

  /** A page of a list: Page&lt;SampleData&gt; is SampleDataPage. */
  private Schema genericRecord(Class<?> raw, Type[] args) {
    TypeVariable<?>[] variables = raw.getTypeParameters();
    Map<String, Type> bound = new HashMap<>();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < variables.length; i++) {
      bound.put(variables[i].getName(), args[i]);
      name.append(argumentName(args[i]));
    }
    name.append(nameOf(raw));
    return ref(record(raw, name.toString(), bound));
  }

  private static String argumentName(Type t) {
    if (t instanceof Class<?> c) {
      return nameOf(c);
    }
    if (t instanceof ParameterizedType p) {
      StringBuilder b = new StringBuilder();
      for (Type a : p.getActualTypeArguments()) {
        b.append(argumentName(a));
      }
      return b.append(((Class<?>) p.getRawType()).getSimpleName()).toString();
    }
    throw new IllegalArgumentException("no name for the type argument " + t);
  }

  private String record(Class<?> c, String name, Map<String, Type> bound) {
    Type owner = bound.isEmpty() ? c : new Owner(c, bound);
    if (!claim(name, owner)) {
      return name;
    }
    Schema s = OASFactory.createSchema().type(SchemaType.OBJECT);
    named.put(name, s); // before the components: a record may contain itself (a tree)
    describe(s, c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class));
    List<String> required = new ArrayList<>();
    Map<String, Schema> properties = new TreeMap<>();
    for (RecordComponent rc : c.getRecordComponents()) {
      Field f = field(c, rc.getName());
      if (f.isAnnotationPresent(JsonbTransient.class)) {
        continue;
      }
      String property = rc.getName();
      JsonbProperty renamed = f.getAnnotation(JsonbProperty.class);
      if (renamed != null && !renamed.value().isEmpty()) {
        property = renamed.value();
      }
      Type t = rc.getGenericType();
      if (t instanceof TypeVariable<?> v) {
        t = bound.get(v.getName());
      } else if (t instanceof ParameterizedType p && hasVariable(p)) {
        t = resolve(p, bound);
      }
      Schema value = property(of(t), f);
      if (rc.getType().isPrimitive() || isRequired(f)) {
        required.add(property);
      }
      properties.put(property, value);
    }
    s.setProperties(properties);
    if (!required.isEmpty()) {
      required.sort(String::compareTo);
      s.setRequired(required);
    }
    return name;
  }

  private static boolean hasVariable(ParameterizedType p) {
    return Arrays.stream(p.getActualTypeArguments())
        .anyMatch(
            a ->
                a instanceof TypeVariable<?> || a instanceof ParameterizedType q && hasVariable(q));
  }

  private static Type resolve(ParameterizedType p, Map<String, Type> bound) {
    Type[] args = p.getActualTypeArguments().clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof TypeVariable<?> v) {
        args[i] = bound.get(v.getName());
      } else if (args[i] instanceof ParameterizedType q) {
        args[i] = resolve(q, bound);
      }
    }
    return new Resolved((Class<?>) p.getRawType(), args);
  }

  private static Field field(Class<?> c, String name) {
    try {
      return c.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("a record without its field: " + c.getName() + "." + name, e);
    }
  }

  private static boolean isRequired(AnnotatedElement e) {
    return e.isAnnotationPresent(NotNull.class)
        || e.isAnnotationPresent(NotBlank.class)
        || e.isAnnotationPresent(NotEmpty.class)
        || requiredBySchema(e);
  }

  private static boolean requiredBySchema(AnnotatedElement e) {
    var s = e.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    return s != null && s.required();
  }

  /**
   * A component's schema with what its annotations say. A reference cannot carry siblings in
   * OpenAPI 3.0, so a described reference is wrapped in allOf.
   */
  private static Schema property(Schema base, AnnotatedElement e) {
    var doc = e.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    boolean constrained = hasConstraints(e);
    if (base.getRef() != null) {
      if (doc == null || doc.description().isEmpty() && doc.example().isEmpty()) {
        return base;
      }
      Schema wrapped = OASFactory.createSchema().addAllOf(base);
      describe(wrapped, doc);
      return wrapped;
    }
    describe(base, doc);
    if (constrained) {
      constrain(base, e);
    }
    return base;
  }

  private static boolean hasConstraints(AnnotatedElement e) {
    return e.isAnnotationPresent(Size.class)
        || e.isAnnotationPresent(Pattern.class)
        || e.isAnnotationPresent(NotBlank.class)
        || e.isAnnotationPresent(NotEmpty.class)
        || e.isAnnotationPresent(Positive.class)
        || e.isAnnotationPresent(PositiveOrZero.class)
        || e.isAnnotationPresent(Min.class)
        || e.isAnnotationPresent(Max.class)
        || e.isAnnotationPresent(DecimalMin.class)
        || e.isAnnotationPresent(DecimalMax.class);
  }

  /** Bean Validation limits as schema keywords, so a client can check before it sends. */
  private static void constrain(Schema s, AnnotatedElement e) {
    boolean array = s.getType() == SchemaType.ARRAY;
    Size size = e.getAnnotation(Size.class);
    if (size != null) {
      if (array) {
        if (size.min() > 0) {
          s.setMinItems(size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
          s.setMaxItems(size.max());
        }
      } else {
        if (size.min() > 0) {
          s.setMinLength(size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
          s.setMaxLength(size.max());
        }
      }
    }
    if ((e.isAnnotationPresent(NotBlank.class) || e.isAnnotationPresent(NotEmpty.class))
        && !array
        && s.getMinLength() == null) {
      s.setMinLength(1);
    }
    if (e.isAnnotationPresent(NotEmpty.class) && array && s.getMinItems() == null) {
      s.setMinItems(1);
    }
    Pattern pattern = e.getAnnotation(Pattern.class);
    if (pattern != null && s.getPattern() == null) {
      s.setPattern("^(" + pattern.regexp() + ")$");
    }
    if (e.isAnnotationPresent(Positive.class)) {
      s.setMinimum(BigDecimal.ONE);
    }
    if (e.isAnnotationPresent(PositiveOrZero.class)) {
      s.setMinimum(BigDecimal.ZERO);
    }
    Min min = e.getAnnotation(Min.class);
    if (min != null) {
      s.setMinimum(BigDecimal.valueOf(min.value()));
    }
    Max max = e.getAnnotation(Max.class);
    if (max != null) {
      s.setMaximum(BigDecimal.valueOf(max.value()));
    }
    DecimalMin dmin = e.getAnnotation(DecimalMin.class);
    if (dmin != null) {
      s.setMinimum(new BigDecimal(dmin.value()));
    }
    DecimalMax dmax = e.getAnnotation(DecimalMax.class);
    if (dmax != null) {
      s.setMaximum(new BigDecimal(dmax.value()));
    }
  }

  /** Description, example, format, pattern and enumeration of an MP OpenAPI @Schema. */
  static void describe(Schema s, org.eclipse.microprofile.openapi.annotations.media.Schema doc) {
    if (doc == null) {
      return;
    }
    if (doc.type() != org.eclipse.microprofile.openapi.annotations.enums.SchemaType.DEFAULT) {
      s.setType(SchemaType.valueOf(doc.type().name()));
    }
    if (!doc.description().isEmpty()) {
      s.setDescription(doc.description());
    }
    if (!doc.example().isEmpty()) {
      s.setExample(example(s, doc.example()));
    }
    if (!doc.format().isEmpty()) {
      s.setFormat(doc.format());
    }
    if (!doc.pattern().isEmpty()) {
      s.setPattern(doc.pattern());
    }
    if (doc.enumeration().length > 0) {
      s.setEnumeration(new ArrayList<>(List.of((Object[]) doc.enumeration())));
    }
    if (!doc.minimum().isEmpty()) {
      s.setMinimum(new BigDecimal(doc.minimum()));
    }
    if (!doc.maximum().isEmpty()) {
      s.setMaximum(new BigDecimal(doc.maximum()));
    }
    if (!doc.defaultValue().isEmpty()) {
      s.setDefaultValue(example(s, doc.defaultValue()));
    }
  }

  /** An example in the value's own JSON type (a number stays a number). */
  private static Object example(Schema s, String text) {
    if (s.getType() == SchemaType.INTEGER) {
      return Long.valueOf(text);
    }
    if (s.getType() == SchemaType.NUMBER) {
      return new BigDecimal(text);
    }
    if (s.getType() == SchemaType.BOOLEAN) {
      return Boolean.valueOf(text);
    }
    return text;
  }

  /** False when the name is taken already by this very type; refuses another type's name. */
  private boolean claim(String name, Type owner) {
    Type before = owners.putIfAbsent(name, owner);
    if (before == null) {
      return true;
    }
    if (before.equals(owner)) {
      return false;
    }
    throw new IllegalStateException(
        "two API types are both named "
            + name
            + ": "
            + before.getTypeName()
            + " and "
            + owner.getTypeName()
            + "; give one of them @Schema(name = \"...\")");
  }

  /** A generic record with its type arguments bound, as the owner of a schema name. */
  private record Owner(Class<?> raw, Map<String, Type> bound) implements Type {
    @Override
    public String getTypeName() {
      return raw.getName() + bound.values();
    }
  }

  /** A parameterized type with variables replaced by the arguments they stand for. */
  private record Resolved(Class<?> raw, Type[] args) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return args.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Resolved r && raw.equals(r.raw) && Arrays.equals(args, r.args);
    }

    @Override
    public int hashCode() {
      return raw.hashCode() * 31 + Arrays.hashCode(args);
    }
  }
}
