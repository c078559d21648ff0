package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.sampling.entity.FieldRecord;
import cn.foodsafety.lims.sampling.entity.SampleEvidence;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reading what the phone's sampling form stored with a sample (written by {@link Samples#create} in
 * the sample's own transaction). Whoever may read the sample may read it, except a laboratory under
 * blind coding: the photos and the signature show the place and the sampled party.
 */
@Stateless
@LocalBean
public class FieldRecords {

  @PersistenceContext EntityManager em;

  @Inject Samples samples;

  /** The sample's field record; an empty one (no code, no pictures) for a desk form. */
  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public FieldRecordData of(long sampleId) {
    SampleData sample = readable(sampleId);
    FieldRecord record = em.find(FieldRecord.class, sampleId);
    List<FieldRecordData.Picture> pictures =
        em.createNamedQuery(SampleEvidence.OF_SAMPLE, SampleEvidence.Info.class)
            .setParameter("sample", sample.id())
            .getResultStream()
            .map(
                i ->
                    new FieldRecordData.Picture(
                        i.id(), i.kind(), i.contentType(), i.byteSize(), i.width(), i.height()))
            .toList();
    return new FieldRecordData(
        sampleId,
        record == null ? null : record.getProvisionalCode(),
        record == null ? null : record.getLocationAccuracy(),
        pictures);
  }

  /** One picture as stored: its type and bytes. */
  public record PictureFile(String contentType, byte[] content) {}

  @RolesAllowed({
    Role.SAMPLER_NAME,
    Role.LAB_TECH_NAME,
    Role.LAB_REVIEWER_NAME,
    Role.PLANNER_NAME,
    Role.SUPERVISOR_NAME,
    Role.ADMIN_NAME
  })
  public PictureFile picture(long sampleId, long pictureId) {
    readable(sampleId);
    SampleEvidence e = em.find(SampleEvidence.class, pictureId);
    if (e == null || e.getSampleId() != sampleId) {
      throw new NotFoundException("SampleEvidence", pictureId);
    }
    return new PictureFile(e.getContentType(), e.getContent());
  }

  private SampleData readable(long sampleId) {
    SampleData sample = samples.get(sampleId);
    if (sample.blind()) {
      throw new AccessDeniedException("lims.sample.field.blind");
    }
    return sample;
  }
}
