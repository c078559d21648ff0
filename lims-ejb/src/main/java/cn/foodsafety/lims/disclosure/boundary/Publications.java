package cn.foodsafety.lims.disclosure.boundary;

import cn.foodsafety.lims.audit.boundary.AuditTrail;
import cn.foodsafety.lims.audit.entity.AuditAction;
import cn.foodsafety.lims.disclosure.control.PublicationRules;
import cn.foodsafety.lims.disclosure.entity.Publication;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.control.Jurisdiction;
import cn.foodsafety.lims.planning.control.KindRules;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.control.RuleViolationException;
import cn.foodsafety.lims.platform.control.Violations;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.AnalysisState;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishing results (依法公布抽检结果信息): a supervisor lists the approved samples of the region of his
 * organization and below with their publication state, publishes one or many, and withdraws a
 * published result with a reason. Every publication and withdrawal is in the sample's audit
 * history.
 */
@Stateless
@RolesAllowed(Role.SUPERVISOR_NAME)
public class Publications {

  /** Publications are audited as events of the sample, so the sample's history shows them. */
  static final String SAMPLE = "Sample";

  @PersistenceContext EntityManager em;

  @Inject Validator validator;

  @Inject AuditTrail audit;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject cn.foodsafety.lims.planning.boundary.SamplingKinds kinds;

  @Inject Clock clock = Clock.systemUTC();

  /**
   * Approved samples of the caller's region. Filters: {@code conclusion} (CONFORMING,
   * NON_CONFORMING), {@code published} (true, false), {@code category} (a category code, with
   * everything below it), {@code level}, {@code from} and {@code to} (sampling dates, inclusive);
   * {@code q} searches number, food, brand, producer and sampled party. Newest first by default.
   */
  public Page<PublicationRow> list(ListQuery query) {
    Jurisdiction regions = jurisdiction(users.current());
    Map<String, String> filters = new HashMap<>(query.filters());
    Verdict conclusion = PublicationRules.verdict("conclusion", filters.remove("conclusion"));
    Boolean published = PublicationRules.flag("published", filters.remove("published"));
    String category = filters.remove("category");
    PublicationRules.DateRange range =
        PublicationRules.range(filters.remove("from"), filters.remove("to"));
    Set<Long> categories = category == null ? null : CategoryScope.within(em, category);
    ListQuery rest =
        new ListQuery(
            query.page(),
            query.size(),
            query.sort() == null ? "sampledOn" : query.sort(),
            query.sort() == null || query.descending(),
            query.search(),
            filters);
    Listing<Sample> listing =
        Listing.of(Sample.class)
            .sortable("sampleNumber", "foodName", "sampledOn", "level")
            .sortableAs("regionName", "region.name")
            .defaultSort("sampledOn")
            .searchable("sampleNumber", "foodName", "brand", "producer.name", "party.name")
            .filterable("level", SamplingLevel::valueOf)
            .where((cb, root) -> regions.covers(cb, root.get("region")))
            .whereQuery(
                (cb, q, root) -> {
                  Subquery<Long> approved = q.subquery(Long.class);
                  Root<Analysis> a = approved.from(Analysis.class);
                  approved
                      .select(a.get("sampleId"))
                      .where(
                          cb.equal(a.get("sampleId"), root.get("id")),
                          cb.equal(a.get("state"), AnalysisState.APPROVED),
                          conclusion == null
                              ? cb.conjunction()
                              : cb.equal(a.get("conclusion"), conclusion));
                  return cb.exists(approved);
                });
    if (published != null) {
      listing.whereQuery(
          (cb, q, root) -> {
            Subquery<Long> live = q.subquery(Long.class);
            Root<Publication> p = live.from(Publication.class);
            live.select(p.get("id")).where(cb.equal(p.get("currentSample"), root.get("id")));
            return published ? cb.exists(live) : cb.not(cb.exists(live));
          });
    }
    if (categories != null) {
      listing.where((cb, root) -> root.get("category").get("id").in(categories));
    }
    if (range.from() != null) {
      listing.where(
          (cb, root) -> cb.greaterThanOrEqualTo(root.<LocalDate>get("sampledOn"), range.from()));
    }
    if (range.to() != null) {
      listing.where(
          (cb, root) -> cb.lessThanOrEqualTo(root.<LocalDate>get("sampledOn"), range.to()));
    }
    Page<Sample> page = listing.run(em, rest);
    return new Page<>(rows(page.items()), page.total(), page.page(), page.size());
  }

  /**
   * Publishes the approved results of the given samples. Every sample must be in the caller's
   * region, approved and not yet published; if one is not, each such sample is listed as an error
   * of {@code sampleIds} and nothing is published.
   */
  public List<PublicationRow> publish(PublishRequest request) {
    User me = users.current();
    Jurisdiction regions = jurisdiction(me);
    List<Long> requested = request == null ? null : request.sampleIds();
    Map<Long, PublicationRules.Candidate> candidates = new HashMap<>();
    Map<Long, Sample> samples = new HashMap<>();
    if (requested != null
        && !requested.isEmpty()
        && requested.stream().noneMatch(Objects::isNull)) {
      List<Long> ids = List.copyOf(new LinkedHashSet<>(requested));
      if (ids.size() <= PublicationRules.MAX_AT_ONCE) {
        Map<Long, Analysis> analyses = analyses(ids);
        Set<Long> live = live(ids).keySet();
        KindRules kindRules = kinds.rules();
        for (Sample s :
            em.createQuery("select s from Sample s where s.id in :ids", Sample.class)
                .setParameter("ids", ids)
                .getResultList()) {
          Analysis a = analyses.get(s.getId());
          samples.put(s.getId(), s);
          candidates.put(
              s.getId(),
              new PublicationRules.Candidate(
                  regions.covers(s.getRegion()),
                  s.getSampleNumber(),
                  a == null ? null : a.getState(),
                  live.contains(s.getId()),
                  s.getKind(),
                  kindRules.of(s.getKind()).published()));
        }
      }
    }
    PublicationRules.check(requested, candidates).throwIfAny();
    Instant now = clock.instant();
    List<Sample> published = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(requested)) {
      Sample s = samples.get(id);
      Publication p = Publication.publish(s, PublicationRules.publicId(), me.getUsername(), now);
      em.persist(p);
      published.add(s);
    }
    flush(published);
    for (Sample s : published) {
      audit.action(
          AuditAction.STATE_CHANGE, SAMPLE, s.getId(), "publication", null, "PUBLISHED", null);
    }
    return rows(published);
  }

  /** Takes a published result off the public page, with the reason; the history stays. */
  public PublicationRow withdraw(long sampleId, Withdrawal withdrawal) {
    User me = users.current();
    Sample s = em.find(Sample.class, sampleId);
    if (s == null || !jurisdiction(me).covers(s.getRegion())) {
      throw new NotFoundException("Sample", sampleId);
    }
    Violations.of(validator, withdrawal).throwIfAny();
    Publication p = live(List.of(sampleId)).get(sampleId);
    if (p == null) {
      throw new RuleViolationException("lims.publication.notPublished", s.getSampleNumber());
    }
    p.withdraw(me.getUsername(), clock.instant(), withdrawal.reason().strip());
    flush(List.of(s));
    audit.action(
        AuditAction.STATE_CHANGE,
        SAMPLE,
        s.getId(),
        "publication",
        "PUBLISHED",
        "WITHDRAWN",
        p.getWithdrawalReason());
    return rows(List.of(s)).get(0);
  }

  /**
   * Writes now, so that two supervisors publishing the same sample at once end in a clear answer:
   * the database lets only one publication of a sample be live.
   */
  private void flush(List<Sample> samples) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new RuleViolationException(
          "lims.publication.alreadyPublished",
          samples.stream().map(Sample::getSampleNumber).collect(Collectors.joining(", ")));
    }
  }

  private List<PublicationRow> rows(List<Sample> samples) {
    List<Long> ids = samples.stream().map(Sample::getId).toList();
    Map<Long, Analysis> analyses = analyses(ids);
    Map<Long, Publication> live = live(ids);
    List<PublicationRow> rows = new ArrayList<>();
    for (Sample s : samples) {
      Analysis a = analyses.get(s.getId());
      Publication p = live.get(s.getId());
      rows.add(
          new PublicationRow(
              s.getId(),
              s.getSampleNumber(),
              s.getFoodName(),
              s.getBrand(),
              s.getCategory().getName(),
              s.getLevel(),
              s.getRegion().getName(),
              s.getProducer().getName(),
              s.getParty().getName(),
              s.getSampledOn(),
              a == null ? null : a.getConclusion(),
              p != null,
              p == null ? null : p.getPublicId(),
              p == null ? null : p.getPublishedAt(),
              p == null ? null : p.getPublishedBy(),
              s.getCategory().getId(),
              s.getRegion().getId()));
    }
    return rows;
  }

  private Map<Long, Analysis> analyses(List<Long> sampleIds) {
    if (sampleIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select a from Analysis a where a.sampleId in :ids", Analysis.class)
        .setParameter("ids", sampleIds)
        .getResultStream()
        .collect(Collectors.toMap(Analysis::getSampleId, Function.identity()));
  }

  /** The live publications of the samples, by sample id. */
  private Map<Long, Publication> live(List<Long> sampleIds) {
    if (sampleIds.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(Publication.LIVE_OF_SAMPLES, Publication.class)
        .setParameter("samples", sampleIds)
        .getResultStream()
        .collect(Collectors.toMap(p -> p.getSample().getId(), Function.identity()));
  }

  /** A supervisor publishes for the region of his organization and everything below it. */
  private Jurisdiction jurisdiction(User user) {
    return jurisdictions.ofOrganization(user.getOrganization());
  }
}
