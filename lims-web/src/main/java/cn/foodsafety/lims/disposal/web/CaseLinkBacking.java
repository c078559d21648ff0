package cn.foodsafety.lims.disposal.web;

import cn.foodsafety.lims.disposal.boundary.CaseData;
import cn.foodsafety.lims.disposal.boundary.Cases;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.web.Failures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * The link from a sample's pages (sampling/sample.xhtml, lab/results.xhtml) to its follow-up case,
 * for those who may see cases: {@code #{caseLinkBacking.of(sampleId)}} is the case, or null.
 */
@Named
@RequestScoped
public class CaseLinkBacking {

  @Inject Cases cases;

  private final Map<Long, CaseData> bySample = new HashMap<>();

  public CaseData of(Long sampleId) {
    if (sampleId == null) {
      return null;
    }
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    if (!ext.isUserInRole("SUPERVISOR") && !ext.isUserInRole("ADMIN")) {
      return null;
    }
    if (!bySample.containsKey(sampleId)) {
      bySample.put(sampleId, find(sampleId));
    }
    return bySample.get(sampleId);
  }

  private CaseData find(long sampleId) {
    try {
      return cases.ofSample(sampleId);
    } catch (RuntimeException e) {
      if (Failures.unwrap(e) instanceof NotFoundException) {
        return null;
      }
      throw e;
    }
  }
}
