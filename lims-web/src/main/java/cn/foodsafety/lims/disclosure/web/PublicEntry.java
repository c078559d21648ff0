package cn.foodsafety.lims.disclosure.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The public's way in: {@code /lims/public/} (the address one gives out) leads to the page of
 * published results, without sign-in.
 */
@WebServlet(urlPatterns = {"/public/", "/public/index.html"})
public class PublicEntry extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/public/results.xhtml");
  }
}
