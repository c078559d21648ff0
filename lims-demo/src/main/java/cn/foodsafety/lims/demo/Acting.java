package cn.foodsafety.lims.demo;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Set;
import java.util.function.Supplier;
import javax.security.auth.Subject;

/**
 * Runs a step under the identity of the user who takes it, so that the boundaries check that user's
 * roles ({@code @RolesAllowed}), scope what the user may see and act on, and record the user in the
 * audit trail, exactly as for a signed-in user. Jakarta EE has no portable way to become a given
 * user outside an HTTP request; this sets Payara's security context of the thread (the caller
 * principal and the role groups the identity store would give) for the duration of the step. Used
 * only by the demonstration data, which only the development EAR contains.
 */
final class Acting {

  private static final String CONTEXT = "com.sun.enterprise.security.SecurityContext";
  private static final String GROUP = "org.glassfish.security.common.Group";

  private Acting() {}

  static <T> T as(String username, Set<String> roles, Supplier<T> work) {
    try {
      ClassLoader loader = Acting.class.getClassLoader();
      Class<?> context = Class.forName(CONTEXT, true, loader);
      Class<?> group = Class.forName(GROUP, true, loader);
      Method getCurrent = context.getMethod("getCurrent");
      Method setCurrent = context.getMethod("setCurrent", context);
      Subject subject = new Subject();
      Constructor<?> newGroup = group.getConstructor(String.class);
      for (String role : roles) {
        subject.getPrincipals().add((Principal) newGroup.newInstance(role));
      }
      Object identity =
          context
              .getConstructor(String.class, Subject.class, String.class)
              .newInstance(username, subject, "file");
      Object before = getCurrent.invoke(null);
      setCurrent.invoke(null, identity);
      try {
        return work.get();
      } finally {
        setCurrent.invoke(null, before);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot act as " + username + " on this server", e);
    }
  }
}
