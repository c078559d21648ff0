package cn.foodsafety.lims.masterdata.rest;

import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.platform.control.MasterData;
import cn.foodsafety.lims.platform.rest.MasterDataResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** The food classification, a tree of any depth. */
@Path("food-categories")
public class FoodCategoriesResource extends MasterDataResource<FoodCategoryData> {

  @Inject FoodCategories boundary;

  @Override
  protected MasterData<FoodCategoryData> useCases() {
    return boundary;
  }
}
