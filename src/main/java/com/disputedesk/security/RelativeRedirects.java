package com.disputedesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects to our own pages leave as paths ({@code Location: /login}), never as URLs built from the request's
 * {@code Host} header, which a client chooses: a forged Host can then never be echoed back. Spring Security's
 * login entry point builds such absolute URLs; redirects elsewhere (the identity provider) pass unchanged.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(request, new Relative(request, response));
      }
    });
    registration.setOrder(-200); // before Spring Security (-100)
    return registration;
  }

  private static final class Relative extends HttpServletResponseWrapper {
    private final String ownOrigin;

    Relative(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      int port = request.getServerPort();
      boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
          || ("https".equals(request.getScheme()) && port == 443);
      this.ownOrigin = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(relative(location));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(value) : value);
    }

    private String relative(String location) {
      if (location != null && location.startsWith(ownOrigin)) {
        String rest = location.substring(ownOrigin.length());
        return rest.isEmpty() ? "/" : rest.startsWith("/") ? rest : location;
      }
      return location;
    }
  }
}
