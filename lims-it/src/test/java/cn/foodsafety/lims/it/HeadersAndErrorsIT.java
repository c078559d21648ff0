package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.server;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the server tells strangers: security headers on a page and an API answer, no product or
 * version anywhere, the application's own error pages for paths outside it, and friendly answers
 * instead of a 500 for a not-found page under HTTP Basic and a form posted with a foreign view
 * state.
 */
class HeadersAndErrorsIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Test
  void aPageAndAnApiAnswerCarryTheSecurityHeaders() {
    for (Response r :
        new Response[] {server().get("/lims/login.xhtml"), as("planner").get("/regions")}) {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.header("Content-Security-Policy"))
          .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
      assertThat(r.header("Server")).isNull();
      assertThat(r.header("X-Powered-By")).isNull();
    }
  }

  @Test
  void pathsOutsideTheApplicationGetItsOwnPagesWithoutAProductName() {
    Response root = server().get("/nope");
    assertThat(root.statusCode()).isEqualTo(404);
    assertThat(root.asString()).contains("没有这个页面").doesNotContainIgnoringCase("payara");
    assertThat(root.header("Server")).isNull();
    assertThat(root.header("X-Powered-By")).isNull();

    Response encoded = server().urlEncodingEnabled(false).get("/lims/..%2f..%2fetc/passwd");
    assertThat(encoded.statusCode()).isBetween(400, 404);
    assertThat(encoded.asString()).doesNotContainIgnoringCase("payara");
    assertThat(encoded.header("Server")).isNull();
  }

  @Test
  void aMissingRecordsPageUnderBasicIsA404PageNotA500() {
    Response r =
        server()
            .auth()
            .preemptive()
            .basic("admin", ApiTestSupport.DEMO_PASSWORD)
            .get("/lims/admin/user.xhtml?id=999999999");
    assertThat(r.statusCode()).isEqualTo(404);
    // the application's own error page (PrimeFaces' settings in it name ViewExpiredException)
    assertThat(r.asString())
        .contains("class=\"page-title\"")
        .doesNotContainIgnoringCase("payara")
        .doesNotContain("at cn.foodsafety");
  }

  @Test
  void aPageTheUsersRoleMayNotUseIsA403PageNotA500() {
    // publishing results is a supervisor's; the administrator is signed in but may not
    Response r =
        server()
            .auth()
            .preemptive()
            .basic("admin", ApiTestSupport.DEMO_PASSWORD)
            .get("/lims/disclosure/publish.xhtml");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.asString())
        .contains("class=\"page-title\"", "无法显示该页面")
        .doesNotContainIgnoringCase("payara")
        .doesNotContain("at cn.foodsafety");
  }

  @Test
  void theFiguresListOpenedWithoutAFigureSaysWhereItsListsComeFrom() {
    Response r =
        server()
            .auth()
            .preemptive()
            .basic("jinshui", ApiTestSupport.DEMO_PASSWORD)
            .get("/lims/statistics/list.xhtml");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.asString()).contains("请在统计分析页点击一个数字").doesNotContain("未知的取值");
  }

  @Test
  void aRecordsPageWithANonNumericIdSaysSoInWordsNotWithAComponentId() {
    for (String[] page :
        new String[][] {
          {"labtech", "/lims/lab/results.xhtml?id=abc"},
          {"jinshui", "/lims/disposal/case.xhtml?id=abc"},
          {"admin", "/lims/masterdata/region.xhtml?id=abc"},
          {"planner", "/lims/planning/progress.xhtml?plan=x1"}
        }) {
      Response r =
          server()
              .auth()
              .preemptive()
              .basic(page[0], ApiTestSupport.DEMO_PASSWORD)
              // the page's language is the user's choice (Chinese), not the browser's
              .header("Accept-Language", "en")
              .get(page[1]);
      assertThat(r.statusCode()).as(page[1]).isLessThan(500);
      assertThat(r.asString())
          .as(page[1])
          .contains("地址中的编号无效")
          // Faces' own conversion message names the component ("j_idt12: 'abc' must be a number")
          .doesNotContainPattern("j_idt\\d+:")
          .doesNotContain("must be a number");
    }
  }

  @Test
  void aFormPostedWithAnotherSessionsViewStateOpensThePageAfresh() {
    // the view state of one visitor's sign-in page ...
    Response other = server().get("/lims/login.xhtml");
    Matcher vs = VIEW_STATE.matcher(other.asString());
    assertThat(vs.find()).isTrue();
    // ... posted in a signed-in session of someone else
    SecurityIT.Session planner = SecurityIT.formSignIn("planner", ApiTestSupport.DEMO_PASSWORD);
    Response r =
        server()
            .cookies(planner.cookies())
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC.withCharset("UTF-8"))
            .formParam("topbar", "topbar")
            .formParam("topbar:lang", "topbar:lang")
            .formParam("jakarta.faces.ViewState", vs.group(1))
            .post("/lims/index.xhtml");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.header("Location")).contains("/lims/index.xhtml");
  }

  /**
   * The resources are made once (application-scoped): each request must still read its own language
   * and its own query, also when many arrive at once on different threads.
   */
  @Test
  void eachRequestReadsItsOwnLanguageAndQueryAtOnce() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 48; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () -> {
                  if (n % 2 == 0) {
                    String language = n % 4 == 0 ? "zh-CN" : "en";
                    String description =
                        as("admin", language)
                            .get("/settings")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("find { it.name == 'case.disposalDays.COUNTY' }.description");
                    boolean chinese = description.codePoints().anyMatch(c -> c >= 0x4e00);
                    return chinese == language.equals("zh-CN") ? "" : n + ": " + description;
                  }
                  int year = 2020 + n % 5;
                  String label =
                      as("supervisor")
                          .queryParam("year", year)
                          .get("/stats/figures")
                          .then()
                          .statusCode(200)
                          .extract()
                          .path("period.label");
                  return label.equals(String.valueOf(year))
                      ? ""
                      : n + ": " + label + " for " + year;
                }));
      }
      for (var answer : answers) {
        assertThat(answer.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
