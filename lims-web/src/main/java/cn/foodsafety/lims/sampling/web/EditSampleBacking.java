package cn.foodsafety.lims.sampling.web;

import cn.foodsafety.lims.kernel.PartyKind;
import cn.foodsafety.lims.masterdata.boundary.FoodCategories;
import cn.foodsafety.lims.masterdata.boundary.FoodCategoryData;
import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.boundary.Regions;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.planning.entity.SamplingKind;
import cn.foodsafety.lims.planning.entity.SamplingLevel;
import cn.foodsafety.lims.platform.boundary.CivilClock;
import cn.foodsafety.lims.platform.control.ListQuery;
import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.sampling.boundary.Custody;
import cn.foodsafety.lims.sampling.boundary.PersonChoice;
import cn.foodsafety.lims.sampling.boundary.SampleData;
import cn.foodsafety.lims.sampling.boundary.SampleForm;
import cn.foodsafety.lims.sampling.boundary.SamplerChoices;
import cn.foodsafety.lims.sampling.boundary.Samples;
import cn.foodsafety.lims.sampling.boundary.SamplingForms;
import cn.foodsafety.lims.sampling.boundary.Shipment;
import cn.foodsafety.lims.sampling.boundary.TaskData;
import cn.foodsafety.lims.sampling.entity.StorageCondition;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * sampling/sample.xhtml: the sampling form on a phone. {@code ?task=} opens it prefilled from a
 * collection task, no parameter for a sample outside the plan; {@code ?id=} shows a submitted form
 * with its papers and, for the sampling unit, the shipment.
 */
@Named
@ViewScoped
public class EditSampleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Samples samples;

  @Inject Custody custody;

  @Inject SamplingForms samplingForms;

  @Inject SamplerChoices samplerChoices;

  @Inject Regions regions;

  @Inject FoodCategories categories;

  @Inject FacesText text;

  @Inject CivilClock civilClock;
  @Inject cn.foodsafety.lims.planning.boundary.SamplingKinds kinds;

  /** One key per form shown (a hidden field): the same form sent twice makes one sample. */
  private String formKey = java.util.UUID.randomUUID().toString();

  public String getFormKey() {
    return formKey;
  }

  public void setFormKey(String formKey) {
    this.formKey = formKey;
  }

  private Long id;
  private Long taskId;
  private TaskData task;
  private SampleData sample;

  private SamplingLevel level = SamplingLevel.MUNICIPAL;
  private SamplingKind samplingKind = SamplingKind.SUPERVISORY;
  private Long regionId;
  private String foodName;
  private Long categoryId;
  private String brand;
  private String specification;
  private String batchNumber;
  private String productionDate;
  private String shelfLife;
  private String quantity;
  private String quantityUnit = "千克";
  private String backupQuantity;
  private StorageCondition storageCondition = StorageCondition.AMBIENT;
  private String producerName;
  private String producerAddress;
  private String producerLicence;
  private String partyName;
  private PartyKind partyKind;
  private String partyAddress;
  private String partyLicence;
  private String partyContact;
  private String partyPhone;
  private String placeAddress;
  private String latitude;
  private String longitude;
  private String sampledAt;
  private Long sampler2Id;
  private boolean samplersConfirmed;
  private boolean partyConfirmed;
  private String partySignatory;
  private String sealNumber;

  private String shippedAt;
  private String shipMethod;
  private String temperature;

  /** viewAction: a submitted form (?id=), or the defaults of a task (?task=). */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id != null) {
      sample = samples.get(id);
      return;
    }
    if (taskId != null) {
      task =
          samplerChoices.myOpenTasks().stream()
              .filter(t -> t.id() == taskId)
              .findFirst()
              .orElse(null);
      if (task != null) {
        level = task.level();
        samplingKind = task.samplingKind();
        regionId = task.regionId();
        categoryId = task.categoryId();
        partyKind = task.partyKind();
      }
    }
  }

  public String submit() {
    SampleForm form =
        new SampleForm(
            task == null ? taskId : Long.valueOf(task.id()),
            task == null ? level : null,
            null,
            task == null ? samplingKind : null,
            task == null ? regionId : null,
            foodName,
            categoryId,
            brand,
            specification,
            batchNumber,
            productionDate,
            shelfLife,
            quantity,
            quantityUnit,
            backupQuantity,
            storageCondition,
            producerName,
            producerAddress,
            producerLicence,
            null,
            partyName,
            partyKind,
            partyAddress,
            partyLicence,
            partyContact,
            partyPhone,
            placeAddress,
            latitude,
            longitude,
            sampledAt,
            null,
            sampler2Id,
            samplersConfirmed,
            partyConfirmed,
            partySignatory,
            sealNumber,
            null);
    try {
      SampleData created = samplingForms.createOnce(formKey, form);
      text.info("sampling.sample.created", created.sampleNumber());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/sampling/sample.xhtml?faces-redirect=true&id=" + created.id();
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  public void ship() {
    try {
      sample = custody.ship(id, new Shipment(shippedAt, shipMethod, temperature));
      text.info("sampling.sample.shipped", sample.sampleNumber());
    } catch (RuntimeException e) {
      text.show(e, "ship");
    }
  }

  public boolean isCanShip() {
    return sample != null
        && sample.shippable()
        && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SAMPLER");
  }

  public boolean isTemperatureNeeded() {
    return sample != null && sample.storageCondition().needsTemperature();
  }

  public List<SamplingKind> getSamplingKinds() {
    return List.of(SamplingKind.values());
  }

  /** The fields the form marks as required (the boundary says which). */
  public java.util.Set<String> getRequiredFields() {
    return SamplingForms.requiredFields(task == null, isBackupKept());
  }

  /** Whether the form asks for a backup sample: as the rules of its kind of sampling say. */
  public boolean isBackupKept() {
    return kinds.of(task != null ? task.samplingKind() : samplingKind).backupSample();
  }

  public SamplingKind getSamplingKind() {
    return samplingKind;
  }

  public void setSamplingKind(SamplingKind samplingKind) {
    this.samplingKind = samplingKind;
  }

  public List<SamplingLevel> getLevels() {
    return List.of(SamplingLevel.values());
  }

  public List<PartyKind> getPartyKinds() {
    return List.of(PartyKind.values());
  }

  public List<StorageCondition> getStorageConditions() {
    return List.of(StorageCondition.values());
  }

  public List<RegionData> getRegions() {
    return regions
        .list(
            new ListQuery(
                0,
                ListQuery.MAX_SIZE,
                "code",
                false,
                null,
                Map.of("kind", RegionKind.COUNTY.name(), "active", "true")))
        .items();
  }

  public List<FoodCategoryData> getCategories() {
    return categories
        .list(new ListQuery(0, ListQuery.MAX_SIZE, "code", false, null, Map.of("active", "true")))
        .items();
  }

  public List<PersonChoice> getOtherSamplers() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return samplerChoices.samplersOfMyUnit().stream()
        .filter(p -> !p.username().equals(me))
        .toList();
  }

  @PostConstruct
  void init() {
    sampledAt = nowText();
    shippedAt = nowText();
  }

  private String nowText() {
    return civilClock.nowToTheMinute().toString();
  }

  public boolean isCreating() {
    return id == null;
  }

  public SampleData getSample() {
    return sample;
  }

  public TaskData getTask() {
    return task;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getTaskId() {
    return taskId;
  }

  public void setTaskId(Long taskId) {
    this.taskId = taskId;
  }

  public SamplingLevel getLevel() {
    return level;
  }

  public void setLevel(SamplingLevel level) {
    this.level = level;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public String getFoodName() {
    return foodName;
  }

  public void setFoodName(String foodName) {
    this.foodName = foodName;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getBrand() {
    return brand;
  }

  public void setBrand(String brand) {
    this.brand = brand;
  }

  public String getSpecification() {
    return specification;
  }

  public void setSpecification(String specification) {
    this.specification = specification;
  }

  public String getBatchNumber() {
    return batchNumber;
  }

  public void setBatchNumber(String batchNumber) {
    this.batchNumber = batchNumber;
  }

  public String getProductionDate() {
    return productionDate;
  }

  public void setProductionDate(String productionDate) {
    this.productionDate = productionDate;
  }

  public String getShelfLife() {
    return shelfLife;
  }

  public void setShelfLife(String shelfLife) {
    this.shelfLife = shelfLife;
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

  public String getBackupQuantity() {
    return backupQuantity;
  }

  public void setBackupQuantity(String backupQuantity) {
    this.backupQuantity = backupQuantity;
  }

  public StorageCondition getStorageCondition() {
    return storageCondition;
  }

  public void setStorageCondition(StorageCondition storageCondition) {
    this.storageCondition = storageCondition;
  }

  public String getProducerName() {
    return producerName;
  }

  public void setProducerName(String producerName) {
    this.producerName = producerName;
  }

  public String getProducerAddress() {
    return producerAddress;
  }

  public void setProducerAddress(String producerAddress) {
    this.producerAddress = producerAddress;
  }

  public String getProducerLicence() {
    return producerLicence;
  }

  public void setProducerLicence(String producerLicence) {
    this.producerLicence = producerLicence;
  }

  public String getPartyName() {
    return partyName;
  }

  public void setPartyName(String partyName) {
    this.partyName = partyName;
  }

  public PartyKind getPartyKind() {
    return partyKind;
  }

  public void setPartyKind(PartyKind partyKind) {
    this.partyKind = partyKind;
  }

  public String getPartyAddress() {
    return partyAddress;
  }

  public void setPartyAddress(String partyAddress) {
    this.partyAddress = partyAddress;
  }

  public String getPartyLicence() {
    return partyLicence;
  }

  public void setPartyLicence(String partyLicence) {
    this.partyLicence = partyLicence;
  }

  public String getPartyContact() {
    return partyContact;
  }

  public void setPartyContact(String partyContact) {
    this.partyContact = partyContact;
  }

  public String getPartyPhone() {
    return partyPhone;
  }

  public void setPartyPhone(String partyPhone) {
    this.partyPhone = partyPhone;
  }

  public String getPlaceAddress() {
    return placeAddress;
  }

  public void setPlaceAddress(String placeAddress) {
    this.placeAddress = placeAddress;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }

  public String getSampledAt() {
    return sampledAt;
  }

  public void setSampledAt(String sampledAt) {
    this.sampledAt = sampledAt;
  }

  public Long getSampler2Id() {
    return sampler2Id;
  }

  public void setSampler2Id(Long sampler2Id) {
    this.sampler2Id = sampler2Id;
  }

  public boolean isSamplersConfirmed() {
    return samplersConfirmed;
  }

  public void setSamplersConfirmed(boolean samplersConfirmed) {
    this.samplersConfirmed = samplersConfirmed;
  }

  public boolean isPartyConfirmed() {
    return partyConfirmed;
  }

  public void setPartyConfirmed(boolean partyConfirmed) {
    this.partyConfirmed = partyConfirmed;
  }

  public String getPartySignatory() {
    return partySignatory;
  }

  public void setPartySignatory(String partySignatory) {
    this.partySignatory = partySignatory;
  }

  public String getSealNumber() {
    return sealNumber;
  }

  public void setSealNumber(String sealNumber) {
    this.sealNumber = sealNumber;
  }

  public String getShippedAt() {
    return shippedAt;
  }

  public void setShippedAt(String shippedAt) {
    this.shippedAt = shippedAt;
  }

  public String getShipMethod() {
    return shipMethod;
  }

  public void setShipMethod(String shipMethod) {
    this.shipMethod = shipMethod;
  }

  public String getTemperature() {
    return temperature;
  }

  public void setTemperature(String temperature) {
    this.temperature = temperature;
  }
}
