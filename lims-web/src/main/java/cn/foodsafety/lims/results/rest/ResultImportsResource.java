package cn.foodsafety.lims.results.rest;

import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.platform.rest.RequestLocale;
import cn.foodsafety.lims.results.boundary.ImportResult;
import cn.foodsafety.lims.results.boundary.Results;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * Imports a result file (CSV or XLSX, the file itself as the request body; {@code fileName} says
 * its name). Without {@code commit=true} it is a preview: the whole file is checked and every
 * problem answered (row, column, reason), nothing written. With {@code commit=true} a clean file is
 * written at once; a file with problems is refused (400, one error per problem) and nothing is
 * written.
 */
@Path("results/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ResultImportsResource {

  @Inject Results results;

  @Context HttpHeaders headers;

  /** The answer: the counts and each problem with its message in the caller's language. */
  public record ImportAnswer(
      int rows, int samples, boolean clean, boolean committed, List<Problem> problems) {}

  /** A problem: row (1 = the header), column, message. */
  public record Problem(int row, String column, String message) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  public ImportAnswer post(
      byte[] content,
      @QueryParam("fileName") @DefaultValue("results.csv") String fileName,
      @QueryParam("commit") @DefaultValue("false") boolean commit) {
    ImportResult r = results.importFile(content == null ? new byte[0] : content, fileName, commit);
    Locale locale = RequestLocale.of(headers);
    return new ImportAnswer(
        r.rows(),
        r.samples(),
        r.clean(),
        r.committed(),
        r.problems().stream()
            .map(
                p ->
                    new Problem(
                        p.row(), p.column(), Messages.text(locale, p.key(), p.args().toArray())))
            .toList());
  }
}
