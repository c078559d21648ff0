package cn.foodsafety.lims.disclosure.rest;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the public feed at /public/results.json and one result at /public/results/{publicId}.json
 * by handing the request to the API's {@link PublicResultsResource}, so paging, filters, JSON and
 * problem details in the caller's language are the API's own. A second JAX-RS application at
 * /public would take the whole folder from the Faces servlet (a path mapping beats *.xhtml) and
 * with it the public page; these two exact mappings leave results.xhtml alone.
 */
@WebServlet(urlPatterns = {"/public/results.json", "/public/results/*"})
public class PublicFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String API = "/api/public/results";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String target = API;
    String one = request.getPathInfo();
    if ("/public/results".equals(request.getServletPath()) && one != null) {
      if (!one.endsWith(".json") || one.length() <= "/.json".length()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      target = API + one.substring(0, one.length() - ".json".length());
    }
    String query = request.getQueryString();
    request
        .getRequestDispatcher(query == null ? target : target + "?" + query)
        .forward(request, response);
  }
}
