package cn.foodsafety.lims.sampling.rest;

import cn.foodsafety.lims.platform.rest.PageJsonWriter;
import cn.foodsafety.lims.sampling.boundary.SampleData;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The samples list's pages (50 rows of 72 fields) as JSON-B writes them, without its reflection per
 * value: JSON-B cost about a tenth of the list's server time (README, Benchmarks).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SamplePagesJson extends PageJsonWriter {

  public SamplePagesJson() {
    super(SampleData.class);
  }
}
