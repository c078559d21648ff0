package cn.foodsafety.lims.platform.control;

/**
 * The use cases every master-data list offers, so the API gives them one contract. A boundary that
 * implements this is also a {@code @LocalBean}, keeping its no-interface view.
 *
 * @param <D> the record the boundary takes and gives
 */
public interface MasterData<D extends MasterData.Identified> {

  /** A record with an id. */
  interface Identified {
    Long id();
  }

  Page<D> list(ListQuery query);

  D get(long id);

  D create(D data);

  D update(long id, D data);

  /** Deletes a record nothing refers to; deactivates (and returns) one that is referred to. */
  D remove(long id);

  D deactivate(long id);

  D activate(long id);
}
