package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.platform.control.MasterData;
import cn.foodsafety.lims.platform.rest.MasterDataResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** Organizations: regulators, testing institutions, sampling units and laboratories. */
@Path("organizations")
public class OrganizationsResource extends MasterDataResource<OrganizationData> {

  @Inject Organizations boundary;

  @Override
  protected MasterData<OrganizationData> useCases() {
    return boundary;
  }
}
