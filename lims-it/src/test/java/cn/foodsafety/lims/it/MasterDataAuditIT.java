package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;
import static cn.foodsafety.lims.it.MasterDataRecords.EDIBLE_AGRICULTURAL_PRODUCTS;
import static cn.foodsafety.lims.it.MasterDataRecords.category;
import static cn.foodsafety.lims.it.MasterDataRecords.createCategoryUnder;
import static cn.foodsafety.lims.it.MasterDataRecords.createInstitution;
import static cn.foodsafety.lims.it.MasterDataRecords.createOrganization;
import static cn.foodsafety.lims.it.MasterDataRecords.laboratory;
import static cn.foodsafety.lims.it.MasterDataRecords.orgCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of master data is written from what the database update changed (an EclipseLink
 * change set read by the audit component), not from diffs the use cases build: each changed field
 * is one UPDATE line with its old and new text, under the names the history has always used; what
 * did not change, the version and the active flag (an event of its own) leave no line. Every test
 * works on records of its own and reads exactly their lines.
 */
class MasterDataAuditIT {

  private static final long OTHER_FOODS = 34; // 其他食品, a top-level category
  private static final long VEGETABLES = 113; // 蔬菜

  record Line(String action, String field, String oldValue, String newValue) {}

  @Test
  void movingACategoryRecordsItsParentAndDepthAndTheDepthOfWhatIsBelowIt() throws Exception {
    JsonPath moved = createCategoryUnder(OTHER_FOODS);
    JsonPath below = createCategoryUnder(moved.getLong("id"));
    JsonPath newParent = createCategoryUnder(OTHER_FOODS);
    JsonPath deeper = createCategoryUnder(newParent.getLong("id"));
    String otherFoods = code("/food-categories/{id}", OTHER_FOODS);

    Map<String, Object> move =
        category(moved.getString("code"), "改名" + moved.getString("code"), deeper.getLong("id"));
    move.put("version", moved.getLong("version"));
    as("admin").body(move).put("/food-categories/{id}", moved.getLong("id")).then().statusCode(200);

    assertThat(updates("FoodCategory", moved.getLong("id")))
        .containsExactly(
            new Line("UPDATE", "name", moved.getString("name"), "改名" + moved.getString("code")),
            new Line("UPDATE", "parent", otherFoods, deeper.getString("code")),
            new Line("UPDATE", "depth", "2", "4"));
    assertThat(updates("FoodCategory", below.getLong("id")))
        .containsExactly(new Line("UPDATE", "depth", "3", "5"));
  }

  @Test
  void widerLaboratoryScopeRecordsTheCodesBeforeAndAfter() throws Exception {
    JsonPath institution = createInstitution();
    String code = orgCode();
    Map<String, Object> lab = laboratory(code, institution.getLong("id"));
    JsonPath created = createOrganization(lab);
    String edible = code("/food-categories/{id}", EDIBLE_AGRICULTURAL_PRODUCTS);
    String vegetables = code("/food-categories/{id}", VEGETABLES);

    lab.put("scopeCategoryIds", List.of(EDIBLE_AGRICULTURAL_PRODUCTS, VEGETABLES));
    lab.put("weeklyCapacity", 30);
    lab.put("version", created.getLong("version"));
    as("admin").body(lab).put("/organizations/{id}", created.getLong("id")).then().statusCode(200);

    assertThat(updates("Organization", created.getLong("id")))
        .containsExactlyInAnyOrder(
            new Line("UPDATE", "weeklyCapacity", "25", "30"),
            new Line(
                "UPDATE",
                "scopeCategories",
                "[" + edible + "]",
                "["
                    + String.join(", ", new java.util.TreeSet<>(List.of(edible, vegetables)))
                    + "]"));
  }

  @Test
  void changedLimitRecordsItsDigitsUnderTheLimitFieldNames() throws Exception {
    Map<String, Object> item = testItem("TI-" + uniqueCode(), new BigDecimal("0.05"));
    JsonPath created =
        as("admin").body(item).post("/test-items").then().statusCode(201).extract().jsonPath();

    item.put("limitValue", new BigDecimal("0.10"));
    item.put("standardEdition", "2024");
    item.put("analyteEn", "Renamed " + item.get("code"));
    item.put("version", created.getLong("version"));
    as("admin").body(item).put("/test-items/{id}", created.getLong("id")).then().statusCode(200);

    assertThat(updates("TestItem", created.getLong("id")))
        .containsExactly(
            new Line(
                "UPDATE",
                "analyteEn",
                "Test pesticide " + item.get("code"),
                "Renamed " + item.get("code")),
            new Line("UPDATE", "limitValue", "0.05", "0.10"),
            new Line("UPDATE", "standardEdition", "2021", "2024"));
  }

  @Test
  void anUpdateThatChangesNothingRecordsNothing() throws Exception {
    JsonPath category = createCategoryUnder(OTHER_FOODS);
    Map<String, Object> same =
        category(category.getString("code"), category.getString("name"), OTHER_FOODS);
    same.put("version", category.getLong("version"));
    as("admin")
        .body(same)
        .put("/food-categories/{id}", category.getLong("id"))
        .then()
        .statusCode(200);

    assertThat(updates("FoodCategory", category.getLong("id"))).isEmpty();
    assertThat(lines("FoodCategory", category.getLong("id")))
        .extracting(Line::action)
        .containsExactly("CREATE");
  }

  // --- helpers ---

  private static List<Line> updates(String type, long id) throws Exception {
    return lines(type, id).stream().filter(l -> l.action().equals("UPDATE")).toList();
  }

  private static List<Line> lines(String type, long id) throws Exception {
    List<Line> lines = new ArrayList<>();
    try (Connection c = ItDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT action, field, old_value, new_value FROM audit_record"
                    + " WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
      s.setString(1, type);
      s.setLong(2, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          lines.add(new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return lines;
  }

  private static String code(String path, long id) {
    return as("planner").get(path, id).jsonPath().getString("code");
  }

  private static Map<String, Object> testItem(String code, BigDecimal value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("analyte", "测试农药" + code);
    body.put("analyteEn", "Test pesticide " + code);
    body.put("methodStandard", "GB 23200.113-2018");
    body.put("unit", "mg/kg");
    body.put("limitOperator", "LE");
    body.put("limitValue", value);
    body.put("limitStandard", "GB 2763");
    body.put("standardEdition", "2021");
    body.put("categoryIds", List.of(createCategoryUnder(OTHER_FOODS).getLong("id")));
    return body;
  }
}
