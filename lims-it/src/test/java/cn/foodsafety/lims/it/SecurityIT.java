package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.server;
import static cn.foodsafety.lims.it.ApiTestSupport.signedIn;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cross-site requests and password guessing against the deployed application: a signed-in browser's
 * session cookie alone does not make an API change, and an account is locked after five failed
 * sign-ins. Every user whose sign-ins fail here is created by the test, never a demo user.
 */
class SecurityIT {

  private static final long SAMPLING_TEAM = 29; // TEAM-HNFDI-1, a SAMPLING_UNIT
  private static final String PASSWORD = "Sampling2024";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
  private static final Pattern TOKEN =
      Pattern.compile("<meta name=\"lims-csrf-token\" content=\"([^\"]*)\"");

  /** A browser's session: the cookies after signing in through the form. */
  record Session(Map<String, String> cookies, Response signInAnswer) {}

  static Session formSignIn(String user, String password) {
    Response page = server().get("/lims/login.xhtml");
    Map<String, String> cookies = new LinkedHashMap<>(page.getCookies());
    Matcher vs = VIEW_STATE.matcher(page.asString());
    assertThat(vs.find()).as("view state on the sign-in page").isTrue();
    Matcher nonce = NONCE.matcher(page.asString());
    assertThat(nonce.find()).as("the page's script nonce").isTrue();
    Response answer =
        server()
            .cookies(cookies)
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC.withCharset("UTF-8"))
            // what PrimeFaces' script adds to every form of a page under its CSP mode
            .formParam("primefaces.nonce", nonce.group(1))
            .formParam("login", "login")
            .formParam("login:username", user)
            .formParam("login:password", password)
            .formParam("login:submit", "")
            .formParam("jakarta.faces.ViewState", vs.group(1))
            .post("/lims/login.xhtml");
    cookies.putAll(answer.getCookies());
    return new Session(cookies, answer);
  }

  static String csrfToken(Session s) {
    Matcher m = TOKEN.matcher(server().cookies(s.cookies()).get("/lims/index.xhtml").asString());
    assertThat(m.find()).as("the token on the page").isTrue();
    assertThat(m.group(1)).hasSizeGreaterThan(30);
    return m.group(1);
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteLax() {
    Session admin = formSignIn("admin", ApiTestSupport.DEMO_PASSWORD);
    assertThat(admin.signInAnswer().statusCode()).isEqualTo(302);
    String setCookie =
        admin.signInAnswer().headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void crossSiteChangeWithTheSessionCookieIsRefused() throws Exception {
    long victim = createUser(uniqueUsername("victim"));
    Session admin = formSignIn("admin", ApiTestSupport.DEMO_PASSWORD);
    long before = auditCount("User", victim, "DEACTIVATE");

    // another site's page making the admin's browser post: Origin names that site (timed the
    // second time: the first also warms up the code path)
    server()
        .cookies(admin.cookies())
        .header("Origin", "http://evil.example")
        .post("/lims/api/users/" + victim + "/deactivate");
    long t0 = System.nanoTime();
    Response evil =
        server()
            .cookies(admin.cookies())
            .header("Origin", "http://evil.example")
            .post("/lims/api/users/" + victim + "/deactivate");
    assertThat(evil.statusCode()).isEqualTo(403);
    assertThat(evil.jsonPath().getString("detail")).contains("其他网站");
    assertThat(took("cross-site POST refused", t0)).isLessThan(InputLimitsIT.BOUND_MILLIS);

    // no Origin at all (an old browser, a form): the cookie alone is not enough
    Response noToken =
        server().cookies(admin.cookies()).post("/lims/api/users/" + victim + "/deactivate");
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.jsonPath().getString("detail")).contains("X-CSRF-Token");

    Response wrongToken =
        server()
            .cookies(admin.cookies())
            .header("X-CSRF-Token", "guessed")
            .post("/lims/api/users/" + victim + "/deactivate");
    assertThat(wrongToken.statusCode()).isEqualTo(403);

    assertThat(auditCount("User", victim, "DEACTIVATE")).isEqualTo(before);
    assertThat(as("admin").get("/users/" + victim).jsonPath().getBoolean("active")).isTrue();

    // the application's own page script: same origin and the token from the page
    URI base = URI.create(ApiTestSupport.baseUri());
    Response own =
        server()
            .contentType("application/json")
            .cookies(admin.cookies())
            .header("Origin", base.getScheme() + "://" + base.getAuthority())
            .header("X-CSRF-Token", csrfToken(admin))
            .post("/lims/api/users/" + victim + "/deactivate");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.jsonPath().getBoolean("active")).isFalse();
    assertThat(auditCount("User", victim, "DEACTIVATE")).isEqualTo(before + 1);
  }

  @Test
  void basicClientsNeedNoTokenButAnotherSiteStillCannotUseThem() {
    long user = createUser(uniqueUsername("basic"));
    as("admin").post("/users/" + user + "/deactivate").then().statusCode(200);
    as("admin")
        .header("Origin", "http://evil.example")
        .post("/users/" + user + "/activate")
        .then()
        .statusCode(403);
    assertThat(as("admin").get("/users/" + user).jsonPath().getBoolean("active")).isFalse();
  }

  @Test
  void fiveFailedSignInsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
    String name = uniqueUsername("guess");
    long id = createUser(name);
    for (int i = 1; i <= 4; i++) {
      long t0 = System.nanoTime();
      Response r = signedIn(name, "Wrong" + i + "pass").get("/me");
      assertThat(r.statusCode()).as("failure %d", i).isEqualTo(401);
      assertThat(took("failed sign-in " + i, t0)).isLessThan(InputLimitsIT.BOUND_MILLIS);
    }
    long t0 = System.nanoTime();
    Response fifth = signedIn(name, "Wrong5pass").get("/me");
    assertThat(fifth.statusCode()).isEqualTo(429);
    assertThat(took("fifth failure, locked", t0)).isLessThan(InputLimitsIT.BOUND_MILLIS);
    assertThat(fifth.header("Retry-After")).isNotNull();
    assertThat(Long.parseLong(fifth.header("Retry-After"))).isBetween(800L, 900L);

    // the right password does not get in while the lock holds
    Response right = signedIn(name, PASSWORD).get("/me");
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.jsonPath().getString("detail")).contains("锁定");
    // nor through the sign-in form
    Session form = formSignIn(name, PASSWORD);
    assertThat(form.signInAnswer().statusCode()).isEqualTo(200);
    assertThat(form.signInAnswer().asString()).contains("锁定");

    assertThat(as("admin").get("/users/" + id).jsonPath().getString("lockedUntil")).isNotNull();
    assertThat(auditCount("User", id, "SIGN_IN_FAILED")).isEqualTo(5);
    assertThat(auditCount("User", id, "LOCK")).isEqualTo(1);

    as("admin").post("/users/" + id + "/unlock").then().statusCode(200);
    assertThat(auditCount("User", id, "UNLOCK")).isEqualTo(1);
    signedIn(name, PASSWORD).get("/me").then().statusCode(200);
    assertThat(auditCount("User", id, "SIGN_IN")).isEqualTo(1);
    assertThat(as("admin").get("/users/" + id).jsonPath().getString("lockedUntil")).isNull();
  }

  @Test
  void aLockRunsOutByItself() throws Exception {
    String name = uniqueUsername("expire");
    long id = createUser(name);
    for (int i = 1; i <= 5; i++) {
      signedIn(name, "Wrong" + i + "pass").get("/me");
    }
    signedIn(name, PASSWORD).get("/me").then().statusCode(429);
    // fifteen minutes later: the lock's end moved into the past
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE sign_in_guard SET locked_until = locked_until - INTERVAL '16 minutes'"
                    + " WHERE user_id = ?")) {
      s.setLong(1, id);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    signedIn(name, PASSWORD).get("/me").then().statusCode(200);
    // the count started again: one failure is not a lock
    signedIn(name, "Wrong6pass").get("/me").then().statusCode(401);
  }

  @Test
  void oneClientAddressIsThrottledAfterManyFailures() throws Exception {
    // from another loopback address (the socket is bound to 127.0.0.2), so that the other tests'
    // sign-ins from 127.0.0.1 are not throttled
    int port = URI.create(ApiTestSupport.baseUri()).getPort();
    int status = 0;
    int attempts = 0;
    while (attempts < 60) {
      attempts++;
      status = signInFrom("127.0.0.2", port, uniqueUsername("nobody"), "Nothing123");
      if (status != 401) {
        break;
      }
    }
    assertThat(status).isEqualTo(429);
    assertThat(attempts).isEqualTo(51);
    // another address is not affected
    assertThat(signInFrom("127.0.0.3", port, uniqueUsername("nobody"), "Nothing123"))
        .isEqualTo(401);
  }

  /** GET /lims/api/me with HTTP Basic over a socket bound to the given local address. */
  private static int signInFrom(String localAddress, int port, String user, String password)
      throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress(localAddress, 0));
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10_000);
      String credentials =
          java.util.Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      String request =
          "GET /lims/api/me HTTP/1.1\r\nHost: localhost:"
              + port
              + "\r\nAuthorization: Basic "
              + credentials
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String statusLine =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  /** Milliseconds since t0, printed: the goal is under a second (see InputLimitsIT.refused). */
  private static long took(String what, long t0) {
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("SecurityIT: %s in %d ms%n", what, millis);
    return millis;
  }

  private static long createUser(String username) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("displayName", "测试 " + username);
    body.put("password", PASSWORD);
    body.put("organizationId", SAMPLING_TEAM);
    body.put("roles", List.of("SAMPLER"));
    body.put("locale", "zh-CN");
    return as("admin")
        .body(body)
        .post("/users")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static long auditCount(String entity, long id, String action) throws Exception {
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM audit_record WHERE entity_type = ? AND entity_id = ?"
                    + " AND action = ?")) {
      s.setString(1, entity);
      s.setLong(2, id);
      s.setString(3, action);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
