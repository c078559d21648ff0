package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.control.AccessDeniedException;
import cn.foodsafety.lims.platform.control.NotFoundException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A page opened with an id that names nothing (edit.xhtml?id=999) answers 404 with the error page,
 * like the API, instead of a server error; a page the user's role may not open answers 403. A form
 * sent from a page whose view the server no longer holds (ViewExpiredException, also on an ajax
 * request, which would otherwise do nothing), or with a stale or foreign view state, reloads the
 * page instead.
 */
public class NotFoundExceptionHandler extends ExceptionHandlerWrapper {

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new NotFoundExceptionHandler(getWrapped().getExceptionHandler());
    }
  }

  public NotFoundExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable queued = events.next().getContext().getException();
      Throwable t = Failures.unwrap(queued);
      ViewExpiredException expired = viewExpired(queued);
      if (expired != null) {
        // a form posted with a view state this session does not have (expired, or another
        // session's): open the page afresh instead of failing; without a session that is the
        // sign-in page
        events.remove();
        FacesContext faces = FacesContext.getCurrentInstance();
        var ext = faces.getExternalContext();
        String view = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
        try {
          ext.redirect(ext.getRequestContextPath() + view.replace(".jsf", ".xhtml"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
      } else if (t instanceof NotFoundException || deniedOnOpening(t)) {
        events.remove();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
          faces
              .getExternalContext()
              .responseSendError(t instanceof NotFoundException ? 404 : 403, null);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
      }
    }
    getWrapped().handle();
  }

  /**
   * A page opened (not an ajax request, whose page shows the refusal as a message) by a signed-in
   * user whose role may not use it: 403 with the error page, as the API answers, not a 500.
   */
  private static boolean deniedOnOpening(Throwable t) {
    boolean denied =
        t instanceof AccessDeniedException
            || t instanceof EJBAccessException
            || t instanceof AccessLocalException;
    return denied && !FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest();
  }

  private static ViewExpiredException viewExpired(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ViewExpiredException v) {
        return v;
      }
    }
    return null;
  }
}
