package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.TestItemData;
import cn.foodsafety.lims.masterdata.boundary.TestItems;
import cn.foodsafety.lims.platform.control.MasterData;
import cn.foodsafety.lims.platform.rest.MasterDataResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** Test items with their limits, standards and linked food categories. */
@Path("test-items")
public class TestItemsResource extends MasterDataResource<TestItemData> {

  @Inject TestItems boundary;

  @Override
  protected MasterData<TestItemData> useCases() {
    return boundary;
  }
}
