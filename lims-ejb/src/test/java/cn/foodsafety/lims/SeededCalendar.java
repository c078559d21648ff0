package cn.foodsafety.lims;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.masterdata.entity.DayKind;
import cn.foodsafety.lims.masterdata.entity.WorkingDayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The working-day calendar as the migration seeds it (the national calendar of 2025 and 2026 with
 * Spring Festival and National Day and their make-up days), for tests of deadlines.
 */
public final class SeededCalendar {

  private static final Pattern DAY =
      Pattern.compile("DATE '(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)'");

  private SeededCalendar() {}

  public static WorkingDayCalendar load() throws IOException {
    Map<LocalDate, DayKind> days = new HashMap<>();
    try (InputStream in =
        SeededCalendar.class.getResourceAsStream("/db/migration/V2__reference_data.sql")) {
      Matcher m = DAY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (m.find()) {
        days.put(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)));
      }
    }
    assertThat(days).hasSizeGreaterThan(60);
    return new WorkingDayCalendar(days);
  }
}
