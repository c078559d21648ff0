package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.planning.entity.CollectionTask;
import cn.foodsafety.lims.planning.entity.TaskState;
import cn.foodsafety.lims.platform.entity.Role;
import cn.foodsafety.lims.security.boundary.Users;
import cn.foodsafety.lims.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What a sampler chooses from when he fills in a sampling form: the open tasks of his sampling unit
 * and the samplers who can sign the form with him. Recording the form is {@link SamplingForms}.
 */
@Stateless
public class SamplerChoices {

  @PersistenceContext EntityManager em;

  @Inject Users users;

  /** A sampler's open tasks (those of his sampling unit), soonest due first. */
  @RolesAllowed(Role.SAMPLER_NAME)
  public List<TaskData> myOpenTasks() {
    Organization unit = SamplingForms.samplingUnitOf(users.current());
    return em.createQuery(
            "select t from CollectionTask t where t.samplingUnit = :unit and t.state = :open"
                + " order by t.dueDate, t.id",
            CollectionTask.class)
        .setParameter("unit", unit)
        .setParameter("open", TaskState.OPEN)
        .getResultStream()
        .map(
            t ->
                new TaskData(
                    t.getId(),
                    t.getLevel(),
                    t.getKind(),
                    t.getDepartment(),
                    t.getRegion().getId(),
                    t.getRegion().getName(),
                    t.getCategory().getId(),
                    t.getCategory().getName(),
                    t.getPartyKind(),
                    t.getBatches(),
                    t.getCollected(),
                    t.getDueDate(),
                    t.getNote(),
                    t.getPlan().isBlindCoding()))
        .toList();
  }

  /** The samplers of the signed-in sampler's unit: who can sign the form with him. */
  @RolesAllowed(Role.SAMPLER_NAME)
  public List<PersonChoice> samplersOfMyUnit() {
    Organization unit = SamplingForms.samplingUnitOf(users.current());
    return em.createQuery(
            "select u from User u where u.organization = :unit and u.active = true"
                + " order by u.username",
            User.class)
        .setParameter("unit", unit)
        .getResultStream()
        .filter(u -> u.has(Role.SAMPLER))
        .map(u -> new PersonChoice(u.getId(), u.getUsername(), u.getDisplayName()))
        .toList();
  }
}
