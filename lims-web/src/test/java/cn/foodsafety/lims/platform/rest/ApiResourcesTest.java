package cn.foodsafety.lims.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class ApiResourcesTest {

  @Test
  void pathTemplatesLoseTheirRegularExpressions() {
    assertThat(ApiResources.plainTemplate("/api/samples/{id:[0-9]+}"))
        .isEqualTo("/api/samples/{id}");
    assertThat(
            ApiResources.plainTemplate("/api/cases/{id:[0-9]+}/extensions/{eid:[0-9]+}/approval"))
        .isEqualTo("/api/cases/{id}/extensions/{eid}/approval");
    // a quantifier inside the expression has braces of its own
    assertThat(ApiResources.plainTemplate("/api/public/results/{publicId:[0-9a-z]{1,40}}"))
        .isEqualTo("/api/public/results/{publicId}");
    assertThat(ApiResources.plainTemplate("/api/settings/{name:[A-Za-z0-9_.]+}"))
        .isEqualTo("/api/settings/{name}");
    assertThat(ApiResources.plainTemplate("/api/samples/{id}/form.pdf"))
        .isEqualTo("/api/samples/{id}/form.pdf");
  }

  @Test
  void segmentsJoinWithOneSlash() {
    assertThat(ApiResources.join("/api", "samples/{id:[0-9]+}/results", ""))
        .isEqualTo("/api/samples/{id}/results");
    assertThat(ApiResources.join("/api", "stats", "report.pdf")).isEqualTo("/api/stats/report.pdf");
    assertThat(ApiResources.join("/api", "samples/", "/assignments"))
        .isEqualTo("/api/samples/assignments");
  }

  @Test
  void theApplicationIsUnderApi() {
    assertThat(ApiResources.applicationPath()).isEqualTo("/api");
  }

  @Test
  void everyResourceClassOfTheWebModuleIsFound() {
    var found = ApiResources.find(ApiResources.class.getClassLoader());
    assertThat(found)
        .contains(
            cn.foodsafety.lims.sampling.rest.SamplesResource.class,
            cn.foodsafety.lims.results.rest.SampleResultsResource.class,
            cn.foodsafety.lims.platform.rest.HealthResource.class)
        .doesNotContain(ListParams.class);
    assertThat(found).allMatch(c -> c.getPackageName().endsWith(".rest"));
  }

  /**
   * A resource holds no state of its own request unless it is bound to one (a path or query
   * parameter as a field): every other resource is made once, not with its injections on every
   * request (that cost a tenth of the samples list's server time: README, Benchmarks).
   */
  @Test
  void resourcesWithoutRequestFieldsAreApplicationScoped() {
    var found = ApiResources.find(ApiResources.class.getClassLoader());
    assertThat(found).hasSizeGreaterThan(30);
    for (Class<?> resource : found) {
      boolean requestFields = false;
      for (java.lang.reflect.Field f : resource.getDeclaredFields()) {
        for (var a : f.getAnnotations()) {
          String name = a.annotationType().getName();
          requestFields |= name.startsWith("jakarta.ws.rs.") && name.endsWith("Param");
        }
      }
      assertThat(resource.isAnnotationPresent(ApplicationScoped.class))
          .as(resource.getName())
          .isEqualTo(!requestFields);
    }
  }
}
