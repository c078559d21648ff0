package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.Messages;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document the server scans from the resources (paths, operations with their
 * {@code @Operation} ids and summaries, {@code @Tag}s, the {@code @OpenAPIDefinition} of {@link
 * LimsApi}) into the API's contract, from the same Java methods:
 *
 * <ul>
 *   <li>path templates without the JAX-RS regular expressions ({@code /samples/{id}});
 *   <li>parameters typed from the Java parameters ({@code long} is integer/int64), with
 *       {@code @DefaultValue}s and MP {@code @Parameter} descriptions; a {@code @BeanParam} ({@link
 *       ListParams}) contributes its documented fields; an annotation on a method whose elements
 *       carry {@code @Parameter} (e.g. the statistics period) contributes those;
 *   <li>request and response bodies as named schemas ({@link ApiSchemas}) from the entity parameter
 *       and the return type, or from {@code @RequestBody}/{@code @APIResponse} where the method
 *       takes a raw body or returns a {@code Response} (files, 201 with Location);
 *   <li>the RFC 9457 problem detail on every error an operation can answer: 400 (invalid input or a
 *       refused business rule), 401 and 403 unless public, 404 when it names a record (a path id or
 *       ids in the body), 409 for changes (a stale version, a state that forbids the step), 500;
 *   <li>security per operation: HTTP Basic, or the session cookie, which needs the CSRF header on
 *       changes; none where the class or method says {@code @SecurityRequirements({})}.
 * </ul>
 *
 * The server's own schemas are dropped: it cannot see the business components' records (see {@link
 * ApiSchemas}), and it lists beans of the pages that are not part of the API. Payara's non-standard
 * top-level {@code endpoints} map is emptied (it is not OpenAPI and validators refuse it).
 */
public class ApiContract implements OASFilter {

  static final String PROBLEM = Problem.MEDIA_TYPE;
  static final String BASIC = "basicAuth";
  static final String SESSION = "sessionCookie";
  static final String CSRF = "csrfHeader";

  /** Marks an operation whose Java method lacks what its documentation needs (and says what). */
  static final String GAP = "x-contract-gap";

  private static final Logger LOG = Logger.getLogger(ApiContract.class.getName());

  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "DELETE", "PATCH");

  /** The error responses, as components.responses, by status (in this order). */
  private static final Map<String, String> ERRORS = new LinkedHashMap<>();

  static {
    // one by one: Map.of iterates in an order that changes with every start of the server, and
    // the document must be the same on every start
    ERRORS.put("400", "InvalidInput");
    ERRORS.put("401", "Unauthorized");
    ERRORS.put("403", "Forbidden");
    ERRORS.put("404", "NotFound");
    ERRORS.put("409", "Conflict");
    ERRORS.put("500", "InternalError");
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    ApiSchemas schemas = new ApiSchemas();
    schemas.of(Problem.class);
    Map<String, List<Method>> methods = resourceMethods(getClass().getClassLoader());
    Paths paths = api.getPaths();
    Map<String, PathItem> cleaned = new TreeMap<>();
    if (paths != null && paths.getPathItems() != null) {
      paths
          .getPathItems()
          .forEach((k, v) -> cleaned.merge(ApiResources.plainTemplate(k), v, ApiContract::merge));
      for (String key : new ArrayList<>(paths.getPathItems().keySet())) {
        paths.removePathItem(key);
      }
    } else {
      paths = OASFactory.createPaths();
      api.setPaths(paths);
    }
    for (var e : cleaned.entrySet()) {
      for (var op : e.getValue().getOperations().entrySet()) {
        List<Method> java = methods.get(op.getKey().name() + " " + e.getKey());
        try {
          if (java == null) {
            throw new IllegalStateException("no resource method answers it");
          }
          complete(op.getValue(), op.getKey().name(), e.getKey(), java, schemas);
        } catch (IllegalStateException | IllegalArgumentException gap) {
          // the rest of the document stays usable; ApiContractIT fails on every gap it finds
          LOG.warning(
              op.getKey() + " " + e.getKey() + " is not fully documented: " + gap.getMessage());
          op.getValue().addExtension(GAP, gap.getMessage());
        }
      }
      paths.addPathItem(e.getKey(), e.getValue());
    }
    Components components = api.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      api.setComponents(components);
    }
    components.setSchemas(new TreeMap<>(schemas.named()));
    errorResponses(components);
    clearEndpoints(api);
    api.setTags(distinctTags(api.getTags()));
  }

  /**
   * One entry per tag: the server adds one for every class carrying @Tag besides the described ones
   * of the definition, and validators refuse duplicates.
   */
  private static List<Tag> distinctTags(List<Tag> tags) {
    if (tags == null) {
      return null;
    }
    Map<String, Tag> byName = new TreeMap<>();
    for (Tag t : tags) {
      Tag before = byName.get(t.getName());
      if (before == null || before.getDescription() == null) {
        byName.put(t.getName(), t);
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static PathItem merge(PathItem a, PathItem b) {
    b.getOperations().forEach(a::setOperation);
    return a;
  }

  /** Every resource method, by "HTTP-METHOD /api/path/{template}". */
  static Map<String, List<Method>> resourceMethods(ClassLoader loader) {
    Map<String, List<Method>> byKey = new TreeMap<>();
    String app = ApiResources.applicationPath();
    for (Class<?> c : ApiResources.find(loader)) {
      String base = c.getAnnotation(Path.class).value();
      for (Method m : c.getMethods()) {
        String http = httpMethod(m);
        if (http == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String path = ApiResources.join(app, base, sub == null ? "" : sub.value());
        byKey.computeIfAbsent(http + " " + path, k -> new ArrayList<>()).add(m);
      }
    }
    byKey.values().forEach(l -> l.sort(Comparator.comparing(Method::toGenericString)));
    return byKey;
  }

  static String httpMethod(Method m) {
    if (m.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (m.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (m.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (m.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    return null;
  }

  private void complete(
      Operation op, String http, String path, List<Method> java, ApiSchemas schemas) {
    Method first = java.get(0);
    op.setParameters(parameters(first, schemas));
    op.setRequestBody(requestBody(java, schemas));
    APIResponses responses = OASFactory.createAPIResponses();
    successResponses(first, schemas, responses);
    boolean open = isPublic(first);
    boolean namesRecord = path.contains("{") || op.getRequestBody() != null;
    for (var error : ERRORS.entrySet()) {
      String status = error.getKey();
      boolean applies =
          switch (status) {
            case "401", "403" -> !open;
            case "404" -> namesRecord || declared(first, status);
            case "409" -> UNSAFE.contains(http) || declared(first, status);
            default -> true;
          };
      if (applies && responses.getAPIResponse(status) == null) {
        responses.addAPIResponse(
            status,
            OASFactory.createAPIResponse().ref("#/components/responses/" + error.getValue()));
      }
    }
    op.setResponses(responses);
    if (open) {
      // an empty requirement: no sign-in needed (an empty list would vanish from the document)
      op.setSecurity(List.of(OASFactory.createSecurityRequirement()));
    } else {
      SecurityRequirement basic = OASFactory.createSecurityRequirement().addScheme(BASIC);
      SecurityRequirement session = OASFactory.createSecurityRequirement().addScheme(SESSION);
      if (UNSAFE.contains(http)) {
        session.addScheme(CSRF);
      }
      op.setSecurity(List.of(basic, session));
    }
  }

  private static boolean declared(Method m, String status) {
    for (APIResponse r : m.getAnnotationsByType(APIResponse.class)) {
      if (r.responseCode().equals(status)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPublic(Method m) {
    SecurityRequirements own = m.getAnnotation(SecurityRequirements.class);
    if (own == null) {
      own = m.getDeclaringClass().getAnnotation(SecurityRequirements.class);
    }
    return own != null && own.value().length == 0;
  }

  // ---- parameters

  private List<Parameter> parameters(Method m, ApiSchemas schemas) {
    Map<String, Parameter> params = new LinkedHashMap<>();
    for (Field f : m.getDeclaringClass().getDeclaredFields()) {
      PathParam p = f.getAnnotation(PathParam.class);
      if (p != null) {
        add(params, parameter(p.value(), Parameter.In.PATH, f.getGenericType(), f, schemas));
      }
    }
    for (java.lang.reflect.Parameter jp : m.getParameters()) {
      String name = null;
      Parameter.In in = null;
      if (jp.getAnnotation(PathParam.class) != null) {
        name = jp.getAnnotation(PathParam.class).value();
        in = Parameter.In.PATH;
      } else if (jp.getAnnotation(QueryParam.class) != null) {
        name = jp.getAnnotation(QueryParam.class).value();
        in = Parameter.In.QUERY;
      } else if (jp.getAnnotation(HeaderParam.class) != null) {
        name = jp.getAnnotation(HeaderParam.class).value();
        in = Parameter.In.HEADER;
      } else if (jp.getAnnotation(CookieParam.class) != null) {
        name = jp.getAnnotation(CookieParam.class).value();
        in = Parameter.In.COOKIE;
      } else if (jp.getAnnotation(BeanParam.class) != null) {
        beanParameters(jp.getType(), params, schemas);
        continue;
      }
      if (name != null) {
        add(params, parameter(name, in, jp.getParameterizedType(), jp, schemas));
      }
    }
    groupParameters(m.getAnnotations(), params, schemas);
    var own =
        m.getAnnotationsByType(
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
    for (var doc : own) {
      if (!doc.name().isEmpty() && doc.in() != ParameterIn.DEFAULT) {
        add(params, documented(doc, schemas));
      }
    }
    return params.isEmpty() ? null : new ArrayList<>(params.values());
  }

  private static void add(Map<String, Parameter> params, Parameter p) {
    params.put(p.getIn() + " " + p.getName(), p);
  }

  /** The query fields of a @BeanParam class with their {@link QueryDoc}s. */
  private void beanParameters(Class<?> bean, Map<String, Parameter> params, ApiSchemas schemas) {
    for (Field f : bean.getDeclaredFields()) {
      QueryParam q = f.getAnnotation(QueryParam.class);
      QueryDoc doc = f.getAnnotation(QueryDoc.class);
      if (q != null) {
        Parameter p = parameter(q.value(), Parameter.In.QUERY, f.getGenericType(), f, schemas);
        if (doc != null) {
          apply(p, doc, schemas);
        }
        add(params, p);
      } else if (doc != null) {
        add(params, documented(doc, schemas));
      }
    }
  }

  /**
   * The annotations whose elements carry {@link QueryDoc}: documented groups of parameters (a
   * method may carry several, e.g. the figures' period and group, the kind of sampling and the
   * paging). Their parameters are listed by name across the groups: reflection gives an
   * annotation's elements in no fixed order, the document must be the same on every start, and
   * splitting or renaming a group does not move a parameter.
   */
  private static void groupParameters(
      Annotation[] annotations, Map<String, Parameter> params, ApiSchemas schemas) {
    List<QueryDoc> docs = new ArrayList<>();
    for (Annotation a : annotations) {
      for (Method element : a.annotationType().getDeclaredMethods()) {
        QueryDoc doc = element.getAnnotation(QueryDoc.class);
        if (doc != null) {
          docs.add(doc);
        }
      }
    }
    docs.sort(Comparator.comparing(QueryDoc::name));
    for (QueryDoc doc : docs) {
      add(params, documented(doc, schemas));
    }
  }

  private Parameter parameter(
      String name, Parameter.In in, Type type, AnnotatedElement e, ApiSchemas schemas) {
    Schema schema = schemas.of(type);
    DefaultValue d = e.getAnnotation(DefaultValue.class);
    var doc =
        e.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
    if (doc != null) {
      ApiSchemas.describe(schema, doc.schema());
    }
    if (d != null) {
      schema.setDefaultValue(typed(schema, d.value()));
    }
    Parameter p =
        OASFactory.createParameter()
            .name(name)
            .in(in)
            .schema(schema)
            .required(in == Parameter.In.PATH ? Boolean.TRUE : null);
    if (doc != null) {
      apply(p, doc);
    }
    return p;
  }

  private static Parameter documented(
      org.eclipse.microprofile.openapi.annotations.parameters.Parameter doc, ApiSchemas schemas) {
    Schema schema;
    if (doc.schema().implementation() != Void.class) {
      schema = schemas.of(doc.schema().implementation());
    } else {
      schema = OASFactory.createSchema().type(SchemaType.STRING);
      ApiSchemas.describe(schema, doc.schema());
    }
    Parameter p =
        OASFactory.createParameter()
            .name(doc.name())
            .in(Parameter.In.valueOf(doc.in().name()))
            .schema(schema);
    apply(p, doc);
    return p;
  }

  private static Parameter documented(QueryDoc doc, ApiSchemas schemas) {
    Parameter p = OASFactory.createParameter().name(doc.name()).in(Parameter.In.QUERY);
    p.setSchema(OASFactory.createSchema().type(SchemaType.STRING));
    apply(p, doc, schemas);
    return p;
  }

  private static void apply(Parameter p, QueryDoc doc, ApiSchemas schemas) {
    if (doc.freeForm()) {
      p.setSchema(
          OASFactory.createSchema()
              .type(SchemaType.OBJECT)
              .additionalPropertiesSchema(OASFactory.createSchema().type(SchemaType.STRING)));
      p.setStyle(Parameter.Style.FORM);
      p.setExplode(true);
    } else if (doc.schema().implementation() != Void.class) {
      p.setSchema(schemas.of(doc.schema().implementation()));
    } else {
      Object defaultValue = p.getSchema().getDefaultValue();
      ApiSchemas.describe(p.getSchema(), doc.schema());
      if (defaultValue != null) {
        p.getSchema().setDefaultValue(typed(p.getSchema(), defaultValue.toString()));
      }
    }
    p.setDescription(doc.description());
    if (doc.required()) {
      p.setRequired(true);
    }
    if (!doc.example().isEmpty()) {
      p.setExample(typed(p.getSchema(), doc.example()));
    }
  }

  private static void apply(
      Parameter p, org.eclipse.microprofile.openapi.annotations.parameters.Parameter doc) {
    if (!doc.description().isEmpty()) {
      p.setDescription(doc.description());
    }
    if (doc.required()) {
      p.setRequired(true);
    }
    if (!doc.example().isEmpty()) {
      p.setExample(typed(p.getSchema(), doc.example()));
    }
  }

  private static Object typed(Schema s, String text) {
    if (s.getType() == SchemaType.INTEGER) {
      return Long.valueOf(text);
    }
    if (s.getType() == SchemaType.BOOLEAN) {
      return Boolean.valueOf(text);
    }
    return text;
  }

  // ---- bodies

  private org.eclipse.microprofile.openapi.models.parameters.RequestBody requestBody(
      List<Method> java, ApiSchemas schemas) {
    org.eclipse.microprofile.openapi.models.media.Content content = OASFactory.createContent();
    boolean required = true;
    String description = null;
    for (Method m : java) {
      java.lang.reflect.Parameter entity = entityParameter(m);
      RequestBody doc = m.getAnnotation(RequestBody.class);
      if (doc == null && entity != null) {
        doc = entity.getAnnotation(RequestBody.class);
      }
      if (entity == null && doc == null) {
        continue;
      }
      List<String> types = consumes(m);
      Schema schema;
      if (doc != null && doc.content().length > 0) {
        for (Content c : doc.content()) {
          Schema s = contentSchema(c, schemas);
          if (c.mediaType().isEmpty()) {
            types.forEach(t -> content.addMediaType(t, OASFactory.createMediaType().schema(s)));
          } else {
            content.addMediaType(c.mediaType(), OASFactory.createMediaType().schema(s));
          }
        }
        required = doc.required();
        description = doc.description().isEmpty() ? description : doc.description();
        continue;
      }
      schema = entitySchema(entity.getParameterizedType(), types, schemas);
      for (String t : types) {
        content.addMediaType(t, OASFactory.createMediaType().schema(schema));
      }
      if (doc != null) {
        required = doc.required();
        description = doc.description().isEmpty() ? description : doc.description();
      }
    }
    if (content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
      return null;
    }
    return OASFactory.createRequestBody()
        .content(formFirst(content))
        .required(required)
        .description(description);
  }

  /**
   * A form upload first where an operation takes a file both ways (the plan workbook): client
   * generators build their method from the first media type, and only a form becomes a file
   * parameter there.
   */
  private static org.eclipse.microprofile.openapi.models.media.Content formFirst(
      org.eclipse.microprofile.openapi.models.media.Content content) {
    var form = content.getMediaType(MediaType.MULTIPART_FORM_DATA);
    if (form == null || content.getMediaTypes().size() == 1) {
      return content;
    }
    var ordered = OASFactory.createContent().addMediaType(MediaType.MULTIPART_FORM_DATA, form);
    content
        .getMediaTypes()
        .forEach(
            (type, media) -> {
              if (!MediaType.MULTIPART_FORM_DATA.equals(type)) {
                ordered.addMediaType(type, media);
              }
            });
    return ordered;
  }

  private Schema entitySchema(Type type, List<String> mediaTypes, ApiSchemas schemas) {
    if (type == byte[].class || type == java.io.InputStream.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("binary");
    }
    if (type instanceof ParameterizedType p
        && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] == EntityPart.class) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .addProperty("file", OASFactory.createSchema().type(SchemaType.STRING).format("binary"))
          .required(List.of("file"));
    }
    if (type == String.class && !mediaTypes.contains(MediaType.TEXT_PLAIN)) {
      throw new IllegalStateException(
          "a raw body needs @RequestBody(content = @Content(schema = @Schema(implementation = ...)))");
    }
    return schemas.of(type);
  }

  private static java.lang.reflect.Parameter entityParameter(Method m) {
    for (java.lang.reflect.Parameter p : m.getParameters()) {
      boolean bound =
          p.isAnnotationPresent(PathParam.class)
              || p.isAnnotationPresent(QueryParam.class)
              || p.isAnnotationPresent(HeaderParam.class)
              || p.isAnnotationPresent(CookieParam.class)
              || p.isAnnotationPresent(MatrixParam.class)
              || p.isAnnotationPresent(FormParam.class)
              || p.isAnnotationPresent(BeanParam.class)
              || p.isAnnotationPresent(Context.class);
      if (!bound) {
        return p;
      }
    }
    return null;
  }

  private static List<String> consumes(Method m) {
    Consumes c = m.getAnnotation(Consumes.class);
    if (c == null) {
      c = m.getDeclaringClass().getAnnotation(Consumes.class);
    }
    List<String> types = new ArrayList<>();
    if (c != null) {
      for (String t : c.value()) {
        if (!MediaType.WILDCARD.equals(t)) {
          types.add(t);
        }
      }
    }
    if (types.isEmpty()) {
      types.add(MediaType.APPLICATION_JSON);
    }
    return types;
  }

  private static List<String> produces(Method m) {
    Produces p = m.getAnnotation(Produces.class);
    if (p == null) {
      p = m.getDeclaringClass().getAnnotation(Produces.class);
    }
    List<String> types = new ArrayList<>();
    if (p != null) {
      types.addAll(List.of(p.value()));
    }
    if (types.isEmpty()) {
      types.add(MediaType.APPLICATION_JSON);
    }
    return types;
  }

  private void successResponses(Method m, ApiSchemas schemas, APIResponses responses) {
    APIResponse[] declared = m.getAnnotationsByType(APIResponse.class);
    boolean success = false;
    for (APIResponse r : declared) {
      if (!r.responseCode().startsWith("2")) {
        continue;
      }
      success = true;
      var response = OASFactory.createAPIResponse().description(r.description());
      if (r.content().length > 0) {
        var content = OASFactory.createContent();
        for (Content c : r.content()) {
          String type = c.mediaType().isEmpty() ? MediaType.APPLICATION_JSON : c.mediaType();
          content.addMediaType(
              type, OASFactory.createMediaType().schema(contentSchema(c, schemas)));
        }
        response.setContent(content);
      }
      for (var h : r.headers()) {
        Schema hs = OASFactory.createSchema().type(SchemaType.STRING);
        ApiSchemas.describe(hs, h.schema());
        response.addHeader(
            h.name(), OASFactory.createHeader().description(h.description()).schema(hs));
      }
      responses.addAPIResponse(r.responseCode(), response);
    }
    if (success) {
      return;
    }
    Type type = m.getGenericReturnType();
    if (type == void.class) {
      responses.addAPIResponse(
          "204", OASFactory.createAPIResponse().description("Done, no content."));
      return;
    }
    if (type == Response.class) {
      List<String> files =
          produces(m).stream().filter(t -> !MediaType.APPLICATION_JSON.equals(t)).toList();
      if (files.isEmpty()) {
        throw new IllegalStateException(
            m + " returns a Response: declare its answers with @APIResponse (code, content)");
      }
      // a file: what it produces besides JSON (JSON is for its errors)
      var content = OASFactory.createContent();
      for (String t : files) {
        content.addMediaType(
            t,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().type(SchemaType.STRING).format("binary")));
      }
      responses.addAPIResponse(
          "200", OASFactory.createAPIResponse().description("The file.").content(content));
      return;
    }
    Schema schema = schemas.of(type);
    var content = OASFactory.createContent();
    for (String t : produces(m)) {
      content.addMediaType(t, OASFactory.createMediaType().schema(schema));
    }
    responses.addAPIResponse(
        "200", OASFactory.createAPIResponse().description("OK").content(content));
  }

  /** A @Content's schema: its implementation class, else what its @Schema says (a file, ...). */
  private static Schema contentSchema(Content c, ApiSchemas schemas) {
    var s = c.schema();
    if (s.implementation() != Void.class) {
      Schema base = schemas.of(s.implementation());
      if (s.type() == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(base);
      }
      return base;
    }
    Schema inline = OASFactory.createSchema();
    ApiSchemas.describe(inline, s);
    return inline;
  }

  // ---- errors

  private static void errorResponses(Components components) {
    Locale zh = Messages.CHINESE;
    Map<String, String> kinds =
        Map.of(
            "400", "invalidInput",
            "401", "unauthorized",
            "403", "forbidden",
            "404", "notFound",
            "409", "staleVersion",
            "500", "internal");
    Map<String, String> meaning =
        Map.of(
            "400",
            "Invalid input or a business rule refused the request; `errors` names each invalid field.",
            "401",
            "Not signed in, or wrong user name or password.",
            "403",
            "The signed-in user may not do this (role, organization or region).",
            "404",
            "No such record (an id in the path or the body).",
            "409",
            "A stale `version`, or the record's state does not allow this step now.",
            "500",
            "An unforeseen failure (logged on the server).");
    for (var e : ERRORS.entrySet()) {
      String status = e.getKey();
      Map<String, Object> example = new LinkedHashMap<>();
      example.put("type", "https://lims.foodsafety.cn/problems/" + kinds.get(status));
      example.put("title", Messages.text(zh, "lims.title." + kinds.get(status)));
      example.put("status", Integer.valueOf(status));
      example.put("detail", exampleDetail(status));
      if ("400".equals(status)) {
        example.put(
            "errors", List.of(exampleField("foodName", Messages.text(zh, "lims.field.required"))));
      }
      components.addResponse(
          e.getValue(),
          OASFactory.createAPIResponse()
              .description(meaning.get(status))
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          PROBLEM,
                          OASFactory.createMediaType()
                              .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                              .example(example))));
    }
  }

  /** One invalid field of an example, its keys in a fixed order. */
  private static Map<String, Object> exampleField(String field, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  /** The detail as the application writes it (zh-CN), with made-up arguments. */
  private static String exampleDetail(String status) {
    Locale zh = Messages.CHINESE;
    return switch (status) {
      case "400" -> Messages.text(zh, "lims.title.invalidInput");
      case "401" -> Messages.text(zh, "lims.error.unauthorized");
      case "403" -> Messages.text(zh, "lims.error.forbidden");
      case "404" -> Messages.text(zh, "lims.error.notFound", "样品", 42);
      case "409" -> Messages.text(zh, "lims.error.staleVersion", 3, 4);
      default -> Messages.text(zh, "lims.error.internal");
    };
  }

  /** Payara's top-level "endpoints" map is not OpenAPI; setting it to null breaks the server. */
  private static void clearEndpoints(OpenAPI api) {
    try {
      Object endpoints = api.getClass().getMethod("getEndpoints").invoke(api);
      if (endpoints instanceof Map<?, ?> map) {
        map.clear();
      }
    } catch (ReflectiveOperationException notPayara) {
      // another implementation has no such map: nothing to clear
    }
  }
}
