package cn.foodsafety.lims.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step of this module (not packaged): compiles every {@code .jrxml} under the given folder
 * into a {@code .jasper} beside it, so the application loads finished templates and never runs the
 * Java compiler for a report at run time (the first PDF of each kind took seconds). A template that
 * does not compile fails the build, not the first user who prints it.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: TemplateCompiler <folder with .jrxml files>");
    }
    List<Path> templates;
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    if (templates.isEmpty()) {
      throw new IllegalStateException("no .jrxml template under " + args[0]);
    }
    for (Path jrxml : templates) {
      String name = jrxml.getFileName().toString();
      Path jasper = jrxml.resolveSibling(name.substring(0, name.length() - 6) + ".jasper");
      JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
      System.out.println("[reports] compiled " + jrxml + " -> " + jasper.getFileName());
    }
  }
}
