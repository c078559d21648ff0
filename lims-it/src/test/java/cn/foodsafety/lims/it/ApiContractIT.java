package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.server;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API contract: the OpenAPI document the deployed application serves at /openapi is valid
 * (swagger-parser: no message), complete (every operation named after its use case, once, with a
 * tag, a summary, schemas for what it takes and answers and problem details for its errors), and it
 * is the committed config/openapi/lims-openapi.yaml, from which the client of the other tests is
 * generated. A new endpoint without its documentation fails here.
 *
 * <p>When the API changes on purpose, refresh the committed copy from the deployed one this test
 * writes: {@code cp lims-it/target/openapi/lims-openapi.yaml config/openapi/}.
 */
class ApiContractIT {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String PROBLEM = "#/components/schemas/Problem";

  private static String deployed;
  private static OpenAPI api;

  @BeforeAll
  static void fetch() throws IOException {
    deployed = server().get("/openapi").then().statusCode(200).extract().body().asString();
    Path out = Path.of(System.getProperty("lims.openapi.out", "target/openapi"));
    Files.createDirectories(out);
    Files.writeString(out.resolve("lims-openapi.yaml"), deployed, StandardCharsets.UTF_8);
    SwaggerParseResult result = new OpenAPIParser().readContents(deployed, null, null);
    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    api = result.getOpenAPI();
  }

  @Test
  void theDocumentIsValidOpenApi3() {
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).startsWith("3.");
    assertThat(api.getServers())
        .singleElement()
        .satisfies(s -> assertThat(s.getUrl()).isEqualTo("/lims"));
    assertThat(api.getExtensions()).as("non-standard top-level keys").isNullOrEmpty();
    assertThat(deployed).doesNotContain("endpoints:");
  }

  @Test
  void theCommittedCopyIsTheDeployedDocument() throws IOException {
    Path committed =
        Path.of(System.getProperty("lims.openapi.file", "../config/openapi/lims-openapi.yaml"));
    String mine = Files.readString(committed, StandardCharsets.UTF_8);
    String refresh =
        "the deployed /openapi differs from "
            + committed
            + ": refresh it with cp lims-it/target/openapi/lims-openapi.yaml config/openapi/";
    // the same tree (the server writes a path's operations in an order that changes from start to
    // start), and the same order of media types, which client generators do depend on
    assertThat(YAML.readTree(deployed)).as(refresh).isEqualTo(YAML.readTree(mine));
    assertThat(mediaTypeOrder(deployed)).as(refresh).isEqualTo(mediaTypeOrder(mine));
    // the copy packaged in the application and served beside the documentation page
    String packaged =
        server()
            .get("/lims/api-docs/lims-openapi.yaml")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(packaged).as("the packaged copy is the committed one").isEqualTo(mine);
  }

  /** Every request and response body's media types, in the document's order. */
  private static List<String> mediaTypeOrder(String yaml) throws IOException {
    List<String> order = new ArrayList<>();
    JsonNode paths = YAML.readTree(yaml).get("paths");
    new TreeSet<String>(iterable(paths.fieldNames()))
        .forEach(
            path ->
                new TreeSet<String>(iterable(paths.get(path).fieldNames()))
                    .forEach(
                        method -> {
                          JsonNode op = paths.get(path).get(method);
                          JsonNode body = op.path("requestBody").path("content");
                          order.add(method + " " + path + " " + iterable(body.fieldNames()));
                          op.path("responses")
                              .fields()
                              .forEachRemaining(
                                  r ->
                                      order.add(
                                          method
                                              + " "
                                              + path
                                              + " "
                                              + r.getKey()
                                              + " "
                                              + iterable(
                                                  r.getValue().path("content").fieldNames())));
                        }));
    return order;
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void everyOperationHasItsOwnUseCaseNameATagAndASummary() {
    Set<String> tags = new HashSet<>();
    api.getTags()
        .forEach(
            t -> {
              assertThat(t.getDescription()).as("tag %s described", t.getName()).isNotBlank();
              tags.add(t.getName());
            });
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (where, op) -> {
          String id = op.getOperationId();
          if (id == null || !id.matches("[a-z][A-Za-z0-9]+")) {
            problems.add(where + ": operationId " + id);
          } else if (!ids.add(id)) {
            problems.add(where + ": operationId " + id + " repeats");
          }
          if (op.getExtensions() != null && op.getExtensions().containsKey("x-contract-gap")) {
            problems.add(where + ": " + op.getExtensions().get("x-contract-gap"));
          }
          if (op.getSummary() == null || op.getSummary().isBlank()) {
            problems.add(where + ": no summary (@Operation)");
          }
          if (op.getTags() == null
              || op.getTags().size() != 1
              || !tags.contains(op.getTags().get(0))) {
            problems.add(where + ": tags " + op.getTags() + " (one @Tag per resource class)");
          }
        });
    assertThat(problems).isEmpty();
    assertThat(ids)
        .contains(
            "createSample", "recordResults", "approveResults", "recordCaseStep", "getFigures");
  }

  @Test
  void everyBodyHasANamedSchemaAndEveryErrorIsAProblemDetail() {
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (where, op) -> {
          if (op.getRequestBody() != null) {
            var content = op.getRequestBody().getContent();
            if (content == null || content.isEmpty()) {
              problems.add(where + ": request body without content");
            } else {
              content.forEach(
                  (type, media) -> checkBody(where + " request " + type, media, problems));
            }
          }
          boolean success = false;
          for (var r : op.getResponses().entrySet()) {
            String status = r.getKey();
            ApiResponse response = resolve(r.getValue());
            if (status.startsWith("2")) {
              success = true;
              if (response.getContent() == null) {
                if (!"204".equals(status)) {
                  problems.add(where + " " + status + ": no content");
                }
              } else {
                response
                    .getContent()
                    .forEach(
                        (type, media) ->
                            checkBody(where + " " + status + " " + type, media, problems));
              }
            } else if (status.matches("[45]\\d\\d")) {
              MediaType problem =
                  response.getContent() == null
                      ? null
                      : response.getContent().get("application/problem+json");
              if (problem == null || !PROBLEM.equals(problem.getSchema().get$ref())) {
                problems.add(where + " " + status + ": not an RFC 9457 problem detail");
              }
            } else {
              problems.add(where + ": response " + status);
            }
          }
          if (!success) {
            problems.add(where + ": no success response");
          }
          if (!op.getResponses().containsKey("500")) {
            problems.add(where + ": 500 not documented");
          }
          for (Parameter p :
              op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
            if (p.getSchema() == null
                || p.getSchema().getType() == null && p.getSchema().get$ref() == null) {
              problems.add(where + ": parameter " + p.getName() + " without a type");
            }
            // record ids are integer/int64; the public feed's text id says what it may hold
            boolean typedId =
                "integer".equals(p.getSchema().getType())
                    ? "int64".equals(p.getSchema().getFormat())
                    : p.getSchema().getPattern() != null;
            if ("path".equals(p.getIn()) && p.getName().matches("id|.*Id") && !typedId) {
              problems.add(where + ": path id " + p.getName() + " is neither int64 nor patterned");
            }
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void everySchemaSaysWhatItHolds() {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    assertThat(schemas)
        .containsKeys(
            "Problem",
            "SampleForm",
            "SampleData",
            "SampleDataPage",
            "ResultSheet",
            "CaseData",
            "FiguresReport");
    assertThat(schemas.keySet()).noneMatch(n -> n.endsWith("Backing"));
    List<String> problems = new ArrayList<>();
    schemas.forEach((name, s) -> checkSchema(name, s, problems));
    assertThat(problems).isEmpty();
    // what matters to a client: integer ids, dates with their format, measured values as text
    Map<String, Schema> sample = schemas.get("SampleData").getProperties();
    assertThat(sample.get("id").getFormat()).isEqualTo("int64");
    assertThat(sample.get("sampledOn").getFormat()).isEqualTo("date");
    assertThat(sample.get("sampledAt").getFormat()).isEqualTo("date-time");
    assertThat(sample.get("state").get$ref()).isEqualTo("#/components/schemas/SampleState");
    Map<String, Schema> entry = schemas.get("ResultEntry").getProperties();
    assertThat(entry.get("value").getType()).isEqualTo("string");
    assertThat(entry.get("value").getFormat()).isEqualTo("decimal");
    assertThat(schemas.get("ResultEntry").getRequired()).contains("itemId");
    assertThat(schemas.get("SampleForm").getRequired()).contains("foodName", "sealNumber");
    Schema<?> food = (Schema<?>) schemas.get("SampleForm").getProperties().get("foodName");
    assertThat(food.getExample()).isEqualTo("芹菜");
    assertThat(schemas.get("SampleDataPage").getRequired())
        .containsExactly("items", "page", "size", "total");
  }

  @Test
  void securityIsBasicOrTheSessionCookieWithItsCsrfHeader() {
    var schemes = api.getComponents().getSecuritySchemes();
    assertThat(schemes.get("basicAuth").getScheme()).isEqualTo("basic");
    assertThat(schemes.get("sessionCookie").getName()).isEqualTo("JSESSIONID");
    assertThat(schemes.get("csrfHeader").getName()).isEqualTo("X-CSRF-Token");
    var create = api.getPaths().get("/api/samples").getPost();
    assertThat(create.getSecurity()).hasSize(2);
    assertThat(create.getSecurity().get(1)).containsOnlyKeys("sessionCookie", "csrfHeader");
    var read = api.getPaths().get("/api/samples").getGet();
    assertThat(read.getSecurity().get(1)).containsOnlyKeys("sessionCookie");
    var open = api.getPaths().get("/api/public/results").getGet();
    assertThat(open.getSecurity()).singleElement().satisfies(r -> assertThat(r).isEmpty());
    assertThat(open.getResponses()).doesNotContainKeys("401", "403");
  }

  @Test
  void filesHaveTheirMediaTypes() {
    assertThat(binary("/api/samples/{id}/form.pdf", PathItem::getGet))
        .containsKey("application/pdf");
    assertThat(binary("/api/samples/{id}/label.png", PathItem::getGet)).containsKey("image/png");
    assertThat(binary("/api/plans/{id}/workbook", PathItem::getGet))
        .containsKey("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(api.getPaths().get("/api/results/imports").getPost().getRequestBody().getContent())
        .containsKeys(
            "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(
            api.getPaths().get("/api/plans/{id}/workbook").getPut().getRequestBody().getContent())
        .containsKeys("multipart/form-data", "application/octet-stream");
  }

  private static Map<String, MediaType> binary(
      String path, java.util.function.Function<PathItem, Operation> method) {
    return method.apply(api.getPaths().get(path)).getResponses().get("200").getContent();
  }

  private static void forEachOperation(java.util.function.BiConsumer<String, Operation> check) {
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap().forEach((m, op) -> check.accept(m + " " + path, op)));
  }

  private static ApiResponse resolve(ApiResponse r) {
    if (r.get$ref() == null) {
      return r;
    }
    String name = r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getResponses().get(name);
  }

  /** A body is a named schema, a list or page of one, or a file. */
  private static void checkBody(String where, MediaType media, List<String> problems) {
    Schema<?> s = media.getSchema();
    if (s == null) {
      problems.add(where + ": no schema");
    } else if (s.get$ref() != null) {
      return;
    } else if ("array".equals(s.getType())
        && s.getItems() != null
        && s.getItems().get$ref() != null) {
      return;
    } else if ("string".equals(s.getType()) && "binary".equals(s.getFormat())) {
      return;
    } else if ("object".equals(s.getType()) && s.getProperties() != null) {
      s.getProperties().forEach((n, p) -> checkSchema(where + "." + n, p, problems));
    } else {
      problems.add(where + ": unnamed schema " + s.getType());
    }
  }

  private static void checkSchema(String where, Schema<?> s, List<String> problems) {
    if (s.get$ref() != null) {
      return;
    }
    if (s.getAllOf() != null) {
      s.getAllOf().forEach(p -> checkSchema(where, p, problems));
      return;
    }
    if (s.getType() == null) {
      problems.add(where + ": no type");
      return;
    }
    if ("object".equals(s.getType())) {
      boolean open =
          s.getAdditionalProperties() instanceof Schema<?> a
              && (a.getType() != null || a.get$ref() != null);
      if ((s.getProperties() == null || s.getProperties().isEmpty()) && !open) {
        problems.add(where + ": an object without its fields");
      }
      if (s.getProperties() != null) {
        new TreeSet<>(s.getProperties().keySet())
            .forEach(n -> checkSchema(where + "." + n, s.getProperties().get(n), problems));
      }
    }
    if ("array".equals(s.getType())) {
      if (s.getItems() == null) {
        problems.add(where + ": an array without items");
      } else {
        checkSchema(where + "[]", s.getItems(), problems);
      }
    }
  }
}
