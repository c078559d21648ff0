package cn.foodsafety.lims.sampling.web;

import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.web.Failures;
import cn.foodsafety.lims.sampling.boundary.FieldRecordData;
import cn.foodsafety.lims.sampling.boundary.FieldRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * What the phone's form recorded with a sample, for the sample's page ({@code
 * #{fieldRecordBacking.of(sampleId)}}): null when there is nothing to show (a desk form) or the
 * reader may not see it (a laboratory under blind coding).
 */
@Named
@RequestScoped
public class FieldRecordBacking {

  @Inject FieldRecords records;

  private final Map<Long, FieldRecordData> bySample = new HashMap<>();

  public FieldRecordData of(Long sampleId) {
    if (sampleId == null) {
      return null;
    }
    return bySample.computeIfAbsent(sampleId, this::find);
  }

  private FieldRecordData find(long sampleId) {
    try {
      FieldRecordData d = records.of(sampleId);
      return d.provisionalCode() == null && d.locationAccuracy() == null && d.pictures().isEmpty()
          ? null
          : d;
    } catch (RuntimeException e) {
      if (Failures.unwrap(e) instanceof AccessDeniedException) {
        return null;
      }
      throw e;
    }
  }
}
