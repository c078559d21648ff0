package cn.foodsafety.lims.disclosure.control;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.results.entity.AnalysisState;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The rules of publishing: which samples may be published in one request, which items the public
 * sees, the public id, and the sampling-date range of a list.
 */
public final class PublicationRules {

  /** At most this many samples in one publishing request (a page of the supervisor's list). */
  public static final int MAX_AT_ONCE = 200;

  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
  private static final int PUBLIC_ID_LENGTH = 16;

  private PublicationRules() {}

  /**
   * What the boundary found about one requested sample: whether it exists inside the caller's
   * region, its number, the state of its analysis (null without one) and whether it is published.
   */
  public record Candidate(
      boolean inRegion,
      String sampleNumber,
      AnalysisState analysis,
      boolean published,
      SamplingKind kind,
      boolean kindPublished) {

    /** A supervisory sample (its kind is published). */
    public Candidate(
        boolean inRegion, String sampleNumber, AnalysisState analysis, boolean published) {
      this(inRegion, sampleNumber, analysis, published, SamplingKind.SUPERVISORY, true);
    }
  }

  /**
   * Checks a publishing request: every sample must exist in the caller's region, have an approved
   * report and not be published already (Art. 4 of the result-disclosure rules: only approved
   * results are published). Every broken sample is listed under {@code sampleIds}; nothing may be
   * written while one is.
   *
   * @param candidates what was found for the requested ids (a missing id was not found)
   */
  public static Violations check(List<Long> requested, Map<Long, Candidate> candidates) {
    Violations v = new Violations();
    if (requested == null || requested.isEmpty()) {
      return v.add("sampleIds", "lims.publication.sampleIds.required");
    }
    if (requested.stream().anyMatch(Objects::isNull)) {
      return v.add("sampleIds", "lims.field.required");
    }
    LinkedHashSet<Long> ids = new LinkedHashSet<>(requested);
    if (ids.size() > MAX_AT_ONCE) {
      return v.add("sampleIds", "lims.publication.tooMany", MAX_AT_ONCE);
    }
    for (Long id : ids) {
      Candidate c = candidates.get(id);
      if (c == null || !c.inRegion()) {
        // a sample outside the region is reported like an unknown one: no hint that it exists
        v.add("sampleIds", "lims.publication.unknown", String.valueOf(id));
      } else if (!c.kindPublished()) {
        // risk monitoring is not an enforcement basis: its results are never published as
        // violations (DOMAIN.md, kinds of sampling; the kind's setting)
        v.add("sampleIds", "lims.publication.kindNotPublished", c.sampleNumber(), c.kind());
      } else if (c.analysis() != AnalysisState.APPROVED) {
        v.add("sampleIds", "lims.publication.notApproved", c.sampleNumber());
      } else if (c.published()) {
        v.add("sampleIds", "lims.publication.alreadyPublished", c.sampleNumber());
      }
    }
    return v;
  }

  /**
   * Whether an item of a result is disclosed: only the failing items of a non-conforming result
   * (the disclosure lists what failed, with its value and limit; a conforming result is published
   * without items). An item the laboratory dropped was not tested and is never shown.
   */
  public static boolean discloses(Verdict conclusion, Verdict itemVerdict, boolean dropped) {
    return conclusion == Verdict.NON_CONFORMING
        && itemVerdict == Verdict.NON_CONFORMING
        && !dropped;
  }

  /** The standard as it is cited: "GB 2763-2021" from the standard and its edition. */
  public static String standard(String standard, String edition) {
    return Limit.standardText(standard, edition);
  }

  /**
   * A public id: 16 characters from a 32-letter alphabet without look-alikes (80 random bits), so
   * it tells nothing about the internal ids and cannot be guessed.
   */
  public static String publicId(Random random) {
    Objects.requireNonNull(random);
    char[] id = new char[PUBLIC_ID_LENGTH];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }

  public static String publicId() {
    return publicId(RANDOM);
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A range of sampling dates; either end may be open. */
  public record DateRange(LocalDate from, LocalDate to) {}

  /**
   * Reads the {@code from} and {@code to} filters (ISO dates, both inclusive); a bad date or a
   * range that ends before it starts is a field error.
   */
  public static DateRange range(String from, String to) {
    Violations v = new Violations();
    LocalDate start = date(from, "from", v);
    LocalDate end = date(to, "to", v);
    v.addIf(
        start != null && end != null && end.isBefore(start),
        "to",
        "lims.publication.range",
        from,
        to);
    v.throwIfAny();
    return new DateRange(start, end);
  }

  private static LocalDate date(String text, String field, Violations v) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      v.add(field, "lims.field.date", text);
      return null;
    }
  }

  /** Reads a yes/no filter; anything else is a field error. */
  public static Boolean flag(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.equals("true") && !text.equals("false")) {
      new Violations().add(field, "lims.list.filter.invalid", text).throwIfAny();
    }
    return Boolean.valueOf(text);
  }

  /** Reads a verdict filter; anything else is a field error. */
  public static Verdict verdict(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Verdict.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      new Violations().add(field, "lims.list.filter.invalid", text).throwIfAny();
      return null;
    }
  }
}
