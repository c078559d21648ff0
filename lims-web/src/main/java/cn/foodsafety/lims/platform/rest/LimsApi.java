package cn.foodsafety.lims.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API under /lims/api; every resource class of the WAR belongs to it. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "食品安全抽检 LIMS API",
            version = "1",
            description =
                "Sampling and laboratory information management for a municipal food-safety"
                    + " program. HTTP Basic authentication; errors are RFC 9457 problem details"
                    + " in the language of Accept-Language (zh-CN by default, en)."))
public class LimsApi extends Application {}
