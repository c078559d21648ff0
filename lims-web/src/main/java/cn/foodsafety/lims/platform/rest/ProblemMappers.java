package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import cn.foodsafety.lims.platform.control.LimsException;
import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.control.Violations;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a problem detail in the caller's language: business
 * errors by their kind, container errors (security, optimistic locking, malformed JSON) by what
 * they mean. Only a failure nobody foresaw is a 500, and it is logged with its stack trace.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale = RequestLocale.of(headers);
    Throwable t = cn.foodsafety.lims.platform.web.Failures.unwrap(thrown);
    if (t instanceof InvalidInputException invalid) {
      return Problem.build(
          Status.BAD_REQUEST,
          "invalidInput",
          locale,
          Messages.text(locale, invalid.key()),
          Problem.messages(locale, invalid.errors()));
    }
    if (t instanceof LimsException e) {
      return switch (e.kind()) {
        case NOT_FOUND -> Problem.response(Status.NOT_FOUND, "notFound", locale, e.key(), e.args());
        case STALE_VERSION ->
            Problem.response(Status.CONFLICT, "staleVersion", locale, e.key(), e.args());
        case CONFLICT -> Problem.response(Status.CONFLICT, "conflict", locale, e.key(), e.args());
        case FORBIDDEN ->
            Problem.response(Status.FORBIDDEN, "forbidden", locale, e.key(), e.args());
        case INVALID_INPUT ->
            Problem.response(Status.BAD_REQUEST, "invalidInput", locale, e.key(), e.args());
      };
    }
    if (t instanceof ConstraintViolationException cve) {
      Violations v = new Violations();
      cve.getConstraintViolations().forEach(c -> v.addAll(java.util.Set.of(c)));
      try {
        v.throwIfAny();
      } catch (InvalidInputException invalid) {
        return toResponse(invalid);
      }
    }
    if (t instanceof EJBAccessException
        || t instanceof jakarta.ejb.AccessLocalException
        || t instanceof SecurityException) {
      return Problem.response(Status.FORBIDDEN, "forbidden", locale, "lims.error.forbidden");
    }
    if (t instanceof OptimisticLockException) {
      return Problem.response(
          Status.CONFLICT, "staleVersion", locale, "lims.error.staleVersion", "?", "?");
    }
    if (t instanceof JsonbException || t instanceof ProcessingException) {
      return Problem.response(
          Status.BAD_REQUEST, "badRequest", locale, "lims.error.badRequest", rootMessage(t));
    }
    if (t instanceof NotFoundException) {
      return Problem.response(Status.NOT_FOUND, "notFound", locale, "lims.error.noSuchPath");
    }
    if (t instanceof NotAllowedException) {
      return Problem.response(
          Status.METHOD_NOT_ALLOWED, "badRequest", locale, "lims.error.methodNotAllowed");
    }
    if (t instanceof NotSupportedException) {
      return Problem.response(
          Status.UNSUPPORTED_MEDIA_TYPE, "badRequest", locale, "lims.error.unsupportedMediaType");
    }
    if (t instanceof WebApplicationException wae) {
      Status status = Status.fromStatusCode(wae.getResponse().getStatus());
      if (status != null && status.getStatusCode() < 500) {
        return Problem.response(
            status, "badRequest", locale, "lims.error.badRequest", rootMessage(t));
      }
    }
    java.sql.SQLException sql = cause(thrown, java.sql.SQLException.class);
    String state = sql == null ? null : sql.getSQLState();
    if (state != null && state.startsWith("22")) {
      // data the database refuses (too long, a NUL, out of range): the caller's input, nothing
      // saved
      LOG.log(Level.WARNING, "input refused by the database: {0}", sql.getMessage());
      return Problem.response(
          Status.BAD_REQUEST, "invalidInput", locale, "lims.error.badRequest", sql.getMessage());
    }
    if ((state != null && (state.startsWith("08") || state.startsWith("57P")))
        || cause(thrown, java.net.SocketException.class) != null
        || cause(thrown, jakarta.transaction.RollbackException.class) != null
        || cause(thrown, jakarta.transaction.HeuristicMixedException.class) != null
        || cause(thrown, jakarta.transaction.SystemException.class) != null) {
      // the database went away, possibly while committing: the change may have been saved
      LOG.log(Level.WARNING, "database unavailable during an API call", thrown);
      return Response.fromResponse(
              Problem.response(
                  Status.SERVICE_UNAVAILABLE, "unavailable", locale, "lims.error.mayHaveBeenSaved"))
          .header("Retry-After", "5")
          .build();
    }
    LOG.log(Level.SEVERE, "unexpected failure of an API call", thrown);
    return Problem.response(
        Status.INTERNAL_SERVER_ERROR, "internal", locale, "lims.error.internal");
  }

  private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c instanceof java.sql.SQLException s
          && s.getNextException() != null
          && type.isInstance(s.getNextException())) {
        return type.cast(s.getNextException());
      }
    }
    return null;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage();
    return m == null ? c.getClass().getSimpleName() : m.length() > 300 ? m.substring(0, 300) : m;
  }
}
