package cn.foodsafety.lims.masterdata.web;

import cn.foodsafety.lims.platform.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The edit page of one master-data record (category, region, organization, test item): the one
 * shape they share. Save creates or updates and returns to the list with a message; delete removes
 * a record nothing refers to (the boundary deactivates a referenced one instead, and says so); the
 * toggle activates or deactivates in place. A refusal shows its field errors on the form and leaves
 * the page as it was. Subclasses hold the fields and name their boundary's use cases.
 *
 * @param <D> the record as the boundary answers it
 */
public abstract class EditRecordBacking<D> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected FacesText text;

  protected Long id;
  protected boolean active = true;
  protected Long version;

  /** The record as the form holds it now. */
  protected abstract D formData();

  /**
   * The boundary's use cases for this kind of record and how a record tells its state and name,
   * e.g. {@code new Records<>(regions::create, regions::update, regions::remove, regions::activate,
   * regions::deactivate, RegionData::active, RegionData::version, RegionData::name)}.
   */
  protected abstract Records<D> records();

  /** The use cases and readers the shared shape calls. */
  protected record Records<D>(
      Function<D, D> create,
      BiFunction<Long, D, D> update,
      LongFunction<D> delete,
      LongFunction<D> activate,
      LongFunction<D> deactivate,
      Function<D, Boolean> active,
      Function<D, Long> version,
      Function<D, String> name) {}

  /** What the messages call the record being edited, before it is deleted. */
  protected abstract String shownName();

  /** The list page to return to, e.g. {@code /masterdata/regions.xhtml}. */
  protected abstract String listPage();

  public String save() {
    D data = formData();
    try {
      Records<D> r = records();
      D saved = id == null ? r.create().apply(data) : r.update().apply(id, data);
      text.info("saved", r.name().apply(saved));
      return backToList();
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  public String remove() {
    String shown = shownName();
    try {
      D left = records().delete().apply(id);
      text.info(left == null ? "deleted" : "deactivatedInstead", shown);
      return backToList();
    } catch (RuntimeException e) {
      text.show(e, "form");
      return null;
    }
  }

  /** The toggle: deactivates an active record, activates an inactive one. */
  public void activate() {
    try {
      Records<D> r = records();
      D now = active ? r.deactivate().apply(id) : r.activate().apply(id);
      active = Boolean.TRUE.equals(r.active().apply(now));
      version = r.version().apply(now);
    } catch (RuntimeException e) {
      text.show(e, "form");
    }
  }

  /** Loaded by the viewAction on the first request only, not on a postback of the form. */
  protected boolean loads() {
    return id != null && !FacesContext.getCurrentInstance().isPostback();
  }

  private String backToList() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return listPage() + "?faces-redirect=true";
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isActive() {
    return active;
  }

  public Long getVersion() {
    return version;
  }
}
