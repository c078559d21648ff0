package cn.foodsafety.lims.proposal.web;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.proposal.boundary.CampaignRequest;
import cn.foodsafety.lims.proposal.boundary.ProposalData;
import cn.foodsafety.lims.proposal.boundary.ProposalFigures;
import cn.foodsafety.lims.proposal.boundary.Proposals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * proposal/review.xhtml: the planner reads the residents' proposals (most votes first), ticks the
 * chosen ones with the unit, category and batches each is sampled in, and turns them into a special
 * campaign of a plan, or declines one with a reason; the figures and, per proposal, the samples
 * taken and results published.
 */
@Named
@ViewScoped
public class ReviewProposalsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Proposals proposals;

  @Inject Regions regions;

  @Inject FoodCategories categories;

  @Inject FacesText text;

  /** A proposal on the page with what the planner fills in for it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ProposalData proposal;
    private boolean chosen;
    private Long regionId;
    private Long categoryId;
    private Integer batches = 1;
    private String note;

    Row(ProposalData proposal) {
      this.proposal = proposal;
    }

    public ProposalData getProposal() {
      return proposal;
    }

    public boolean isOpen() {
      return proposal.state().isReviewable();
    }

    public boolean isChosen() {
      return chosen;
    }

    public void setChosen(boolean chosen) {
      this.chosen = chosen;
    }

    public Long getRegionId() {
      return regionId;
    }

    public void setRegionId(Long regionId) {
      this.regionId = regionId;
    }

    public Long getCategoryId() {
      return categoryId;
    }

    public void setCategoryId(Long categoryId) {
      this.categoryId = categoryId;
    }

    public Integer getBatches() {
      return batches;
    }

    public void setBatches(Integer batches) {
      this.batches = batches;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  private List<Row> rows;
  private ProposalFigures figures;
  private Long planId;
  private String name;
  private LocalDate startDate;
  private LocalDate endDate;

  @PostConstruct
  void init() {
    load();
  }

  private void load() {
    rows = new ArrayList<>(proposals.list().stream().map(Row::new).toList());
    figures = proposals.figures();
  }

  public void accept() {
    try {
      List<CampaignRequest.Item> items =
          rows.stream()
              .filter(r -> r.chosen && r.isOpen())
              .map(
                  r ->
                      new CampaignRequest.Item(
                          r.proposal.id(), r.regionId, r.categoryId, r.batches))
              .toList();
      List<ProposalData> accepted =
          proposals.accept(new CampaignRequest(planId, name, startDate, endDate, items));
      text.info("proposal.review.accepted", accepted.size());
      load();
    } catch (RuntimeException e) {
      text.show(e, "review");
    }
  }

  public void decline(Row row) {
    try {
      proposals.decline(row.proposal.id(), row.note);
      text.info("proposal.review.declined", row.proposal.subject());
      load();
    } catch (RuntimeException e) {
      text.show(e, "review");
    }
  }

  public List<RegionData> getRegions() {
    return regions
        .list(
            new ListQuery(
                0,
                ListQuery.MAX_SIZE,
                "code",
                false,
                null,
                Map.of("kind", RegionKind.COUNTY.name(), "active", "true")))
        .items();
  }

  public List<FoodCategoryData> getCategories() {
    return categories
        .list(new ListQuery(0, ListQuery.MAX_SIZE, "code", false, null, Map.of("active", "true")))
        .items();
  }

  public List<Row> getRows() {
    return rows;
  }

  public ProposalFigures getFigures() {
    return figures;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }
}
