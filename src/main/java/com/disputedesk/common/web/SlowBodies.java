package com.disputedesk.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body that trickles in holds a worker thread: a JSON body must arrive whole within {@code body-deadline} (15 s),
 * else the call is answered 408 and the connection closed without waiting for the rest. (Between two packets of
 * any request Tomcat waits at most {@code server.tomcat.connection-timeout}; multipart uploads, which Tomcat reads
 * itself, are bounded by that and by the reverse proxy's buffering, see docker/nginx.conf.)
 */
@Configuration(proxyBeanMethods = false)
class SlowBodies {
  static final String TOO_SLOW = SlowBodies.class.getName() + ".tooSlow";

  /** Thrown by the body's stream once the deadline passed; answered as 408. */
  static final class BodyTooSlow extends IOException {
    BodyTooSlow(Duration deadline) {
      super("The request body did not arrive within " + deadline.toSeconds() + " s.");
    }
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> bodyDeadlineFilter(
      @Value("${disputedesk.request.body-deadline:PT15S}") Duration deadline) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        boolean multipart = String.valueOf(request.getContentType()).startsWith("multipart/");
        try {
          chain.doFilter(multipart ? request : new Deadlined(request, System.nanoTime() + deadline.toNanos(),
              deadline), response);
        } catch (BodyTooSlow | ServletException e) {
          // a filter before the controllers (the idempotency check) read the body and met the deadline
          if (!(e instanceof BodyTooSlow || e.getCause() instanceof BodyTooSlow) || response.isCommitted()) {
            throw e;
          }
          response.setHeader("Connection", "close");
          ProblemResponses.write(response, 408, "body-too-slow", "Request body too slow",
              "The request body did not arrive within " + deadline.toSeconds() + " s.");
        }
      }
    });
    registration.setOrder(-400);
    return registration;
  }

  /** After a too-slow body: close the connection instead of swallowing the rest of it at the client's pace. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> closeAfterSlowBodies() {
    return factory -> factory.addContextValves(new ValveBase(true) {
      @Override
      public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.getAttribute(TOO_SLOW) != null) {
          request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
      }
    });
  }

  private static final class Deadlined extends HttpServletRequestWrapper {
    private final long deadlineNanos;
    private final Duration deadline;
    private ServletInputStream stream;

    Deadlined(HttpServletRequest request, long deadlineNanos, Duration deadline) {
      super(request);
      this.deadlineNanos = deadlineNanos;
      this.deadline = deadline;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          @Override
          public int read() throws IOException {
            check();
            return in.read();
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            check();
            return in.read(b, off, len);
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }

    private void check() throws BodyTooSlow {
      if (System.nanoTime() > deadlineNanos) {
        setAttribute(TOO_SLOW, Boolean.TRUE);
        throw new BodyTooSlow(deadline);
      }
    }
  }
}
