package cn.foodsafety.lims.disposal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the people of the follow-up read them: Beijing time, to the minute ({@code
 * #{chinaTime.of(step.recordedAt)}}). The server's own zone does not matter.
 */
@Named
@ApplicationScoped
public class ChinaTime {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  public String of(Instant at) {
    return at == null ? "" : FORMAT.format(at);
  }
}
