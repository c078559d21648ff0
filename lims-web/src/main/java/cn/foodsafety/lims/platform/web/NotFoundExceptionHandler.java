package cn.foodsafety.lims.platform.web;

import cn.foodsafety.lims.platform.control.NotFoundException;
import jakarta.faces.FacesException;
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
 * like the API, instead of a server error; a form posted with a stale or foreign view state opens
 * the page afresh.
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
      Throwable t = Failures.unwrap(events.next().getContext().getException());
      if (t instanceof jakarta.faces.application.ViewExpiredException expired) {
        // a form posted with a view state this session does not have (expired, or another
        // session's): open the page afresh instead of failing; without a session that is the
        // sign-in page
        events.remove();
        FacesContext faces = FacesContext.getCurrentInstance();
        var ext = faces.getExternalContext();
        String view = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
        try {
          ext.redirect(ext.getRequestContextPath() + view);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        continue;
      }
      if (t instanceof NotFoundException) {
        events.remove();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
          faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
      }
    }
    getWrapped().handle();
  }
}
