<%@ page contentType="text/plain; charset=UTF-8" session="false" %><%
  // The server's root leads to the LIMS (relative to this host and port).
  response.sendRedirect("/lims/");
%>
