package cn.foodsafety.lims.masterdata.boundary;

import cn.foodsafety.lims.kernel.ReferenceChanged;
import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Around a use case that changes regions, food categories, organizations or settings: raises their
 * cache generation in the same transaction, so the other servers of a deployment group drop them
 * from their shared cache ({@link ReferenceCacheSync}), and tells this server's caches of them
 * ({@link ReferenceChanged}, observed after the commit).
 */
public class ReferenceChange {

  @Inject CacheGenerations generations;

  @Inject Event<ReferenceChanged> changed;

  @AroundInvoke
  public Object changed(InvocationContext call) throws Exception {
    Object result = call.proceed();
    generations.raise(CacheGenerations.REFERENCE);
    changed.fire(new ReferenceChanged());
    return result;
  }
}
