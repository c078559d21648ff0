package cn.foodsafety.lims.disclosure.boundary;

import cn.foodsafety.lims.disclosure.control.PublicationRules;
import cn.foodsafety.lims.disclosure.entity.Publication;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.FoodCategory;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.results.entity.AnalysisState;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the public reads without signing in: the live publications whose report is approved (a
 * report being amended leaves the page until it is approved again), each reduced to a {@link
 * PublicResult}.
 */
@Stateless
@PermitAll
public class PublishedResults {

  @PersistenceContext EntityManager em;

  /**
   * Published results, newest publication first by default. Filters: {@code verdict} (CONFORMING,
   * NON_CONFORMING), {@code kind} (a kind of sampling: SUPERVISORY, EVALUATIVE; risk monitoring is
   * never published as a violation), {@code category} (a category code, with everything below it),
   * {@code from} and {@code to} (sampling dates, inclusive); {@code q} searches product, brand and
   * producer. Sorts: publishedOn, sampledOn, product.
   */
  public Page<PublicResult> list(ListQuery query) {
    Map<String, String> filters = new HashMap<>(query.filters());
    Verdict verdict = PublicationRules.verdict("verdict", filters.remove("verdict"));
    String category = filters.remove("category");
    SamplingKind kind = kind(filters.remove("kind"));
    PublicationRules.DateRange range =
        PublicationRules.range(filters.remove("from"), filters.remove("to"));
    Set<Long> categories = category == null ? null : CategoryScope.within(em, category);
    ListQuery rest =
        new ListQuery(
            query.page(),
            query.size(),
            query.sort() == null ? "publishedOn" : query.sort(),
            query.sort() == null || query.descending(),
            query.search(),
            filters);
    Listing<Publication> listing =
        Listing.of(Publication.class)
            .sortable("publishedOn")
            .sortableAs("sampledOn", "sample.sampledOn")
            .sortableAs("product", "sample.foodName")
            .defaultSort("publishedOn")
            .searchable("sample.foodName", "sample.brand", "sample.producer.name")
            .where(live());
    if (verdict != null) {
      listing.where((cb, root) -> cb.equal(root.get("analysis").get("conclusion"), verdict));
    }
    if (kind != null) {
      listing.where((cb, root) -> cb.equal(root.get("sample").get("kind"), kind));
    }
    if (categories != null) {
      listing.where((cb, root) -> root.get("sample").get("category").get("id").in(categories));
    }
    if (range.from() != null) {
      listing.where(
          (cb, root) ->
              cb.greaterThanOrEqualTo(
                  root.get("sample").<LocalDate>get("sampledOn"), range.from()));
    }
    if (range.to() != null) {
      listing.where(
          (cb, root) ->
              cb.lessThanOrEqualTo(root.get("sample").<LocalDate>get("sampledOn"), range.to()));
    }
    Page<Publication> page = listing.run(em, rest);
    return new Page<>(records(page.items()), page.total(), page.page(), page.size());
  }

  private static SamplingKind kind(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return SamplingKind.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      new cn.foodsafety.lims.platform.control.Violations()
          .add("kind", "lims.list.filter.invalid", text)
          .throwIfAny();
      return null;
    }
  }

  /** One published result by its public id. */
  public PublicResult get(String publicId) {
    Publication p =
        em.createNamedQuery(Publication.LIVE_BY_PUBLIC_ID, Publication.class)
            .setParameter("publicId", publicId)
            .getResultStream()
            .filter(x -> x.getAnalysis().getState() == AnalysisState.APPROVED)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Publication", publicId));
    return records(List.of(p)).get(0);
  }

  /** The active food categories, in the order of the tree's codes, for the public filter. */
  public List<PublicCategory> categories() {
    return em.createQuery("select c from FoodCategory c where c.active = true", FoodCategory.class)
        .getResultStream()
        .sorted(Comparator.comparing(FoodCategory::getCode))
        .map(c -> new PublicCategory(c.getCode(), c.getName(), c.getNameEn(), c.getDepth()))
        .toList();
  }

  private static Listing.Restriction<Publication> live() {
    return (cb, root) ->
        cb.and(
            cb.isNotNull(root.get("currentSample")),
            cb.equal(root.get("analysis").get("state"), AnalysisState.APPROVED));
  }

  private List<PublicResult> records(List<Publication> publications) {
    if (publications.isEmpty()) {
      return List.of();
    }
    List<Long> sampleIds = publications.stream().map(p -> p.getSample().getId()).toList();
    Map<Long, List<SampleItem>> items =
        em.createNamedQuery(SampleItem.OF_SAMPLES, SampleItem.class)
            .setParameter("samples", sampleIds)
            .getResultStream()
            .collect(Collectors.groupingBy(i -> i.getSample().getId()));
    List<PublicResult> records = new ArrayList<>();
    for (Publication p : publications) {
      Sample s = p.getSample();
      Verdict conclusion = p.getAnalysis().getConclusion();
      List<PublicItem> failing =
          items.getOrDefault(s.getId(), List.of()).stream()
              .filter(i -> PublicationRules.discloses(conclusion, i.getVerdict(), i.isDropped()))
              .map(
                  i ->
                      new PublicItem(
                          i.getAnalyte(),
                          i.getReportedValue(),
                          i.getResultUnit(),
                          i.limit().operator(),
                          i.limit().value(),
                          i.limit().upper(),
                          i.limit().unit(),
                          i.limit().standardText()))
              .toList();
      records.add(
          new PublicResult(
              p.getPublicId(),
              s.getFoodName(),
              s.getBrand(),
              s.getSpecification(),
              s.getBatchNumber(),
              s.getProductionDate(),
              s.getProducer().getName(),
              s.getProducer().getAddress(),
              s.getParty().getName(),
              s.getParty().getAddress(),
              s.getCategory().getName(),
              s.getCategory().getNameEn(),
              s.getLevel(),
              s.getSampledOn(),
              p.getPublishedOn(),
              conclusion,
              failing,
              s.getKind()));
    }
    return records;
  }
}
