package cn.foodsafety.lims.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API under /lims/api; every resource class of the WAR belongs to it. Its OpenAPI document
 * (/openapi) is completed by {@link ApiContract}; a copy is kept in
 * config/openapi/lims-openapi.yaml and a generated Java client is built from it (lims-client).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "食品安全抽检 LIMS API",
            version = "1",
            description =
                "Sampling and laboratory information management for a municipal food-safety"
                    + " program (食品安全抽检监测). JSON in UTF-8; texts are Chinese as entered."
                    + " Sign in with HTTP Basic, or with the session cookie of the pages (changes"
                    + " then need the X-CSRF-Token header). Errors are RFC 9457 problem details"
                    + " (application/problem+json) in the language of Accept-Language (zh-CN by"
                    + " default, en). Lists are paged: page (from 0), size (1-500), sort (name or"
                    + " -name), q (free text) and any other query parameter as an exact filter;"
                    + " every update sends the version it read (409 when it is stale)."),
    tags = {
      @Tag(
          name = "masterdata",
          description =
              "基础数据 Master data: regions with residents, organizations, food categories, test"
                  + " items with limits, the working-day calendar, settings."),
      @Tag(name = "security", description = "用户与账户 Users and the signed-in account."),
      @Tag(
          name = "planning",
          description = "抽检计划 Sampling plans, their allocation, campaigns and collection tasks."),
      @Tag(
          name = "sampling",
          description =
              "抽样 The sampling form, printed form and label, lab assignment, shipment and"
                  + " receipt."),
      @Tag(
          name = "results",
          description =
              "检验 The lab's items and results, review, e-signed approval, test reports, history,"
                  + " worklist and result file import."),
      @Tag(
          name = "disposal",
          description =
              "核查处置 Follow-up cases of non-conforming food, extensions, alerts and the deadline"
                  + " sweep."),
      @Tag(
          name = "statistics",
          description =
              "统计分析 Figures with targets, the lists behind them, the statistics PDF and the"
                  + " provincial workbook."),
      @Tag(
          name = "disclosure",
          description = "结果公开 Publishing approved results and the public feed (no sign-in)."),
      @Tag(
          name = "rapidtest",
          description =
              "快检 Markets, their testing points and kits, rapid tests with the laboratory"
                  + " confirmation of positives, figures, and each market's public day."),
      @Tag(
          name = "proposal",
          description =
              "你点我检 Residents' proposals and votes (no sign-in), their review into a special"
                  + " campaign, and the results published back."),
      @Tag(
          name = "oversight",
          description =
              "抽检工作监督 Publication rate, risk warnings (classes, repeat offenders, trends, the"
                  + " risk-meeting workbook) and balanced sampling."),
      @Tag(
          name = "record checks",
          description =
              "数据检查 Record check rules, findings with re-check and acceptance, quality scores."),
      @Tag(
          name = "audits",
          description =
              "数据抽查考核 Reproducible stratified audits of the records, checklist scores,"
                  + " roll-up and workbook."),
      @Tag(name = "platform", description = "Health of the application.")
    })
@SecurityScheme(
    securitySchemeName = ApiContract.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "User name and password of a LIMS user.")
@SecurityScheme(
    securitySchemeName = ApiContract.SESSION,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "JSESSIONID",
    description = "The session cookie of a user signed in on the pages.")
@SecurityScheme(
    securitySchemeName = ApiContract.CSRF,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    apiKeyName = "X-CSRF-Token",
    description =
        "With the session cookie, every change (POST, PUT, DELETE) carries the session's CSRF"
            + " token in this header. Not needed with HTTP Basic.")
public class LimsApi extends Application {}
