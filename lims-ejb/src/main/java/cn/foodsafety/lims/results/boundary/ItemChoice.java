package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.masterdata.entity.TestItem;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;

/**
 * A test item the laboratory may add to a sample: within its accreditation scope and not yet on the
 * sample; with the limit the item would be judged against.
 */
public record ItemChoice(
    long testItemId, String code, String analyte, String limit, String limitUnit, String standard) {

  static ItemChoice of(Sample s, TestItem t) {
    // the item as it would be created: its limit text comes from the same snapshot rules
    SampleItem planned = SampleItem.preview(s, t, true);
    return new ItemChoice(
        t.getId(),
        t.getCode(),
        t.getAnalyte(),
        planned.limit().text(),
        planned.limit().unit(),
        planned.limit().standardText());
  }
}
