package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.server;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The session time-outs are settings that hold: with {@code security.session.idleMinutes} at 1 a
 * session left alone for over a minute is over, one used every 20 s lives on; with {@code
 * security.session.absoluteMinutes} at 2 even that busy session ends two minutes after its sign-in.
 * Both settings are changed through the administrators' API and restored afterwards. (Takes about
 * two and a quarter minutes: the settings count in minutes.)
 */
class SessionTimeoutsIT {

  private static final String IDLE = "security.session.idleMinutes";
  private static final String ABSOLUTE = "security.session.absoluteMinutes";

  @Test
  void anIdleSessionEndsAfterTheIdleTimeAndABusyOneAfterTheAbsoluteTime() throws Exception {
    String idleBefore = value(IDLE);
    String absoluteBefore = value(ABSOLUTE);
    try {
      change(IDLE, "1");
      change(ABSOLUTE, "2");
      long start = System.nanoTime();
      SecurityIT.Session idle = SecurityIT.formSignIn("planner", ApiTestSupport.DEMO_PASSWORD);
      SecurityIT.Session busy = SecurityIT.formSignIn("supervisor", ApiTestSupport.DEMO_PASSWORD);
      assertThat(status(idle)).isEqualTo(200);
      assertThat(status(busy)).isEqualTo(200);

      // the busy session asks every 20 s; the idle one once more at 30 s, then never until 100 s
      for (int at = 20; at <= 90; at += 10) {
        sleepUntil(start, at);
        if (at % 20 == 0) {
          assertThat(status(busy)).as("busy session at %d s", at).isEqualTo(200);
        }
        if (at == 30) {
          assertThat(status(idle)).as("idle session at 30 s").isEqualTo(200);
        }
      }
      sleepUntil(start, 100);
      assertThat(status(idle)).as("idle session 70 s after its last request").isEqualTo(401);
      assertThat(status(busy)).as("busy session at 100 s").isEqualTo(200);
      sleepUntil(start, 110);
      assertThat(status(busy)).as("busy session at 110 s").isEqualTo(200);
      sleepUntil(start, 130);
      assertThat(status(busy)).as("busy session 130 s after its sign-in").isEqualTo(401);

      // a sign-in afterwards opens a new session
      SecurityIT.Session again = SecurityIT.formSignIn("supervisor", ApiTestSupport.DEMO_PASSWORD);
      assertThat(status(again)).isEqualTo(200);
    } finally {
      change(IDLE, idleBefore);
      change(ABSOLUTE, absoluteBefore);
    }
    assertThat(value(IDLE)).isEqualTo(idleBefore);
    assertThat(value(ABSOLUTE)).isEqualTo(absoluteBefore);
  }

  /** An API read carried by the session cookie alone: 200 while the session lives, else 401. */
  private static int status(SecurityIT.Session s) {
    return server()
        .cookies(s.cookies())
        .redirects()
        .follow(false)
        .accept("application/json")
        .get("/lims/api/regions")
        .statusCode();
  }

  private static void sleepUntil(long start, int seconds) throws InterruptedException {
    long left = start + seconds * 1_000_000_000L - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000L);
    }
  }

  private static Map<String, Object> setting(String name) {
    List<Map<String, Object>> all = as("admin").get("/settings").jsonPath().getList("$");
    return all.stream().filter(s -> name.equals(s.get("name"))).findFirst().orElseThrow();
  }

  private static String value(String name) {
    return (String) setting(name).get("value");
  }

  private static void change(String name, String value) {
    Object version = setting(name).get("version");
    Response r =
        as("admin")
            .body(Map.of("name", name, "value", value, "version", version))
            .put("/settings/{name}", name);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
  }
}
