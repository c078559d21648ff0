package cn.foodsafety.lims.disclosure.web;

import cn.foodsafety.lims.disclosure.boundary.PublicCategory;
import cn.foodsafety.lims.disclosure.boundary.PublicItem;
import cn.foodsafety.lims.disclosure.boundary.PublicResult;
import cn.foodsafety.lims.disclosure.boundary.PublishedResults;
import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.Limit;
import cn.foodsafety.lims.platform.control.LimsException;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.control.Page;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.platform.web.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * public/results.xhtml: the published results for everyone, without sign-in. The filters are plain
 * query parameters (q, verdict, kind, category, from, to, page), so a filtered list can be
 * bookmarked and shared.
 */
@Named
@RequestScoped
public class PublicResultsBacking {

  static final int PAGE_SIZE = 20;

  @Inject PublishedResults results;

  @Inject FacesText text;

  @Inject LocaleBacking locale;

  private String q;
  private String verdict;
  private String kind;
  private String category;
  private String from;
  private String to;
  private int page;
  private Page<PublicResult> shown = new Page<>(List.of(), 0, 0, PAGE_SIZE);

  /** Loads the page of results the parameters ask for; bad parameters are shown as messages. */
  public void load() {
    Map<String, String> filters = new HashMap<>();
    put(filters, "verdict", verdict);
    put(filters, "kind", kind);
    put(filters, "category", category);
    put(filters, "from", from);
    put(filters, "to", to);
    try {
      shown = results.list(new ListQuery(Math.max(page, 0), PAGE_SIZE, null, false, q, filters));
    } catch (LimsException e) {
      text.show(e, "filters");
    }
  }

  private static void put(Map<String, String> filters, String name, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(name, value.strip());
    }
  }

  public List<PublicResult> getResults() {
    return shown.items();
  }

  public long getTotal() {
    return shown.total();
  }

  public int getPages() {
    return (int) Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < shown.total();
  }

  public List<PublicCategory> getCategories() {
    return results.categories();
  }

  public List<Verdict> getVerdicts() {
    return List.of(Verdict.values());
  }

  /** The kinds of sampling whose results are published (risk monitoring never as a violation). */
  public List<cn.foodsafety.lims.planning.entity.SamplingKind> getKinds() {
    return List.of(
        cn.foodsafety.lims.planning.entity.SamplingKind.SUPERVISORY,
        cn.foodsafety.lims.planning.entity.SamplingKind.EVALUATIVE);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  /** The category's name in the page's language (Chinese when it has no English name). */
  public String categoryName(PublicCategory c) {
    String name = locale.isEnglish() && c.nameEn() != null ? c.nameEn() : c.name();
    return "\u00a0\u00a0".repeat(Math.max(0, c.depth() - 1)) + name;
  }

  public String categoryOf(PublicResult r) {
    return locale.isEnglish() && r.categoryEn() != null ? r.categoryEn() : r.category();
  }

  /** The limit as it is read: ≤ 0.05 mg/kg, ≥ 10 g/100g, 1–5 mg/kg, 不得检出 ({@link Limit#text}). */
  public String limitOf(PublicItem i) {
    return Limit.text(
        i.limitOperator(), i.limitValue(), i.limitUpper(), i.limitUnit(), text.locale());
  }

  public String valueOf(PublicItem i) {
    return plain(i.value()) + (i.unit() == null ? "" : " " + i.unit());
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getVerdict() {
    return verdict;
  }

  public void setVerdict(String verdict) {
    this.verdict = verdict;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
