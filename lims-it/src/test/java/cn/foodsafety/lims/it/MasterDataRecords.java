package cn.foodsafety.lims.it;

import static cn.foodsafety.lims.it.ApiTestSupport.as;
import static cn.foodsafety.lims.it.ApiTestSupport.uniqueCode;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Master-data records of a test's own, made through the API as the administrator: organizations (a
 * testing institution, a laboratory under it) and food categories. Shared by MasterDataIT and
 * MasterDataAuditIT.
 */
final class MasterDataRecords {

  /** The seeded region 郑州市 (V2__reference_data). */
  static final long ZHENGZHOU = 2;

  /** The seeded top-level category 食用农产品. */
  static final long EDIBLE_AGRICULTURAL_PRODUCTS = 33;

  private MasterDataRecords() {}

  /** An organization code no other test uses. */
  static String orgCode() {
    return "IT-" + uniqueCode();
  }

  static Map<String, Object> organization(String code, String name, String kind, Long parentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("kind", kind);
    body.put("regionId", ZHENGZHOU);
    body.put("parentId", parentId);
    return body;
  }

  /** A laboratory under the institution, accredited for edible agricultural products. */
  static Map<String, Object> laboratory(String code, long institutionId) {
    Map<String, Object> body = organization(code, "测试实验室" + code, "LABORATORY", institutionId);
    body.put("accreditationNumber", "CNAS " + code);
    body.put("weeklyCapacity", 25);
    body.put("scopeCategoryIds", List.of(EDIBLE_AGRICULTURAL_PRODUCTS));
    return body;
  }

  static JsonPath createOrganization(Map<String, Object> body) {
    return as("admin")
        .body(body)
        .post("/organizations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** A testing institution of the test's own, to hang laboratories and teams on. */
  static JsonPath createInstitution() {
    String code = orgCode();
    return createOrganization(organization(code, "测试检验机构" + code, "INSTITUTION", null));
  }

  static Map<String, Object> category(String code, String name, Long parentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("parentId", parentId);
    return body;
  }

  static JsonPath createCategoryUnder(long parentId) {
    String code = uniqueCode();
    return as("admin")
        .body(category(code, "测试类别" + code, parentId))
        .post("/food-categories")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }
}
