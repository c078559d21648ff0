package cn.foodsafety.lims.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the Noto Sans SC face that the reports embed in their PDFs as the pages' last-resort
 * Chinese font (lims.css: after the system's CJK fonts, so a browser downloads it only when the
 * device has no Chinese font of its own). Cached for a year; open to anyone like the other
 * resources.
 */
@WebServlet(urlPatterns = "/resources/fonts/noto-sans-sc-regular.ttf")
public class CjkFontServlet extends HttpServlet {

  private static final String FONT = "/fonts/noto-sans-sc/NotoSansSC-Regular.ttf";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (InputStream in = CjkFontServlet.class.getResourceAsStream(FONT)) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType("font/ttf");
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      in.transferTo(response.getOutputStream());
    }
  }
}
