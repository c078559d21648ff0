package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.masterdata.boundary.Jurisdictions;
import cn.foodsafety.lims.masterdata.entity.Department;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Listing;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.control.SampleCounts;
import cn.foodsafety.lims.sampling.control.SampleDocuments;
import cn.foodsafety.lims.sampling.entity.Sample;
import cn.foodsafety.lims.sampling.entity.SampleState;
import cn.foodsafety.lims.security.boundary.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples as their readers see them: the list and one sample (who sees which samples is decided by
 * {@link Viewer}, for the API and the pages alike), and the printed papers. The sampling form is
 * recorded by {@link SamplingForms}, the chain of custody is {@link Custody}, the choice of the
 * laboratory {@link LabAssignments}.
 */
@Stateless
@LocalBean
public class Samples {
  static final String ENTITY = "Sample";

  @PersistenceContext EntityManager em;

  @Inject Users users;

  @Inject Jurisdictions jurisdictions;

  @Inject Clock clock = Clock.systemUTC();

  @Inject SampleCounts sampleCounts;

  /** The share of all samples from which a jurisdiction holds "most" (Samples.list's choices). */
  static final double MOST = 0.5;

  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public Page<SampleData> list(ListQuery query) {
    Viewer viewer = Viewer.of(users.current(), jurisdictions);
    LocalDate today = today();
    Map<String, String> filters = new HashMap<>(query.filters());
    String late = filters.remove("late");
    String unassigned = filters.remove("unassigned");
    ListQuery rest =
        new ListQuery(
            query.page(), query.size(), query.sort(), query.descending(), query.search(), filters);
    Listing<Sample> listing =
        Listing.of(Sample.class)
            .sortable(
                "sampleNumber",
                "sampledAt",
                "sampledOn",
                "foodName",
                "state",
                "level",
                "deliveryDue",
                "createdAt")
            .sortableAs("categoryName", "category.name")
            .sortableAs("regionName", "region.name")
            .sortableAs("samplingUnitName", "samplingUnit.name")
            .defaultSort("sampleNumber")
            .filterable("state", SampleState::valueOf)
            .filterable("level", SamplingLevel::valueOf)
            .filterable("department", Department::valueOf)
            .filterable("outsidePlan", Boolean::valueOf)
            .filterable("deliveredLate", Boolean::valueOf)
            .filterable("sampledOn", LocalDate::parse)
            .filterable("samplingUnit.id", Long::valueOf)
            .filterable("lab.id", Long::valueOf)
            .filterable("region.id", Long::valueOf)
            .filterable("category.id", Long::valueOf)
            .filterable("task.id", Long::valueOf)
            .filterable("plan.id", Long::valueOf);
    Listing.Restriction<Sample> inListOrder = viewer.visibleInListOrder();
    boolean plain =
        late == null && unassigned == null && rest.filters().isEmpty() && rest.search() == null;
    SampleCounts.Counted counts = inListOrder != null && plain ? sampleCounts.of(em) : null;
    if (counts != null && counts.share(viewer.jurisdictionRegionIds()) >= MOST) {
      // most samples are the viewer's: count all less the others' and, in the default order, walk
      // the number index for the first pages instead of sorting every visible sample
      listing.countedAs(() -> viewer.countVisibleAsAllLessOthers(em));
      if (isNumberOrder(rest)) {
        listing.where(
            viewer::visible,
            (total, q) -> walksNumberIndex(total, q, counts.all()) ? inListOrder : null);
      } else {
        listing.where(viewer::visible);
      }
    } else {
      listing.where(viewer::visible);
    }
    if (viewer.onlyLab()) {
      // a laboratory must not find a blind-coded sample by the names it may not see
      listing.searchable("sampleNumber", "blindCode", "foodName");
    } else {
      listing
          .sortableAs("partyName", "party.name")
          .searchable("sampleNumber", "blindCode", "foodName", "party.name", "producer.name");
    }
    if (late != null) {
      boolean wanted = Boolean.parseBoolean(late);
      listing.where(
          (cb, root) -> {
            var isLate =
                cb.or(
                    cb.isTrue(root.get("deliveredLate")),
                    cb.and(
                        cb.isNull(root.get("receivedAt")),
                        cb.lessThan(root.<LocalDate>get("deliveryDue"), today)));
            return wanted ? isLate : cb.not(isLate);
          });
    }
    if (Boolean.parseBoolean(unassigned)) {
      // an outer join of its own: "lab is null" on the path would join the laboratory read for
      // the rows (SampleRows) as an inner join, which a sample without one never passes
      listing.where((cb, root) -> cb.isNull(root.join("lab", JoinType.LEFT)));
    }
    return listing.run(em, rest, new SampleRows(em, viewer, today));
  }

  /** The list's default order: by number ascending (and id), the order of sample_number_id_ix. */
  private static boolean isNumberOrder(ListQuery query) {
    return (query.sort() == null || query.sort().equals("sampleNumber")) && !query.descending();
  }

  /**
   * Whether the page's ids are better found by walking the samples in number order (the index
   * sample_number_id_ix, which holds the region too) than through the region index, which finds
   * every visible sample and sorts them all. The walk reads about (offset + size) x all / total
   * entries when the visible samples are spread over the numbers, the sort handles the total; walk
   * only when that is no more than the total and the viewer sees at least half of all samples (so
   * that even visible samples bunched at the end of the order cost at most two entries each; {@code
   * all} may be up to a minute old).
   */
  static boolean walksNumberIndex(long total, ListQuery query, long all) {
    long wanted = (long) query.offset() + query.size();
    return total * 2 >= all && wanted * (double) all <= (double) total * total;
  }

  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public SampleData get(long id) {
    Viewer viewer = Viewer.of(users.current(), jurisdictions);
    Sample s = viewer.visible(em, id);
    return SampleData.of(s, viewer.masks(s), today());
  }

  /** The sampling form as PDF (Chinese). */
  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public Paper form(long id) {
    SampleData d = get(id);
    // the photos and the signature show the place and the party: not for a blind laboratory
    List<SamplePapers.Picture> pictures =
        d.blind()
            ? List.of()
            : em.createQuery(
                    "select e from SampleEvidence e where e.sampleId = :s order by e.id",
                    cn.foodsafety.lims.sampling.entity.SampleEvidence.class)
                .setParameter("s", d.id())
                .getResultStream()
                .map(e -> new SamplePapers.Picture(e.getKind(), e.getContent()))
                .toList();
    return new Paper(d.sampleNumber() + ".pdf", SamplePapers.form(d, pictures));
  }

  /** The label (QR code of the number) as PDF, or as PNG of the QR code alone. */
  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public Paper label(long id, boolean png) {
    SampleData d = get(id);
    return png
        ? new Paper(d.sampleNumber() + ".png", SampleDocuments.qrPng(d.sampleNumber(), 300))
        : new Paper(d.sampleNumber() + "-label.pdf", SamplePapers.label(d));
  }

  /** A printable document with its file name. */
  public record Paper(String fileName, byte[] content) {}

  private LocalDate today() {
    return CivilTime.today(clock);
  }
}
