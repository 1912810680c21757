package com.disputedesk.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before any servlet sees them (an encoded slash or NUL in the path, a broken request
 * line). Its error page then is HTML; this valve writes the same RFC 9457 problem our API answers with instead.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write("{\"type\":\"https://disputedesk.example/problems/bad-request\",\"title\":\"Bad request\","
            + "\"status\":" + status + ",\"detail\":\"The request was refused before it reached DisputeDesk: its "
            + "path or headers are not valid HTTP (for example an encoded slash or NUL in the path).\"}");
      }
    } catch (IOException | IllegalStateException e) {
      // the response is gone; nothing more to say
    }
  }
}
