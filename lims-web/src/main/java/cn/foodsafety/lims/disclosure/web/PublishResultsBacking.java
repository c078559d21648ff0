package cn.foodsafety.lims.disclosure.web;

import cn.foodsafety.lims.disclosure.boundary.PublicCategory;
import cn.foodsafety.lims.disclosure.boundary.PublicationRow;
import cn.foodsafety.lims.disclosure.boundary.Publications;
import cn.foodsafety.lims.disclosure.boundary.PublishRequest;
import cn.foodsafety.lims.disclosure.boundary.PublishedResults;
import cn.foodsafety.lims.disclosure.boundary.Withdrawal;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.control.LimsException;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.LocaleBacking;
import cn.foodsafety.lims.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * disclosure/publish.xhtml: a supervisor picks approved results of his region and publishes them,
 * or withdraws a published one with a reason.
 */
@Named
@ViewScoped
public class PublishResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Publications publications;

  @Inject PublishedResults published;

  @Inject FacesText text;

  @Inject LocaleBacking locale;

  private String search;
  private Verdict conclusion;
  private String publishedState;
  private SamplingLevel level;
  private String category;
  private LocalDate from;
  private LocalDate to;
  private List<PublicationRow> selection = new ArrayList<>();
  private Long withdrawing;
  private String reason;
  private PageModel<PublicationRow> model;

  @PostConstruct
  void init() {
    model =
        new PageModel<>(
            q -> publications.list(q),
            PublicationRow::sampleId,
            () -> search,
            () -> {
              Map<String, String> f = new HashMap<>();
              if (conclusion != null) {
                f.put("conclusion", conclusion.name());
              }
              f.put("published", publishedState);
              if (level != null) {
                f.put("level", level.name());
              }
              f.put("category", category);
              f.put("from", from == null ? null : from.toString());
              f.put("to", to == null ? null : to.toString());
              return f;
            });
  }

  /** Publishes the selected results: all of them, or none when one may not be published. */
  public void publish() {
    List<Long> ids =
        selection == null ? List.of() : selection.stream().map(r -> r.sampleId()).toList();
    try {
      List<PublicationRow> done = publications.publish(new PublishRequest(ids));
      text.info("disclosure.publish.done", done.size());
      selection = new ArrayList<>();
    } catch (LimsException e) {
      text.show(e, "list");
    }
  }

  public void startWithdrawal(long sampleId) {
    withdrawing = sampleId;
    reason = null;
  }

  public void withdraw() {
    try {
      PublicationRow row = publications.withdraw(withdrawing, new Withdrawal(reason));
      text.info("disclosure.withdraw.done", row.sampleNumber());
      withdrawing = null;
      reason = null;
    } catch (LimsException e) {
      text.show(e, "withdrawal");
    }
  }

  public List<Verdict> getConclusions() {
    return List.of(Verdict.values());
  }

  public List<SamplingLevel> getLevels() {
    return List.of(SamplingLevel.values());
  }

  public List<PublicCategory> getCategories() {
    return published.categories();
  }

  public String categoryName(PublicCategory c) {
    String name = locale.isEnglish() && c.nameEn() != null ? c.nameEn() : c.name();
    return "\u00a0\u00a0".repeat(Math.max(0, c.depth() - 1)) + name;
  }

  public PageModel<PublicationRow> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Verdict getConclusion() {
    return conclusion;
  }

  public void setConclusion(Verdict conclusion) {
    this.conclusion = conclusion;
  }

  public String getPublishedState() {
    return publishedState;
  }

  public void setPublishedState(String publishedState) {
    this.publishedState = publishedState;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public void setLevel(SamplingLevel level) {
    this.level = level;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public List<PublicationRow> getSelection() {
    return selection;
  }

  public void setSelection(List<PublicationRow> selection) {
    this.selection = selection;
  }

  public Long getWithdrawing() {
    return withdrawing;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
