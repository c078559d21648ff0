package cn.foodsafety.lims.sampling.web;

import cn.foodsafety.lims.masterdata.boundary.OrganizationData;
import cn.foodsafety.lims.masterdata.boundary.Organizations;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.sampling.boundary.BackupData;
import cn.foodsafety.lims.sampling.boundary.BackupDisposal;
import cn.foodsafety.lims.sampling.boundary.BackupPlacement;
import cn.foodsafety.lims.sampling.boundary.BackupSamples;
import cn.foodsafety.lims.sampling.boundary.BackupTakeOut;
import cn.foodsafety.lims.sampling.boundary.SampleData;
import cn.foodsafety.lims.sampling.boundary.Samples;
import cn.foodsafety.lims.sampling.entity.BackupCondition;
import cn.foodsafety.lims.sampling.entity.SampleState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * sampling/backups.xhtml, the lab's store of backup samples (留样) on a phone: put a received
 * sample's backup on a shelf; see what is held, due for disposal this week, overdue, taken out and
 * disposed of; take one out for a re-inspection or dispose of it before a witness. What may be done
 * with each backup comes from the boundary ({@code canTakeOut}, {@code canDispose}).
 */
@Named
@ViewScoped
public class KeepBackupSamplesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BackupSamples backups;

  @Inject Samples samples;

  @Inject Organizations organizations;

  @Inject FacesText text;

  private String view = "held";
  private List<BackupData> items;
  private List<SampleData> received;

  private Long sampleId;
  private String store;
  private String shelf;
  private String quantity;
  private String quantityUnit = "千克";
  private BackupCondition condition = BackupCondition.SEALED_INTACT;
  private String shelfLifeEnd;

  private Long selectedId;
  private Long labId;
  private String receiver;
  private String how;
  private String witness;

  public List<BackupData> getItems() {
    if (items == null) {
      try {
        items = backups.list(view);
      } catch (RuntimeException e) {
        items = List.of();
        text.show(e, "store");
      }
    }
    return items;
  }

  /** The samples the lab has received (the backups are put on a shelf from these). */
  public List<SampleData> getReceived() {
    if (received == null) {
      received =
          samples
              .list(
                  new ListQuery(
                      0,
                      100,
                      "deliveryDue",
                      true,
                      null,
                      Map.of("state", SampleState.RECEIVED.name())))
              .items();
    }
    return received;
  }

  public void show(String v) {
    view = v;
    items = null;
  }

  public void record() {
    try {
      backups.record(
          new BackupPlacement(
              sampleId, store, shelf, quantity, quantityUnit, condition, shelfLifeEnd));
      text.info("backups.recorded");
      sampleId = null;
      shelf = null;
      quantity = null;
      shelfLifeEnd = null;
      items = null;
    } catch (RuntimeException e) {
      text.show(e, "place");
    }
  }

  public void choose(long id) {
    selectedId = id;
  }

  public void takeOut() {
    try {
      backups.takeOut(selectedId, new BackupTakeOut(null, labId, receiver));
      text.info("backups.takenOut");
      selectedId = null;
      items = null;
    } catch (RuntimeException e) {
      text.show(e, "act");
    }
  }

  public void dispose() {
    try {
      backups.dispose(selectedId, new BackupDisposal(null, how, witness));
      text.info("backups.disposed");
      selectedId = null;
      items = null;
    } catch (RuntimeException e) {
      text.show(e, "act");
    }
  }

  public BackupData getSelected() {
    return selectedId == null
        ? null
        : getItems().stream().filter(b -> b.id() == selectedId).findFirst().orElse(null);
  }

  public List<OrganizationData> getLaboratories() {
    return organizations.laboratories();
  }

  public List<String> getViews() {
    return List.of("held", "due-this-week", "overdue", "taken-out", "disposed");
  }

  public BackupCondition[] getConditions() {
    return BackupCondition.values();
  }

  public String getView() {
    return view;
  }

  public Long getSampleId() {
    return sampleId;
  }

  public void setSampleId(Long sampleId) {
    this.sampleId = sampleId;
  }

  public String getStore() {
    return store;
  }

  public void setStore(String store) {
    this.store = store;
  }

  public String getShelf() {
    return shelf;
  }

  public void setShelf(String shelf) {
    this.shelf = shelf;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }

  public String getQuantityUnit() {
    return quantityUnit;
  }

  public void setQuantityUnit(String quantityUnit) {
    this.quantityUnit = quantityUnit;
  }

  public BackupCondition getCondition() {
    return condition;
  }

  public void setCondition(BackupCondition condition) {
    this.condition = condition;
  }

  public String getShelfLifeEnd() {
    return shelfLifeEnd;
  }

  public void setShelfLifeEnd(String shelfLifeEnd) {
    this.shelfLifeEnd = shelfLifeEnd;
  }

  public Long getLabId() {
    return labId;
  }

  public void setLabId(Long labId) {
    this.labId = labId;
  }

  public String getReceiver() {
    return receiver;
  }

  public void setReceiver(String receiver) {
    this.receiver = receiver;
  }

  public String getHow() {
    return how;
  }

  public void setHow(String how) {
    this.how = how;
  }

  public String getWitness() {
    return witness;
  }

  public void setWitness(String witness) {
    this.witness = witness;
  }
}
