package cn.foodsafety.lims.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the language the user chose ({@link LocaleBacking}), not the browser's: the
 * view parameters of a page are converted before {@code f:view} sets the page's language, so a
 * message about them ("the number in the address is not valid") would otherwise follow the
 * browser's Accept-Language.
 */
public class LimsViewHandler extends ViewHandlerWrapper {

  public LimsViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LocaleBacking.class).get().getLocale();
  }
}
