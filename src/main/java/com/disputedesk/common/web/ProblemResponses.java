package com.disputedesk.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A problem answer written by a filter, before Spring MVC and its {@link ProblemHandler} are reached. */
public final class ProblemResponses {
  private ProblemResponses() {}

  /** {@code detail} is one of our own sentences (no quotes or backslashes to escape). */
  public static void write(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"https://disputedesk.example/problems/" + type + "\",\"title\":\"" + title
        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }
}
