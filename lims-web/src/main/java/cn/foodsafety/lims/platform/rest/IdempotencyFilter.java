package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.boundary.IdempotencyKeys;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * {@code Idempotency-Key} on POST: the request runs in one transaction that also claims the key and
 * keeps the answer, committed before the answer leaves. A repeated key with the same request gets
 * the first answer again ({@code Idempotent-Replayed: true}); with another request (path or body) a
 * 422; while the first is still running a 409. When the commit itself fails the change may or may
 * not be saved: the answer is a 503 that says so, and a retry with the same key is safe either way.
 * Failed requests (4xx, 5xx) keep nothing: a retry runs again.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Idempotency-Key";
  private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";
  private static final int MAX_BODY = 64 * 1024 * 1024;
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject IdempotencyKeys keys;

  @Context HttpHeaders headers;

  private record Pending(UserTransaction tx, String caller, String key) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (!"POST".equals(request.getMethod()) || key == null) {
      return;
    }
    var principal = request.getSecurityContext().getUserPrincipal();
    if (principal == null) {
      return;
    }
    Locale locale = RequestLocale.of(headers);
    key = key.strip();
    if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      request.abortWith(
          Problem.build(
              Response.Status.BAD_REQUEST,
              "invalidInput",
              locale,
              cn.foodsafety.lims.platform.control.Messages.text(locale, "lims.error.invalidInput"),
              java.util.List.of(
                  new Problem.FieldMessage(
                      HEADER,
                      cn.foodsafety.lims.platform.control.Messages.text(
                          locale, "lims.field.tooLong")))));
      return;
    }
    byte[] body =
        request.hasEntity() ? request.getEntityStream().readNBytes(MAX_BODY) : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    String hash = hash(request, body);
    String caller = principal.getName();
    IdempotencyKeys.Lookup found = keys.lookup(caller, key, hash);
    switch (found.claim()) {
      case REPLAY -> {
        var first = found.first();
        Response.ResponseBuilder replay =
            Response.status(first.getStatus()).header("Idempotent-Replayed", "true");
        if (first.getContentType() != null) {
          replay.type(MediaType.valueOf(first.getContentType()));
        }
        if (first.getLocation() != null) {
          replay.header("Location", first.getLocation());
        }
        request.abortWith(replay.entity(first.getBody()).build());
        return;
      }
      case MISMATCH -> {
        request.abortWith(status(422, "unprocessable", locale, "lims.error.idempotencyKeyReused"));
        return;
      }
      case IN_PROGRESS -> {
        request.abortWith(status(409, "conflict", locale, "lims.error.idempotencyInProgress"));
        return;
      }
      case NEW -> begin(request, caller, key, hash, locale);
    }
  }

  private void begin(
      ContainerRequestContext request, String caller, String key, String hash, Locale locale) {
    UserTransaction tx;
    try {
      tx = InitialContext.doLookup("java:comp/UserTransaction");
      tx.begin();
    } catch (NamingException | NotSupportedException | SystemException e) {
      throw new IllegalStateException("no transaction for an Idempotency-Key", e);
    }
    try {
      keys.claim(caller, key, hash);
    } catch (RuntimeException raced) {
      // the same key claimed at the same moment by a parallel request
      rollback(tx);
      request.abortWith(status(409, "conflict", locale, "lims.error.idempotencyInProgress"));
      return;
    }
    request.setProperty(PENDING, new Pending(tx, caller, key));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PENDING) instanceof Pending p)) {
      return;
    }
    request.removeProperty(PENDING);
    try {
      if (response.getStatus() >= 400 || p.tx().getStatus() != Status.STATUS_ACTIVE) {
        rollback(p.tx());
        return;
      }
      MediaType type = response.getMediaType();
      String location =
          response.getHeaderString("Location") == null
              ? null
              : response.getHeaderString("Location");
      keys.answer(
          p.caller(),
          p.key(),
          response.getStatus(),
          type == null ? null : type.toString(),
          location,
          serialize(response.getEntity()));
      p.tx().commit();
    } catch (RollbackException
        | HeuristicMixedException
        | HeuristicRollbackException
        | SystemException
        | RuntimeException e) {
      LOG.log(Level.WARNING, "commit of a request with an Idempotency-Key failed", e);
      rollback(p.tx());
      Response unavailable =
          status(503, "unavailable", RequestLocale.of(headers), "lims.error.mayHaveBeenSaved");
      response.setStatus(503);
      response.getHeaders().clear();
      response.getHeaders().putSingle("Content-Type", unavailable.getMediaType());
      response.getHeaders().putSingle("Retry-After", "5");
      response.setEntity(unavailable.getEntity());
    }
  }

  private static byte[] serialize(Object entity) {
    if (entity == null) {
      return null;
    }
    if (entity instanceof byte[] b) {
      return b;
    }
    if (entity instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    return JSONB.toJson(entity).getBytes(StandardCharsets.UTF_8);
  }

  private static void rollback(UserTransaction tx) {
    try {
      if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "rollback of a request with an Idempotency-Key failed", e);
    }
  }

  private static Response status(int status, String type, Locale locale, String key) {
    Response r = Problem.response(Response.Status.BAD_REQUEST, type, locale, key);
    Problem p = (Problem) r.getEntity();
    return Response.status(status)
        .type(r.getMediaType())
        .entity(new Problem(p.type(), p.title(), status, p.detail(), null, null))
        .build();
  }

  private static String hash(ContainerRequestContext request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) ' ');
      sha.update(
          request.getUriInfo().getRequestUri().getRawPath().getBytes(StandardCharsets.UTF_8));
      String query = request.getUriInfo().getRequestUri().getRawQuery();
      if (query != null) {
        sha.update(("?" + query).getBytes(StandardCharsets.UTF_8));
      }
      sha.update((byte) '\n');
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
