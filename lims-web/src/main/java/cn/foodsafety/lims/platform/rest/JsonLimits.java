package cn.foodsafety.lims.platform.rest;

import cn.foodsafety.lims.platform.control.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Limits on every JSON request body, checked on the raw bytes before any reader maps them: at most
 * {@link #MAX_BYTES} (413 beyond), nested at most {@link #MAX_DEPTH} levels, exactly one JSON value
 * (nothing after it), no control characters (NUL and the others below U+0020 except tab and line
 * breaks) in names or text, numbers at most {@link #MAX_NUMBER_CHARS} characters. Each refusal is a
 * 400 field error in the caller's language (the field is the name under which it was found), and
 * takes a single pass over the body.
 */
@Provider
public class JsonLimits implements ReaderInterceptor {

  static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int MAX_DEPTH = 32;
  static final int MAX_NUMBER_CHARS = 40;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context)
      throws IOException, WebApplicationException {
    MediaType type = context.getMediaType();
    if (type == null
        || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      return context.proceed();
    }
    byte[] bytes = readAtMost(context.getInputStream(), MAX_BYTES);
    check(bytes);
    context.setInputStream(new ByteArrayInputStream(bytes));
    return context.proceed();
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    return bytes;
  }

  /** Checks a body; an empty one passes (the reader decides whether a body is needed). */
  static void check(byte[] bytes) {
    if (isBlank(bytes)) {
      return;
    }
    int depth = 0;
    String name = "body";
    boolean done = false;
    try (JsonParser p = Json.createParser(new ByteArrayInputStream(bytes))) {
      while (p.hasNext()) {
        if (done) {
          throw InvalidInputException.of("body", "lims.json.trailing");
        }
        JsonParser.Event e = p.next();
        switch (e) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw InvalidInputException.of("body", "lims.json.tooDeep", MAX_DEPTH);
            }
          }
          case END_OBJECT, END_ARRAY -> done = --depth == 0;
          case KEY_NAME -> {
            if (hasControl(p.getString())) {
              throw InvalidInputException.of("body", "lims.json.controlCharacter");
            }
            name = p.getString();
          }
          case VALUE_STRING -> {
            if (hasControl(p.getString())) {
              throw InvalidInputException.of(name, "lims.json.controlCharacter");
            }
            done = depth == 0;
          }
          case VALUE_NUMBER -> {
            if (p.getString().length() > MAX_NUMBER_CHARS) {
              throw InvalidInputException.of(name, "lims.json.numberTooLong", MAX_NUMBER_CHARS);
            }
            done = depth == 0;
          }
          default -> done = depth == 0;
        }
      }
    } catch (JsonParsingException e) {
      if (done) {
        // the parser itself refuses what follows a complete value ("Expected EOF token")
        throw InvalidInputException.of("body", "lims.json.trailing");
      }
      throw InvalidInputException.of(
          "body",
          "lims.json.malformed",
          e.getLocation().getLineNumber(),
          e.getLocation().getColumnNumber());
    } catch (JsonException e) {
      throw InvalidInputException.of("body", "lims.json.malformed", 1, 1);
    }
  }

  /** Control characters other than tab, line feed and carriage return (and DEL). */
  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
