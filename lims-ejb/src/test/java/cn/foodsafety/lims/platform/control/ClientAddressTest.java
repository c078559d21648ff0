package cn.foodsafety.lims.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private final ClientAddress haproxy = ClientAddress.trusting("127.0.0.1, ::1, 10.1.0.0/16");

  @Test
  void behindATrustedProxyTheForwardedClientCounts() {
    assertThat(haproxy.of("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(haproxy.of("10.1.4.20", "198.51.100.2")).isEqualTo("198.51.100.2");
    assertThat(haproxy.of("0:0:0:0:0:0:0:1", "2001:db8::5")).isEqualTo("2001:db8::5");
  }

  @Test
  void anUntrustedPeerIsTheClientWhateverItSends() {
    assertThat(haproxy.of("203.0.113.9", "1.2.3.4")).isEqualTo("203.0.113.9");
    assertThat(haproxy.of("10.2.0.1", "1.2.3.4")).isEqualTo("10.2.0.1");
    assertThat(ClientAddress.trusting("-").of("127.0.0.1", "1.2.3.4")).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.trusting("").of("127.0.0.1", "1.2.3.4")).isEqualTo("127.0.0.1");
  }

  @Test
  void noHeaderMeansThePeer() {
    assertThat(haproxy.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
    assertThat(haproxy.of("127.0.0.1", " ")).isEqualTo("127.0.0.1");
  }

  @Test
  void aClientsOwnForgedHeaderOnTheLeftIsNotBelieved() {
    // the client sent "X-Forwarded-For: 9.9.9.9"; HAProxy appended the real address
    assertThat(haproxy.of("127.0.0.1", "9.9.9.9, 203.0.113.7")).isEqualTo("203.0.113.7");
    // two trusted proxies in a row: the first untrusted from the right
    assertThat(haproxy.of("127.0.0.1", "9.9.9.9, 203.0.113.7, 10.1.0.3")).isEqualTo("203.0.113.7");
  }

  @Test
  void garbageInTheChainStopsAtTheLastGoodHop() {
    assertThat(haproxy.of("127.0.0.1", "unknown")).isEqualTo("127.0.0.1");
    assertThat(haproxy.of("127.0.0.1", "evil.example.com, 203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(haproxy.of("127.0.0.1", "[2001:db8::9]:4711")).isEqualTo("2001:db8::9");
    assertThat(haproxy.of("127.0.0.1", "203.0.113.8:51000")).isEqualTo("203.0.113.8");
  }

  @Test
  void theSettingAcceptsAddressesAndRangesOnly() {
    assertThat(ClientAddress.isValidSetting("127.0.0.1,::1,10.0.0.0/8")).isTrue();
    assertThat(ClientAddress.isValidSetting("-")).isTrue();
    assertThat(ClientAddress.isValidSetting("proxy.example.com")).isFalse();
    assertThat(ClientAddress.isValidSetting("10.0.0.0/33")).isFalse();
    assertThat(ClientAddress.isValidSetting("10.0.0.0/x")).isFalse();
  }
}
