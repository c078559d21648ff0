package cn.foodsafety.lims.results.control;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DatabaseMapping.WriteType;
import org.eclipse.persistence.sessions.DatabaseRecord;

/**
 * Every update of a sample item through the persistence context writes all its result columns, in
 * one column order, so that the updates of one flush (a grid of results) are one statement and go
 * to the database as one JDBC batch. A result file's updates do not go through the persistence
 * context: {@link ResultRows} writes the same columns ({@link #RESULT_ATTRIBUTES}) as a batch.
 *
 * <p>EclipseLink writes only the columns that changed: a result that stays 未检出 and one that becomes
 * a measured value are different statements, and each change of statement ends a JDBC batch (on a
 * file of mixed results, a batch of one or two rows). Just before an item's update is written, this
 * listener adds the result columns the update does not carry yet with the values the item holds
 * (which equal the stored ones: nothing else changes) and puts the columns in the descriptor's
 * order. What changed and what the audit trail records come from the change set, not from this row:
 * they stay as they were; the version check stays in the statement's WHERE clause.
 *
 * <p>Registered for {@code SampleItem} in persistence.xml ({@code
 * eclipselink.descriptor.customizer.SampleItem}).
 */
public class ItemUpdateShape implements DescriptorCustomizer {

  /** The attributes a result sets ({@code SampleItem.record}). */
  public static final List<String> RESULT_ATTRIBUTES =
      List.of(
          "reported",
          "notDetected",
          "lod",
          "resultUnit",
          "inLimitUnit",
          "verdict",
          "timesOver",
          "method",
          "instrument",
          "analyst",
          "testedOn",
          "enteredBy",
          "enteredAt");

  @Override
  public void customize(ClassDescriptor descriptor) {
    List<DatabaseMapping> mappings = new ArrayList<>();
    for (String attribute : RESULT_ATTRIBUTES) {
      DatabaseMapping m = descriptor.getMappingForAttributeName(attribute);
      if (m == null) {
        throw new IllegalStateException(
            descriptor.getJavaClassName() + " has no attribute " + attribute);
      }
      mappings.add(m);
    }
    descriptor.getEventManager().addListener(new Listener(descriptor, mappings));
  }

  static final class Listener extends DescriptorEventAdapter {
    private final ClassDescriptor descriptor;
    private final List<DatabaseMapping> result;

    Listener(ClassDescriptor descriptor, List<DatabaseMapping> result) {
      this.descriptor = descriptor;
      this.result = result;
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
      if (!(event.getRecord() instanceof AbstractRecord row) || row.size() == 0) {
        return;
      }
      AbstractRecord current = new DatabaseRecord(24);
      for (DatabaseMapping m : result) {
        m.writeFromObjectIntoRow(event.getObject(), current, event.getSession(), WriteType.UPDATE);
      }
      List<DatabaseField> fields = new ArrayList<>(row.size() + current.size());
      List<Object> values = new ArrayList<>(row.size() + current.size());
      for (DatabaseField f : descriptor.getFields()) {
        if (row.containsKey(f)) {
          fields.add(row.getField(f));
          values.add(row.get(f));
        } else if (current.containsKey(f)) {
          fields.add(current.getField(f));
          values.add(current.get(f));
        }
      }
      // a column of the row outside the descriptor's own (none expected): kept, at the end
      List<DatabaseField> rest = new ArrayList<>();
      for (DatabaseField f : row.getFields()) {
        if (!fields.contains(f)) {
          rest.add(f);
        }
      }
      for (DatabaseField f : rest) {
        fields.add(f);
        values.add(row.get(f));
      }
      row.clear();
      for (int i = 0; i < fields.size(); i++) {
        row.add(fields.get(i), values.get(i));
      }
    }
  }
}
