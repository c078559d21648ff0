package cn.foodsafety.lims.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * One transaction around the use cases a user takes together in one sitting (the analyst adds an
 * item, reads the sheet, records the results and submits): each boundary joins it, so its rules,
 * events and audit records are the same as when called one by one, but the work is committed once
 * and the sheet the next call reads is the one still in memory. A refusal by any of them rolls back
 * the whole sitting, as the demo's step is then refused as a whole.
 */
@Stateless
public class DemoSteps {

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public <T> T together(Supplier<T> work) {
    return work.get();
  }
}
