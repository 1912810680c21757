package com.disputedesk.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

final class Problems {
  private Problems() {}

  static void write(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"https://disputedesk.example/problems/" + type + "\",\"title\":\"" + title
        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }
}
