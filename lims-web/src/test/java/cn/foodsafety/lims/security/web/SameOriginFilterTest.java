package cn.foodsafety.lims.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginFilterTest {

  @Test
  void theSameHostAndPortIsTheSameSite() {
    assertThat(SameOriginFilter.sameOrigin("http://localhost:8080", "localhost:8080")).isTrue();
    assertThat(SameOriginFilter.sameOrigin("https://lims.example.cn", "lims.example.cn")).isTrue();
    assertThat(
            SameOriginFilter.sameOrigin(
                "http://localhost:8080/lims/sampling/sample.xhtml?id=3", "localhost:8080"))
        .isTrue();
  }

  @Test
  void anotherHostPortOrNullIsAnotherSite() {
    assertThat(SameOriginFilter.sameOrigin("http://evil.example", "localhost:8080")).isFalse();
    assertThat(SameOriginFilter.sameOrigin("http://localhost:9090", "localhost:8080")).isFalse();
    assertThat(SameOriginFilter.sameOrigin("http://localhost.evil.example:8080", "localhost:8080"))
        .isFalse();
    assertThat(SameOriginFilter.sameOrigin("null", "localhost:8080")).isFalse();
    assertThat(SameOriginFilter.sameOrigin("http://localhost:8080", null)).isFalse();
  }

  @Test
  void tokensAreLongAndDifferent() {
    String a = SameOriginFilter.newToken();
    assertThat(a).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(SameOriginFilter.newToken());
  }

  @Test
  void failuresWaitLongerEachTimeButUnderASecond() {
    assertThat(LimsIdentityStore.delayMillis(1)).isEqualTo(100);
    assertThat(LimsIdentityStore.delayMillis(2)).isEqualTo(200);
    assertThat(LimsIdentityStore.delayMillis(3)).isEqualTo(400);
    assertThat(LimsIdentityStore.delayMillis(40)).isEqualTo(800);
  }
}
