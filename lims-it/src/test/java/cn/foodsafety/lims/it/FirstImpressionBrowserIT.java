package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.SampleFlows.receivedCelery;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a new user still met on the pages (issue 11), in Chinese and English, on a desktop and on a
 * phone: the forms that add and drop a test item stand in one row (desktop) or one field under the
 * other (phone), none cut off; creating a plan and allocating it again show that the work runs and
 * say what was done; the import page repeats each row's bad cell.
 */
class FirstImpressionBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  /** The password PlanningIT gives the planner of a city of the test's own. */
  private static final String PLANNER_PASSWORD = "Planning2024";

  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;

  private WebDriver browser;

  @RegisterExtension final BrowserSupport.Session session = new BrowserSupport.Session(WAIT);

  // ------------------------------------------------------------------ add and drop a test item

  /**
   * On a desktop the label, the choice, the reason and the button of each form share one row, and
   * the two forms use the same columns; on a phone each part stands under the one before, inside
   * the card, with nothing wider than the screen. Both languages (the English labels are longer).
   */
  @Test
  void addAndDropFormsStandInOneRowOnADesktopAndOneUnderTheOtherOnAPhone() {
    long id = receivedCelery("页面对齐" + ApiTestSupport.uniqueCode());
    browser = session.open(1400, 1000);
    session.signIn("labtech", ApiTestSupport.DEMO_PASSWORD);
    browser.get(BrowserSupport.appUrl("/lab/results.xhtml?id=" + id));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("addItem:testItemId_input")));
    try {
      for (String language : List.of("zh-CN", "en")) {
        if (language.equals("en")) {
          switchLanguage("en");
        }
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.navigate().refresh();
        session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("addItem:add")));
        List<Map<String, Object>> add = parts("addItem");
        List<Map<String, Object>> drop = parts("dropItem");
        assertOneRow(language, add);
        assertOneRow(language, drop);
        for (int i = 0; i < add.size(); i++) {
          assertThat(num(add.get(i), "left"))
              .as("%s: part %d of both forms in the same column", language, i)
              .isCloseTo(num(drop.get(i), "left"), org.assertj.core.data.Offset.offset(1.0));
        }

        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
        browser.navigate().refresh();
        session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("addItem:add")));
        assertStacked(language, parts("addItem"));
        assertStacked(language, parts("dropItem"));
        assertThat(session.horizontalOverflow())
            .as(language + " phone overflow")
            .isLessThanOrEqualTo(0);
      }
    } finally {
      switchLanguage("zh-CN");
    }
  }

  /**
   * Label, choice, reason label, reason, button of a form and the card around them: each part's
   * box, its centre line, and whether its text is cut (wider than its box).
   */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> parts(String form) {
    return (List<Map<String, Object>>)
        session.js(
            "var card = document.getElementById(arguments[0]).querySelector('.item-change');"
                + "var labels = card.querySelectorAll(':scope > label');"
                + "var parts = [labels[0], card.querySelector(':scope > .item-field > .ui-selectonemenu'),"
                + "  labels[1], card.querySelector(':scope > .item-field > input.ui-inputfield'),"
                + "  card.querySelector(':scope > .ui-button'), card];"
                + "return parts.map(function (e) { var b = e.getBoundingClientRect();"
                + "  var cs = getComputedStyle(e);"
                + "  return {left: b.left, right: b.right, top: b.top, bottom: b.bottom,"
                + "    middle: (b.top + b.bottom) / 2, width: b.width,"
                + "    cut: e.scrollWidth > e.clientWidth + 1 && cs.overflowX !== 'visible' || "
                + "      e.scrollWidth > e.clientWidth + 1 && e.tagName === 'BUTTON',"
                + "    text: e.textContent.trim()}; });",
            form);
  }

  private static double num(Map<String, Object> part, String key) {
    return ((Number) part.get(key)).doubleValue();
  }

  private static void assertOneRow(String language, List<Map<String, Object>> parts) {
    Map<String, Object> card = parts.get(parts.size() - 1);
    double middle = num(parts.get(1), "middle");
    for (int i = 0; i < parts.size() - 1; i++) {
      Map<String, Object> p = parts.get(i);
      assertThat(num(p, "width")).as("%s: part %d shown", language, i).isGreaterThan(20);
      assertThat(num(p, "middle"))
          .as("%s: part %d (%s) on the row of the choice", language, i, p.get("text"))
          .isCloseTo(middle, org.assertj.core.data.Offset.offset(3.0));
      assertThat(num(p, "left"))
          .as("%s: part %d inside its card", language, i)
          .isGreaterThanOrEqualTo(num(card, "left"));
      assertThat(num(p, "right"))
          .as("%s: part %d inside its card", language, i)
          .isLessThanOrEqualTo(num(card, "right"));
      assertThat(p.get("cut"))
          .as("%s: text of part %d (%s) not cut", language, i, p.get("text"))
          .isEqualTo(false);
      if (i > 0) {
        assertThat(num(p, "left"))
            .as("%s: part %d right of part %d, not over it", language, i, i - 1)
            .isGreaterThanOrEqualTo(num(parts.get(i - 1), "right"));
      }
    }
  }

  private static void assertStacked(String language, List<Map<String, Object>> parts) {
    Map<String, Object> card = parts.get(parts.size() - 1);
    for (int i = 0; i < parts.size() - 1; i++) {
      Map<String, Object> p = parts.get(i);
      assertThat(num(p, "width")).as("%s phone: part %d shown", language, i).isGreaterThan(20);
      assertThat(num(p, "left"))
          .as("%s phone: part %d inside its card", language, i)
          .isGreaterThanOrEqualTo(num(card, "left"));
      assertThat(num(p, "right"))
          .as("%s phone: part %d inside its card", language, i)
          .isLessThanOrEqualTo(num(card, "right"));
      assertThat(num(p, "right"))
          .as("%s phone: part %d inside the screen", language, i)
          .isLessThanOrEqualTo(PHONE_WIDTH);
      assertThat(p.get("cut"))
          .as("%s phone: text of part %d not cut", language, i)
          .isEqualTo(false);
      if (i > 0) {
        assertThat(num(p, "top"))
            .as("%s phone: part %d (%s) under part %d", language, i, p.get("text"), i - 1)
            .isGreaterThanOrEqualTo(num(parts.get(i - 1), "bottom") - 0.5);
      }
    }
  }

  // ------------------------------------------------------------------ progress of long work

  /**
   * A planner of a city of the test's own creates a plan and allocates it again, in Chinese on a
   * desktop and in English on a phone: while each request runs, a note says the work is under way
   * over the form (seen by the page itself, however short the work), it is gone when the answer is
   * there, and the answer says what was done in figures (two units of 10,000 and 3,001 residents at
   * 7 per 1,000: 70 + 22 = 92 batches).
   */
  @Test
  void creatingAndAllocatingAPlanShowTheWorkRunningAndSayWhatWasDone() {
    PlanningIT.City city = PlanningIT.newCity();
    int year = PlanningIT.year();

    browser = session.open(1400, 1000);
    session.signIn(city.planner(), PLANNER_PASSWORD);
    createAndAllocate(city, year, "zh-CN");
    assertThat(text("messages")).contains("已重新分配：共 92 批次（按人口应抽 92 批次），合计不一致 0 处");

    switchLanguage("en");
    browser.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
    createAndAllocate(city, year + 1, "en");
    assertThat(text("messages"))
        .contains("Allocated again: 92 batches in all (92 due by population), 0 broken totals");
    assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0);

    List<Map<String, Object>> plans =
        city.asPlanner().queryParam("size", 10).get("/plans").jsonPath().getList("items");
    assertThat(plans).extracting(p -> p.get("year")).containsExactlyInAnyOrder(year, year + 1);
  }

  private void createAndAllocate(PlanningIT.City city, int year, String language) {
    browser.get(BrowserSupport.appUrl("/planning/plans.xhtml"));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("create:createPlan")));
    session.select("create:cityId_input", String.valueOf(city.id()));
    session.retype("create:year_input", String.valueOf(year));
    watch("create:creating");
    session.click("create:createPlan");
    session.wait(ExpectedConditions.urlContains("/planning/plan.xhtml"));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
    assertThat(seen("create:creating"))
        .as(language + ": the note while the plan is created")
        .contains(language.equals("en") ? "Creating the plan" : "正在创建计划");
    assertThat(text("messages"))
        .contains(
            language.equals("en")
                ? "Plan of "
                    + year
                    + " created: 2 county-level units, 92 batches due by"
                    + " population, 92 allocated"
                : "已创建 " + year + " 年计划：2 个县级单位，按人口应抽 92 批次，已分配 92 批次");
    // the city by its name in the page's language (the English name where the region has one)
    assertThat(browser.getTitle())
        .contains(language.equals("en") ? "Unit " + city.code() : "规划市" + city.code());
    // cells and categories name units and food categories in the page's language too (each tab
    // is rendered when first opened)
    String inputsTab = tab(language.equals("en") ? "Allocation inputs" : "分配依据");
    session.click(By.xpath(tab(language.equals("en") ? "Cells" : "分配明细")));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("plan:tabs:cells")));
    String cells = content("plan:tabs:cells");
    session.click(By.xpath(inputsTab));
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("plan:tabs:categories")));
    String categories = content("plan:tabs:categories");
    if (language.equals("en")) {
      assertThat(cells).contains("Unit ").doesNotContain("甲区").doesNotContain("乙区");
      assertThat(categories).contains("Grain products").doesNotContain("粮食加工品");
    } else {
      assertThat(cells).contains(city.code()).containsPattern("[甲乙]区");
      assertThat(categories).contains("粮食加工品");
    }

    // the inputs tab (open), then 重新分配 and its confirmation
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("plan:tabs:allocate")));
    watch("plan:tabs:allocating");
    session.click("plan:tabs:allocate");
    session.wait(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
    session.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    session.wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), language.equals("en") ? "Allocated again" : "已重新分配"));
    session.waitForAjax();
    assertThat(seen("plan:tabs:allocating"))
        .as(language + ": the note while the plan is allocated")
        .contains(language.equals("en") ? "Recomputing every cell" : "正在按分配依据重新计算");
    // the note is gone with the answer
    session.wait(d -> !shown("plan:tabs:allocating"));
    fixedChoicesShowEveryEntryWhole(language, inputsTab);
  }

  /**
   * The three choices of a new fixed-batch row (unit, level, category): each list opens with every
   * entry whole (no entry wider than the list, the list inside the window, nothing to scroll
   * sideways), and the longest entry, once chosen, is shown whole in the field.
   */
  /** The panel has finished its entry transition and stays where it is between two reads. */
  private boolean settled(String panel) {
    String where =
        "var p = document.getElementById(arguments[0]);"
            + "if (Array.from(p.classList).some(function (c) {"
            + "  return c === 'ui-connected-overlay-enter'"
            + "    || c === 'ui-connected-overlay-enter-active'; })) return null;"
            + "var b = p.getBoundingClientRect();"
            + "return getComputedStyle(p).opacity + ' ' + b.top + ' ' + b.left + ' ' + b.height;";
    Object first = session.js(where, panel);
    try {
      Thread.sleep(150);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Object second = session.js(where, panel);
    return first != null && first.equals(second) && String.valueOf(first).startsWith("1 ");
  }

  @SuppressWarnings("unchecked")
  private void fixedChoicesShowEveryEntryWhole(String language, String inputsTab) {
    // the allocation renders the form again: back to the inputs tab
    if (!browser.findElement(By.id("plan:tabs:addFixed")).isDisplayed()) {
      session.click(By.xpath(inputsTab));
    }
    session.wait(ExpectedConditions.visibilityOfElementLocated(By.id("plan:tabs:addFixed")));
    session.click("plan:tabs:addFixed");
    By choices = By.cssSelector("[id='plan:tabs:fixed'] .fixed-choice");
    session.wait(d -> d.findElements(choices).size() == 3);
    for (int i = 0; i < 3; i++) {
      org.openqa.selenium.WebElement menu = browser.findElements(choices).get(i);
      String panel = menu.getAttribute("id") + "_panel";
      session.click(menu);
      session.wait(ExpectedConditions.visibilityOfElementLocated(By.id(panel)));
      // the list is measured and clicked once it stands still: PrimeFaces shows it with a CSS
      // transition, and a click during it lands where the entry was a moment before
      session.wait(d -> settled(panel));
      Map<String, Object> seen =
          (Map<String, Object>)
              session.js(
                  "var p = document.getElementById(arguments[0]);"
                      + "var pb = p.getBoundingClientRect();"
                      + "var w = p.querySelector('.ui-selectonemenu-items-wrapper');"
                      + "var items = Array.from(p.querySelectorAll('li.ui-selectonemenu-item'));"
                      + "var cut = items.filter(function (li) { var b = li.getBoundingClientRect();"
                      + "  return li.scrollWidth > li.clientWidth + 1 || b.right > pb.right + 1"
                      + "    || b.left < pb.left - 1; }).map(function (li) {"
                      + "  return li.textContent.trim(); });"
                      + "var longest = items.reduce(function (a, b) {"
                      + "  return b.textContent.trim().length > a.textContent.trim().length ? b : a; });"
                      + "longest.setAttribute('data-longest', 'true');"
                      // the list scrolls inside its panel: the entry to click brought in sight
                      // there, without scrolling the page (which moves or closes the panel)
                      + "w.scrollTop = Math.max(0, longest.offsetTop - w.clientHeight / 2);"
                      + "return {items: items.length, cut: cut, left: pb.left, right: pb.right,"
                      + "  sideways: w.scrollWidth - w.clientWidth, window: window.innerWidth,"
                      + "  longest: longest.textContent.trim()};",
                  panel);
      assertThat(((Number) seen.get("items")).intValue())
          .as("%s: entries of choice %d", language, i)
          .isGreaterThan(1);
      assertThat((List<String>) seen.get("cut"))
          .as("%s: entries cut in choice %d", language, i)
          .isEmpty();
      assertThat(num(seen, "sideways"))
          .as("%s: choice %d scrolls sideways", language, i)
          .isLessThanOrEqualTo(0);
      assertThat(num(seen, "left"))
          .as("%s: list %d inside the window", language, i)
          .isGreaterThanOrEqualTo(0);
      assertThat(num(seen, "right"))
          .as("%s: list %d inside the window", language, i)
          .isLessThanOrEqualTo(num(seen, "window"));
      By longest = By.cssSelector("[id='" + panel + "'] li[data-longest='true']");
      session.wait(
          d ->
              (Boolean)
                  session.js(
                      "var li = document.querySelector(arguments[0]);"
                          + "var w = li.closest('.ui-selectonemenu-items-wrapper')"
                          + "  .getBoundingClientRect();"
                          + "var b = li.getBoundingClientRect();"
                          + "return b.top >= w.top - 1 && b.bottom <= w.bottom + 1;",
                      "[id='" + panel + "'] li[data-longest='true']"));
      browser.findElement(longest).click();
      session.wait(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
      Map<String, Object> label =
          (Map<String, Object>)
              session.js(
                  "var l = document.getElementById(arguments[0]).querySelector("
                      + "'.ui-selectonemenu-label');"
                      + "return {text: l.textContent.trim(), wide: l.scrollWidth - l.clientWidth,"
                      + "  high: l.scrollHeight - l.clientHeight};",
                  menu.getAttribute("id"));
      assertThat(label.get("text")).isEqualTo(seen.get("longest"));
      assertThat(num(label, "wide"))
          .as("%s: chosen entry of %d cut", language, i)
          .isLessThanOrEqualTo(1);
      assertThat(num(label, "high"))
          .as("%s: chosen entry of %d cut", language, i)
          .isLessThanOrEqualTo(1);
    }
  }

  /**
   * Makes the page remember the text of the element the moment it is shown (a note that appears for
   * a few milliseconds is still seen), in the tab's session storage so that it survives the page
   * that follows.
   */
  private void watch(String id) {
    session.js(
        "var id = arguments[0]; sessionStorage.removeItem('seen:' + id);"
            + "var check = function () { var e = document.getElementById(id);"
            + "  if (e && e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none'"
            + "      && getComputedStyle(e).visibility !== 'hidden') {"
            + "    sessionStorage.setItem('seen:' + id, e.textContent.trim()); } };"
            + "new MutationObserver(check).observe(document.body,"
            + "  {attributes: true, childList: true, subtree: true});",
        id);
  }

  private String seen(String id) {
    Object text = session.js("return sessionStorage.getItem('seen:' + arguments[0]);", id);
    return text == null ? "" : text.toString();
  }

  private boolean shown(String id) {
    return Boolean.TRUE.equals(
        session.js(
            "var e = document.getElementById(arguments[0]);"
                + "return !!e && e.getClientRects().length > 0"
                + "  && getComputedStyle(e).display !== 'none';",
            id));
  }

  // ------------------------------------------------------------------ list rows on a phone

  /**
   * The samples, cases and lab worklist on a 390 px phone in both languages: in every row each
   * value starts at the same place right of its title (none wraps under the title), inside its row
   * and the screen. The test makes a failing sample of its own (a case of 中原区 for the city
   * supervisor) and a received one (on labtech's worklist), so no list is empty.
   */
  @Test
  void listRowsOnAPhoneLineTheirValuesUp() {
    SampleFlows.approvedCelery(
        "页面手机列表" + ApiTestSupport.uniqueCode(), "0.13", SampleFlows.ZHONGYUAN);
    receivedCelery("页面手机工作单" + ApiTestSupport.uniqueCode());
    browser = session.open(PHONE_WIDTH, PHONE_HEIGHT);
    session.signIn("supervisor", ApiTestSupport.DEMO_PASSWORD);
    try {
      for (String language : List.of("zh-CN", "en")) {
        switchLanguage(language);
        rowsLineUp(language, "/sampling/samples.xhtml");
        rowsLineUp(language, "/disposal/cases.xhtml");
      }
    } finally {
      switchLanguage("zh-CN");
    }
    session.quit();
    browser = session.open(PHONE_WIDTH, PHONE_HEIGHT);
    session.signIn("labtech", ApiTestSupport.DEMO_PASSWORD);
    try {
      for (String language : List.of("zh-CN", "en")) {
        switchLanguage(language);
        rowsLineUp(language, "/lab/worklist.xhtml");
      }
    } finally {
      switchLanguage("zh-CN");
    }
  }

  @SuppressWarnings("unchecked")
  private void rowsLineUp(String language, String page) {
    browser.get(BrowserSupport.appUrl(page));
    By firstRow = By.cssSelector(".ui-datatable-data > tr[data-ri] > td .ui-column-title");
    session.wait(ExpectedConditions.presenceOfElementLocated(firstRow));
    List<Map<String, Object>> cells =
        (List<Map<String, Object>>)
            session.js(
                "var rows = Array.from(document.querySelectorAll("
                    + "'.ui-datatable-data > tr[data-ri]')).slice(0, 3);"
                    + "var out = [];"
                    + "rows.forEach(function (tr) { Array.from(tr.children).forEach(function (td) {"
                    + "  var t = td.querySelector(':scope > .ui-column-title');"
                    + "  if (!t || td.getClientRects().length === 0) { return; }"
                    + "  var r = document.createRange(); r.selectNodeContents(td); r.setStartAfter(t);"
                    + "  var rects = Array.from(r.getClientRects()).filter(function (x) {"
                    + "    return x.width > 0 && x.height > 0; });"
                    + "  if (rects.length === 0) { return; }"
                    + "  var tb = t.getBoundingClientRect(), cb = td.getBoundingClientRect();"
                    + "  out.push({title: t.textContent.trim(), titleRight: tb.right,"
                    + "    left: Math.min.apply(null, rects.map(function (x) { return x.left; })),"
                    + "    right: Math.max.apply(null, rects.map(function (x) { return x.right; })),"
                    + "    rowRight: cb.right}); }); });"
                    + "return out;");
    assertThat(cells).as("%s %s: values in the rows", language, page).hasSizeGreaterThan(3);
    double left = num(cells.get(0), "left");
    for (Map<String, Object> c : cells) {
      String what = language + " " + page + " " + c.get("title");
      assertThat(num(c, "left"))
          .as("%s: value where the others start", what)
          .isCloseTo(left, org.assertj.core.data.Offset.offset(1.0));
      assertThat(num(c, "left"))
          .as("%s: value right of its title", what)
          .isGreaterThanOrEqualTo(num(c, "titleRight"));
      assertThat(num(c, "right"))
          .as("%s: value inside its row", what)
          .isLessThanOrEqualTo(num(c, "rowRight") + 0.5);
    }
    assertThat(session.horizontalOverflow()).as(language + " " + page).isLessThanOrEqualTo(0);
  }

  // ------------------------------------------------------------------ residents basis

  /**
   * The basis of the reference units' residents figures is Chinese throughout on the Chinese page
   * (it said "2020年普查规模：over 1,000,000"): 二七区's census size class reads 100万以上.
   */
  /**
   * Text, headings, labels, fields and buttons name the bundled Chinese font before Arial: Chromium
   * on Linux draws Chinese as empty boxes with Arial's fontconfig alias instead of falling back to
   * a later family, so on a device without a Chinese font of its own (this machine) any family
   * after Arial is never reached. The saga theme's own widget stack names no Chinese font at all.
   */
  @Test
  void everyKindOfTextNamesTheChineseFontBeforeArial() {
    browser = session.open(1400, 1000);
    // the sign-in page, the public pages (no sign-in), the API documentation
    for (String page :
        List.of(
            "/login.xhtml",
            "/public/proposals.xhtml",
            "/public/results.xhtml",
            "/public/market.xhtml",
            "/api-docs/")) {
      browser.get(BrowserSupport.appUrl(page));
      session.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button, a")));
      int checked = 0;
      for (String where :
          List.of(
              "body",
              "h1, h2, h3",
              "label",
              "input:not([type=hidden])",
              "button",
              "select",
              "textarea",
              "a")) {
        Object family =
            session.js(
                "var e = document.querySelector(arguments[0]);"
                    + " return e ? getComputedStyle(e).fontFamily : null;",
                where);
        if (family == null) {
          continue;
        }
        checked++;
        String stack = String.valueOf(family);
        assertThat(stack).as("font of %s on %s", where, page).contains("LimsNotoSansSC");
        assertThat(stack.indexOf("LimsNotoSansSC"))
            .as("font of %s on %s: the Chinese font before Arial", where, page)
            .isLessThan(stack.indexOf("Arial"));
      }
      assertThat(checked).as("kinds of text checked on %s", page).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void theResidentsBasisIsChineseThroughout() {
    browser = session.open(1400, 1000);
    session.signIn("admin", ApiTestSupport.DEMO_PASSWORD);
    // 二七区 (id 4 of the reference data) on its page
    browser.get(BrowserSupport.appUrl("/masterdata/region.xhtml?id=4"));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("form:residentsBasis")));
    assertThat(browser.findElement(By.id("form:residentsBasis")).getAttribute("value"))
        .isEqualTo("2019年末常住人口抽样调查推算数（84.8万）；2020年普查规模：100万以上");
    // the sixteen county-level units of Zhengzhou in the reference data (codes 4101xx)
    List<Map<String, Object>> regions =
        as("admin")
            .queryParam("size", 500)
            .get("/regions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    List<String> bases =
        regions.stream()
            .filter(r -> String.valueOf(r.get("residentsBasis")).contains("普查规模"))
            .map(r -> String.valueOf(r.get("residentsBasis")))
            .toList();
    assertThat(bases).hasSize(16).noneMatch(b -> b.matches("(?s).*[A-Za-z].*"));
  }

  // ------------------------------------------------------------------ import row errors

  /**
   * A result file with bad cells: the page lists each row's problem with the cell as the file wrote
   * it, under the column heading of the page's language, on a phone in Chinese and on a desktop in
   * English.
   */
  @Test
  void theImportPageRepeatsEachRowsBadCell() throws IOException {
    long id = receivedCelery("页面坏值" + ApiTestSupport.uniqueCode());
    String number = as("labtech").get("/samples/{id}", id).jsonPath().getString("sampleNumber");
    Path file = Files.createTempFile("results-", ".csv");
    Files.writeString(
        file,
        "样品编号,检验项目,检验结果,单位\n" + number + ",毒死蜱,0.0x2,mg/kg\n" + number + ",毒死蜱,0.02,斤\n",
        StandardCharsets.UTF_8);

    browser = session.open(PHONE_WIDTH, PHONE_HEIGHT);
    session.signIn("labtech", ApiTestSupport.DEMO_PASSWORD);
    try {
      upload(file);
      assertThat(text("import:problems")).contains("单元格内容");
      assertThat(problemRows())
          .containsExactly(List.of("2", "检验结果", "0.0x2"), List.of("3", "单位", "斤"));
      assertThat(session.horizontalOverflow()).isLessThanOrEqualTo(0);

      switchLanguage("en");
      browser.manage().window().setSize(new Dimension(1400, 1000));
      upload(file);
      assertThat(text("import:problems")).contains("Cell as written");
      assertThat(problemRows()).extracting(r -> r.get(2)).containsExactly("0.0x2", "斤");
    } finally {
      switchLanguage("zh-CN");
      Files.deleteIfExists(file);
    }
    // nothing was imported
    assertThat(as("labtech").get("/samples/{id}/results", id).jsonPath().getList("items.value"))
        .containsOnlyNulls();
  }

  private void upload(Path file) {
    browser.get(BrowserSupport.appUrl("/lab/import.xhtml"));
    session.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
    browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    session.wait(ExpectedConditions.presenceOfElementLocated(By.id("import:problems")));
  }

  /** Row, column and cell of each listed problem, as the page shows them. */
  @SuppressWarnings("unchecked")
  private List<List<String>> problemRows() {
    return (List<List<String>>)
        session.js(
            "return Array.from(document.querySelectorAll(\"[id='import:problems_data'] > tr\"))"
                + ".map(function (tr) { return Array.from(tr.children).slice(0, 3)"
                + ".map(function (td) { var t = td.cloneNode(true);"
                + "  t.querySelectorAll('.ui-column-title').forEach(function (x) { x.remove(); });"
                + "  return t.textContent.trim(); }); });");
  }

  // ------------------------------------------------------------------ helpers

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** The text of an element, shown or not (a tab not chosen). */
  /** The plan page's tab of that title. */
  private static String tab(String title) {
    return "//ul[contains(@class,'ui-tabs-nav')]//a[normalize-space()='" + title + "']";
  }

  private String content(String id) {
    return String.valueOf(
        session.js("return document.getElementById(arguments[0]).textContent;", id));
  }

  /** Switches the signed-in user's language (kept in the profile) when it is not the one wanted. */
  private void switchLanguage(String language) {
    if (browser == null) {
      return;
    }
    String now = browser.findElement(By.tagName("html")).getAttribute("lang");
    if (!language.equals(now)) {
      session.jsClick("topbar:lang");
      session.wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }
  }
}
