package cn.foodsafety.lims.sampling.web;

import cn.foodsafety.lims.sampling.boundary.SamplerChoices;
import cn.foodsafety.lims.sampling.boundary.TaskData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** sampling/my-tasks.xhtml: the open tasks of the sampler's unit, each opening the form. */
@Named
@RequestScoped
public class MyTasksBacking {

  @Inject SamplerChoices samplerChoices;

  private List<TaskData> tasks;

  public List<TaskData> getTasks() {
    if (tasks == null) {
      tasks = samplerChoices.myOpenTasks();
    }
    return tasks;
  }
}
