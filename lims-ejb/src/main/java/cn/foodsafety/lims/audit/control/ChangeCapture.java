package cn.foodsafety.lims.audit.control;

import cn.foodsafety.lims.audit.entity.Audited;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.AggregateChangeRecord;
import org.eclipse.persistence.internal.sessions.CollectionChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * Auditing without hand-built diffs: for every entity that is {@link Audited}, a listener reads
 * EclipseLink's change set after each update is written (old and new value of every changed
 * attribute, of an embedded value's attributes, the members added to or removed from a collection)
 * and turns it into the trail's fields through the entity's {@link Audited#auditFields}. The lines
 * are kept for the transaction ({@link CapturedChanges}) and recorded by {@code AuditTrail} with
 * the actor, time and reason of the use case.
 *
 * <p>Registered as the persistence unit's session customizer (persistence.xml).
 */
public class ChangeCapture implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    Listener listener = new Listener();
    for (ClassDescriptor d : session.getDescriptors().values()) {
      if (d.getJavaClass() != null && Audited.class.isAssignableFrom(d.getJavaClass())) {
        d.getEventManager().addListener(listener);
      }
    }
  }

  static final class Listener extends DescriptorEventAdapter {

    @Override
    public void postUpdate(DescriptorEvent event) {
      // the event's own change set is not filled in for an update: the write query holds it
      ObjectChangeSet changes =
          event.getQuery() instanceof ObjectLevelModifyQuery q
              ? (ObjectChangeSet) q.getObjectChangeSet()
              : null;
      if (!(event.getSource() instanceof Audited entity) || changes == null) {
        return;
      }
      CapturedChanges captured = CapturedChanges.current();
      if (captured == null || !captured.captures(entity.auditType())) {
        return;
      }
      AbstractSession session = event.getSession();
      List<Found> found = new ArrayList<>();
      for (ChangeRecord r : changes.getChanges()) {
        DatabaseMapping mapping =
            event.getDescriptor().getMappingForAttributeName(r.getAttribute());
        if (mapping == null) {
          continue;
        }
        Object now = mapping.getRealAttributeValueFromObject(entity, session);
        int order = order(entity.getClass(), r.getAttribute()) * 100;
        if (r instanceof AggregateChangeRecord a
            && a.getOldValue() == null
            && a.getChangedObject() != null
            && now != null) {
          // only the embedded value's changed attributes are known: follow them one by one
          ClassDescriptor inner = mapping.getReferenceDescriptor();
          for (ChangeRecord n : a.getChangedObject().getChanges()) {
            DatabaseMapping m = inner.getMappingForAttributeName(n.getAttribute());
            if (m == null) {
              continue;
            }
            Object innerNow = m.getRealAttributeValueFromObject(now, session);
            compare(
                entity,
                r.getAttribute() + "." + n.getAttribute(),
                oldValue(n, innerNow),
                innerNow,
                order + order(now.getClass(), n.getAttribute()),
                found);
          }
        } else {
          compare(entity, r.getAttribute(), oldValue(r, now), now, order, found);
          if (r instanceof CollectionChangeRecord c) {
            added(entity, r.getAttribute(), c, order + 50, found);
          }
        }
      }
      found.sort(Comparator.comparingInt(Found::order));
      captured.add(found.stream().map(Found::change).toList());
    }

    private static void compare(
        Audited entity, String attribute, Object before, Object after, int order, List<Found> out) {
      Map<String, String> b = entity.auditFields(attribute, before);
      Map<String, String> a = entity.auditFields(attribute, after);
      Set<String> fields = new LinkedHashSet<>(a.keySet());
      fields.addAll(b.keySet());
      int i = 0;
      for (String field : fields) {
        String oldText = b.get(field);
        String newText = a.get(field);
        if (!Objects.equals(oldText, newText)) {
          out.add(
              new Found(
                  order + i,
                  new CapturedChanges.Change(
                      entity.auditType(), entity.auditId(), field, oldText, newText)));
        }
        i++;
      }
    }

    /**
     * The fields each member added to the collection writes on its own ({@link
     * Audited#auditAdded}).
     */
    private static void added(
        Audited entity, String attribute, CollectionChangeRecord c, int order, List<Found> out) {
      int i = 0;
      for (ObjectChangeSet member : c.getAddObjectList().keySet()) {
        for (Map.Entry<String, String> f :
            entity.auditAdded(attribute, member.getUnitOfWorkClone()).entrySet()) {
          if (f.getValue() != null) {
            out.add(
                new Found(
                    order + i,
                    new CapturedChanges.Change(
                        entity.auditType(), entity.auditId(), f.getKey(), null, f.getValue())));
          }
          i++;
        }
      }
    }

    /** The value before the change; for a collection, the members it had. */
    private static Object oldValue(ChangeRecord r, Object now) {
      if (r instanceof CollectionChangeRecord c) {
        if (c.getOriginalCollection() instanceof Collection<?> original) {
          return new ArrayList<>(original);
        }
        List<Object> old = now instanceof Collection<?> n ? new ArrayList<>(n) : new ArrayList<>();
        c.getAddObjectList().keySet().forEach(added -> old.remove(added.getUnitOfWorkClone()));
        c.getRemoveObjectList().keySet().forEach(removed -> old.add(removed.getUnitOfWorkClone()));
        return old;
      }
      Object old = r.getOldValue();
      return old instanceof ObjectChangeSet s ? s.getUnitOfWorkClone() : old;
    }

    /** Where an attribute is declared in its class: the trail lists fields in that order. */
    private static int order(Class<?> type, String attribute) {
      Declared d = DECLARED.get(type);
      return d.at().getOrDefault(attribute, d.count());
    }

    /** Each class's fields by the place of their declaration (read once, not per change). */
    private static final ClassValue<Declared> DECLARED =
        new ClassValue<>() {
          @Override
          protected Declared computeValue(Class<?> type) {
            Map<String, Integer> at = new HashMap<>();
            int i = 0;
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
              for (Field f : c.getDeclaredFields()) {
                at.putIfAbsent(f.getName(), i);
                i++;
              }
            }
            return new Declared(Map.copyOf(at), i);
          }
        };

    private record Declared(Map<String, Integer> at, int count) {}
  }

  private record Found(int order, CapturedChanges.Change change) {}
}
