package cn.foodsafety.lims.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The API's root resource classes: every class with {@code @Path} in a component's {@code rest}
 * package ({@code cn.foodsafety.lims.<component>.rest}), found on the class path of the web module
 * as the server deployed it (a folder, or a jar). The application registers its resources by
 * scanning, so this is the same set the server serves.
 */
final class ApiResources {

  private static final String ROOT = "cn/foodsafety/lims/";

  private ApiResources() {}

  /** The URL prefix of the JAX-RS application, e.g. "/api". */
  static String applicationPath() {
    return "/" + LimsApi.class.getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
  }

  static List<Class<?>> find(ClassLoader loader) {
    List<String> names = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(ROOT))) {
        if ("file".equals(url.getProtocol())) {
          var root = Paths.get(url.toURI());
          try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            files
                .map(p -> ROOT + root.relativize(p).toString().replace('\\', '/'))
                .forEach(names::add);
          }
        } else if ("jar".equals(url.getProtocol())) {
          var jar = ((JarURLConnection) url.openConnection()).getJarFile();
          Collections.list(jar.entries()).stream().map(JarEntry::getName).forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> resources = new ArrayList<>();
    names.stream()
        .filter(n -> n.matches(ROOT + "[a-z]+/rest/[A-Za-z0-9]+\\.class"))
        .distinct()
        .forEach(
            n -> {
              Class<?> c = load(loader, n.substring(0, n.length() - 6).replace('/', '.'));
              if (c.isAnnotationPresent(Path.class)) {
                resources.add(c);
              }
            });
    resources.sort(Comparator.comparing(Class::getName));
    return resources;
  }

  private static Class<?> load(ClassLoader loader, String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A JAX-RS path template as OpenAPI writes it: without the regular expressions ({@code
   * {id:[0-9]+}} is {@code {id}}), one leading slash, no trailing one.
   */
  static String plainTemplate(String template) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    boolean skipping = false;
    for (char ch : template.toCharArray()) {
      if (ch == '{') {
        depth++;
        if (depth == 1) {
          out.append(ch);
          continue;
        }
      } else if (ch == '}') {
        depth--;
        if (depth == 0) {
          skipping = false;
          out.append(ch);
          continue;
        }
      } else if (ch == ':' && depth == 1) {
        skipping = true;
        continue;
      }
      if (!skipping) {
        out.append(ch);
      }
    }
    String s = ("/" + out).replaceAll("/+", "/");
    return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** Joins path segments the JAX-RS way. */
  static String join(String... parts) {
    return plainTemplate(String.join("/", parts));
  }
}
