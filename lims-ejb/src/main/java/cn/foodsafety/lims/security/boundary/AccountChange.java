package cn.foodsafety.lims.security.boundary;

import cn.foodsafety.lims.platform.boundary.CacheGenerations;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Around a use case that changes a user account: raises the accounts' cache generation in the same
 * transaction, so the other servers of a deployment group drop their cached users ({@link
 * AccountCache}).
 */
public class AccountChange {

  @Inject CacheGenerations generations;

  @AroundInvoke
  public Object changed(InvocationContext call) throws Exception {
    Object result = call.proceed();
    generations.raise(CacheGenerations.ACCOUNTS);
    return result;
  }
}
