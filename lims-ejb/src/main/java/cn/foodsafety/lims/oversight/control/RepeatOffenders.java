package cn.foodsafety.lims.oversight.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Producers and operators (sampled parties) with several non-conforming batches in a window
 * (default two or more in twelve months, settings {@code oversight.repeat.*}), across the units of
 * the caller's region: a sign of a problem that one district's follow-up does not see. A party is
 * the same when its licence number is (letters and digits only, upper case); without a licence,
 * when its name is (spaces removed, full-width brackets as half-width).
 */
public final class RepeatOffenders {

  public enum PartyRole {
    PRODUCER,
    OPERATOR
  }

  /** One non-conforming batch, with the party of the role asked about. */
  public record Batch(
      long sampleId,
      String sampleNumber,
      String foodName,
      long regionId,
      LocalDate sampledOn,
      String name,
      String licence) {}

  public record Offender(
      PartyRole role, String key, String name, String licence, int units, List<Batch> batches) {}

  private RepeatOffenders() {}

  /** The key a party is recognised by, or null when it has neither licence nor name. */
  public static String key(String name, String licence) {
    if (licence != null) {
      String l = licence.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
      if (!l.isEmpty()) {
        return "L:" + l;
      }
    }
    if (name != null) {
      String n = name.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
      if (!n.isEmpty()) {
        return "N:" + n;
      }
    }
    return null;
  }

  /**
   * The parties with at least {@code minBatches} distinct batches; most batches first, then most
   * units.
   */
  public static List<Offender> find(PartyRole role, List<Batch> batches, int minBatches) {
    Map<String, Map<Long, Batch>> byKey = new LinkedHashMap<>();
    for (Batch b : batches) {
      String k = key(b.name(), b.licence());
      if (k != null) {
        byKey.computeIfAbsent(k, x -> new LinkedHashMap<>()).putIfAbsent(b.sampleId(), b);
      }
    }
    List<Offender> out = new ArrayList<>();
    byKey.forEach(
        (k, m) -> {
          if (m.size() >= minBatches) {
            List<Batch> list = new ArrayList<>(m.values());
            list.sort(Comparator.comparing(Batch::sampledOn).thenComparing(Batch::sampleId));
            Batch last = list.get(list.size() - 1);
            String licence =
                list.stream()
                    .map(Batch::licence)
                    .filter(Objects::nonNull)
                    .filter(s -> !s.isBlank())
                    .findFirst()
                    .orElse(null);
            int units = (int) list.stream().mapToLong(Batch::regionId).distinct().count();
            out.add(new Offender(role, k, last.name(), licence, units, List.copyOf(list)));
          }
        });
    out.sort(
        Comparator.comparingInt((Offender o) -> o.batches().size())
            .reversed()
            .thenComparing(Comparator.comparingInt(Offender::units).reversed())
            .thenComparing(Offender::key));
    return out;
  }
}
