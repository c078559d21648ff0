package cn.foodsafety.lims.platform.control;

/** The id names nothing (or nothing the caller may see). */
public class NotFoundException extends LimsException {

  public NotFoundException(String what, Object id) {
    super("lims.error.notFound", new Messages.Key("entity." + what), id);
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
