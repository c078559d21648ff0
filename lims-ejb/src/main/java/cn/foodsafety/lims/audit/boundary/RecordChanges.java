package cn.foodsafety.lims.audit.boundary;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Around a use case that changes {@link cn.foodsafety.lims.audit.entity.Audited} entities: when it
 * has run, its changes are written and the trail records each changed field, in the use case's
 * transaction (a failed use case records nothing: it rolls back).
 */
public class RecordChanges {

  @Inject AuditTrail audit;

  @AroundInvoke
  public Object record(InvocationContext call) throws Exception {
    Object result = call.proceed();
    audit.recordCaptured();
    return result;
  }
}
