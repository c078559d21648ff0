package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.platform.control.MasterData;
import cn.foodsafety.lims.platform.rest.MasterDataResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** Regions: province, city and county-level units with their residents. */
@Path("regions")
public class RegionsResource extends MasterDataResource<RegionData> {

  @Inject Regions boundary;

  @Override
  protected MasterData<RegionData> useCases() {
    return boundary;
  }
}
