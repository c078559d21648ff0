package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.boundary.DatabaseStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers. Dependent, not application-scoped: the server calls MicroProfile
 * health checks outside any request of the application, where no application context is active.
 */
@Readiness
@Dependent
public class DatabaseHealth implements HealthCheck {

  @Inject DatabaseStatus database;

  @Override
  public HealthCheckResponse call() {
    var product = database.probe();
    return HealthCheckResponse.named("database")
        .status(product.isPresent())
        .withData("product", product.orElse("-"))
        .build();
  }
}
